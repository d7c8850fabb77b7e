/** Security page → Delete account: the user types a confirmation phrase, then the account and every session go. */
import { html, nothing, type TemplateResult } from 'lit';
import type { User } from '../../resources/index.js';
import { field, formAlert } from '../../ui/form.js';
import type { SecurityPageHost } from './security-page.js';

const FORM = 'delete';

export class DeleteSection {
  readonly #page: SecurityPageHost;
  #typed = '';

  constructor(page: SecurityPageHost) {
    this.#page = page;
  }

  render(user: User): TemplateResult | typeof nothing {
    const { ui } = this.#page;
    if (!user.deleteSelfEnabled) return nothing;
    const content =
      this.#page.editing === FORM
        ? this.#form()
        : this.#page.primaryButton('danger', ui.t('userProfile.start.dangerSection.deleteAccountButton'), () => {
            this.#typed = '';
            this.#page.open(FORM);
          });
    return this.#page.section('danger', ui.t('userProfile.start.dangerSection.title'), content);
  }

  #form(): TemplateResult {
    const { ui, status } = this.#page;
    return html`<form class=${ui.cls('form', { id: 'deleteAccount' })} novalidate @submit=${this.#delete}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.deletePage.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.deletePage.messageLine1')}</p>
      ${formAlert(ui, status.formError)}
      ${field(ui, {
        id: 'deleteConfirmation',
        label: ui.t('userProfile.deletePage.actionDescription', { phrase: this.#phrase }),
        name: 'deleteConfirmation',
        autocomplete: 'off',
        value: this.#typed,
        error: status.error('deleteConfirmation'),
        required: true,
        onInput: (value) => {
          this.#typed = value;
        },
      })}
      ${this.#page.formButtons(ui.t('userProfile.deletePage.confirm'), () =>
        this.#page.close('.cl-profileSectionPrimaryButton__danger'),
      )}
    </form>`;
  }

  get #phrase(): string {
    return this.#page.ui.t('userProfile.deletePage.confirmPhrase');
  }

  #delete = async (event: SubmitEvent) => {
    event.preventDefault();
    const { ui, status } = this.#page;
    if (this.#typed.trim().toLowerCase() !== this.#phrase.toLowerCase()) {
      return status.reject({
        deleteConfirmation: () => ui.t('userProfile.deletePage.confirmMismatch', { phrase: this.#phrase }),
      });
    }
    const deleted = await this.#page.save(() => this.#page.user.delete());
    // Signed out now: a profile opened as a dialog has nothing left to show, so the dialog goes too.
    if (deleted) this.#page.ui.profileLatch.closeUserProfile();
  };
}
