/** Security page → Password: set a first password, or change it with the current one; optionally sign out other devices. */
import { html, type TemplateResult } from 'lit';
import type { User } from '../../resources/index.js';
import { field, formAlert } from '../../ui/form.js';
import type { SecurityPageHost } from './security-page.js';

const FORM = 'password';

export class PasswordSection {
  readonly #page: SecurityPageHost;
  #current = '';
  #next = '';
  #confirm = '';
  #signOutOthers = true;

  constructor(page: SecurityPageHost) {
    this.#page = page;
  }

  render(user: User): TemplateResult {
    const { ui } = this.#page;
    const has = user.passwordEnabled;
    const content =
      this.#page.editing === FORM
        ? this.#form(has)
        : html`${has ? html`<p class=${ui.cls('profileSectionItem', { id: 'password' })} aria-hidden="true">••••••••••</p>` : ''}
          ${this.#page.primaryButton(
            'password',
            ui.t(`userProfile.start.passwordSection.primaryButton__${has ? 'updatePassword' : 'setPassword'}`),
            () => {
              this.#current = '';
              this.#next = '';
              this.#confirm = '';
              this.#page.open(FORM);
            },
          )}`;
    return this.#page.section('password', ui.t('userProfile.start.passwordSection.title'), content);
  }

  #form(has: boolean): TemplateResult {
    const { ui, status } = this.#page;
    const checkboxId = `${ui.scopeClass}-signOutOfOtherSessions`;
    return html`<form class=${ui.cls('form', { id: 'password' })} novalidate @submit=${this.#save}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(`userProfile.passwordPage.title__${has ? 'update' : 'set'}`)}</h3>
      ${formAlert(ui, status.formError)}
      ${
        has
          ? field(ui, {
              id: 'currentPassword',
              label: ui.t('formFieldLabel__currentPassword'),
              name: 'currentPassword',
              type: 'password',
              autocomplete: 'current-password',
              value: this.#current,
              error: status.error('currentPassword'),
              required: true,
              onInput: (value) => {
                this.#current = value;
              },
            })
          : ''
      }
      ${field(ui, {
        id: 'newPassword',
        label: ui.t('formFieldLabel__newPassword'),
        name: 'newPassword',
        type: 'password',
        autocomplete: 'new-password',
        value: this.#next,
        error: status.error('newPassword'),
        required: true,
        onInput: (value) => {
          this.#next = value;
        },
      })}
      ${field(ui, {
        id: 'confirmPassword',
        label: ui.t('formFieldLabel__confirmPassword'),
        name: 'confirmPassword',
        type: 'password',
        autocomplete: 'new-password',
        value: this.#confirm,
        error: status.error('confirmPassword'),
        required: true,
        onInput: (value) => {
          this.#confirm = value;
        },
      })}
      <div class=${ui.cls('formField', { id: 'signOutOfOtherSessions' })}>
        <input
          id=${checkboxId}
          type="checkbox"
          name="signOutOfOtherSessions"
          class=${ui.cls('formFieldCheckboxInput', { id: 'signOutOfOtherSessions' })}
          .checked=${this.#signOutOthers}
          aria-describedby=${`${checkboxId}-hint`}
          @change=${(e: Event) => {
            this.#signOutOthers = (e.target as HTMLInputElement).checked;
          }}
        />
        <label class=${ui.cls('formFieldCheckboxLabel', { id: 'signOutOfOtherSessions' })} for=${checkboxId}>
          ${ui.t('formFieldLabel__signOutOfOtherSessions')}
        </label>
        <p id=${`${checkboxId}-hint`} class=${ui.cls('formFieldHintText', { id: 'signOutOfOtherSessions' })}>
          ${ui.t('userProfile.passwordPage.checkboxInfoText__signOutOfOtherSessions')}
        </p>
      </div>
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__save'), () =>
        this.#page.close('.cl-profileSectionPrimaryButton__password'),
      )}
    </form>`;
  }

  #save = async (event: SubmitEvent) => {
    event.preventDefault();
    const { ui, status } = this.#page;
    const has = this.#page.user.passwordEnabled;
    const missing = () => ui.t('unstable__errors.form_param_nil');
    if (has && !this.#current) return status.reject({ currentPassword: missing });
    if (!this.#next) return status.reject({ newPassword: missing });
    if (this.#next !== this.#confirm) {
      return status.reject({ confirmPassword: () => ui.t('formFieldError__notMatchingPasswords') });
    }
    const ok = await this.#page.save(async () => {
      await this.#page.user.updatePassword({
        ...(has ? { currentPassword: this.#current } : {}),
        newPassword: this.#next,
        signOutOfOtherSessions: this.#signOutOthers,
      });
    });
    if (!ok) return;
    this.#current = '';
    this.#next = '';
    this.#confirm = '';
    this.#page.close('.cl-profileSectionPrimaryButton__password');
  };
}
