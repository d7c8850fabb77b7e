/** Security page → Passkeys: the list (name, created, last used), add one for this device, rename, remove. */

import { html, nothing, type TemplateResult } from 'lit';
import { registerDateModifiers } from '../../localization/date-modifiers.js';
import type { Passkey, User } from '../../resources/index.js';
import { field, formAlert } from '../../ui/form.js';
import type { SecurityPageHost } from './security-page.js';

// Dates on this page: a token's own (`{{date}}`) and any `shortDate`-like modifier a localization uses.
registerDateModifiers();

const FOCUS_ADD = '.cl-profileSectionPrimaryButton__passkeys';

export class PasskeysSection {
  readonly #page: SecurityPageHost;
  #name = '';

  constructor(page: SecurityPageHost) {
    this.#page = page;
  }

  render(user: User): TemplateResult | typeof nothing {
    const { ui } = this.#page;
    const enabled = ui.profileLatch.environment.userSettings.attributes.passkey?.enabled;
    if (!enabled && user.passkeys.length === 0) return nothing;
    const content = html`<ul class=${ui.cls('profileSectionItemList', { id: 'passkeys' })}>
        ${user.passkeys.map((passkey) => this.#item(passkey))}
      </ul>
      ${enabled ? this.#page.primaryButton('passkeys', ui.t('userProfile.start.passkeysSection.primaryButton'), this.#add) : nothing}`;
    return this.#page.section('passkeys', ui.t('userProfile.start.passkeysSection.title'), content);
  }

  #item(passkey: Passkey): TemplateResult {
    const { ui } = this.#page;
    const editing = this.#page.editing;
    const here = editing?.endsWith(`:${passkey.id}`) ? editing.split(':')[0] : null;
    const action = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${ui.cls('button', { id })} @click=${onClick}>${label}</button>`;
    return html`<li class=${ui.cls('profileSectionItem', { id: 'passkeys' })}>
      <span>${passkey.name}</span>
      <span class=${ui.cls('profileSectionSubtitleText', { id: 'passkeys' })}>
        ${ui.t('userProfile.start.passkeysSection.created', { date: passkey.createdAt })}
        ${passkey.lastUsedAt ? html` · ${ui.t('userProfile.start.passkeysSection.lastUsed', { date: passkey.lastUsedAt })}` : nothing}
      </span>
      ${
        here
          ? nothing
          : html`<span class=${ui.cls('profileSectionButtonGroup', { id: 'passkeys' })}>
              ${action('rename', ui.t('userProfile.start.passkeysSection.menuAction__rename'), () => {
                this.#name = passkey.name;
                this.#page.open(`rename:${passkey.id}`);
              })}
              ${action('remove', ui.t('userProfile.start.passkeysSection.menuAction__destructive'), () =>
                this.#page.open(`remove:${passkey.id}`),
              )}
            </span>`
      }
      ${here === 'rename' ? this.#renameForm(passkey) : nothing}
      ${here === 'remove' ? this.#removeForm(passkey) : nothing}
    </li>`;
  }

  #renameForm(passkey: Passkey): TemplateResult {
    const { ui, status } = this.#page;
    return html`<form class=${ui.cls('form', { id: 'passkeyRename' })} novalidate @submit=${(e: SubmitEvent) => this.#rename(e, passkey)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.passkeyScreen.title__rename')}</h3>
      ${formAlert(ui, status.formError)}
      ${field(ui, {
        id: 'passkeyName',
        label: ui.t('formFieldLabel__passkeyName'),
        name: 'passkeyName',
        autocomplete: 'off',
        value: this.#name,
        error: status.error('passkeyName'),
        required: true,
        onInput: (value) => {
          this.#name = value;
        },
      })}
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__save'), () => this.#page.close(FOCUS_ADD))}
    </form>`;
  }

  #removeForm(passkey: Passkey): TemplateResult {
    const { ui, status } = this.#page;
    return html`<form class=${ui.cls('form', { id: 'passkeyRemove' })} novalidate @submit=${(e: SubmitEvent) => this.#remove(e, passkey)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.passkeyScreen.removeResource.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.passkeyScreen.removeResource.messageLine1', { name: passkey.name })}</p>
      ${formAlert(ui, status.formError)}
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__remove'), () => this.#page.close(FOCUS_ADD))}
    </form>`;
  }

  #add = async () => {
    this.#page.close();
    await this.#page.save(async () => {
      await this.#page.user.createPasskey();
      await this.#page.user.reload();
    });
  };

  #rename = async (event: SubmitEvent, passkey: Passkey) => {
    event.preventDefault();
    const { ui, status } = this.#page;
    if (!this.#name.trim()) return status.reject({ passkeyName: () => ui.t('unstable__errors.form_param_nil') });
    const ok = await this.#page.save(async () => {
      await passkey.update({ name: this.#name.trim() });
      await this.#page.user.reload();
    });
    if (ok) this.#page.close(FOCUS_ADD);
  };

  #remove = async (event: SubmitEvent, passkey: Passkey) => {
    event.preventDefault();
    const ok = await this.#page.save(async () => {
      await passkey.delete();
      await this.#page.user.reload();
    });
    if (ok) this.#page.close(FOCUS_ADD);
  };
}
