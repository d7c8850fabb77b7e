/**
 * The user profile's Security page: password, passkeys, two-step verification, active devices and account
 * deletion, one module per section. A lazy chunk of its own; like the Account page, one form is open at a time
 * (`editing`), errors land at their field, and what the user typed stays until the server accepts it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { User } from '../../resources/index.js';
import { formAlert, type UiHost } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { stepsCss } from '../base/steps.styles.js';
import { ReverificationGuard } from './reverification-guard.js';
import { formButtons, profileSection, sectionPrimaryButton } from './section.js';
import { DeleteSection } from './security-delete.js';
import { DevicesSection } from './security-devices.js';
import { MfaSection } from './security-mfa.js';
import { PasskeysSection } from './security-passkeys.js';
import { PasswordSection } from './security-password.js';
import type { LatchUserProfile } from './user-profile.js';

/** FAPI params → the field each form shows them under. */
export const SECURITY_PARAM_TO_FIELD = {
  current_password: 'currentPassword',
  new_password: 'newPassword',
  code: 'code',
  name: 'passkeyName',
};

/** What each section needs from the page: the element, the shared form status, and which form is open. */
export interface SecurityPageHost {
  readonly ui: UiHost & ReactiveControllerHost & LatchUserProfile;
  readonly status: FormStatus;
  /** The open form (`password`, `passkey-rename:<id>`, `totp`, …), or null. */
  readonly editing: string | null;
  readonly user: User;
  /**
   * Runs one of the page's writes in the form status (busy flag, errors at their field) behind the reverification
   * guard: if the server wants the session verified again, the prompt opens and the write is retried once.
   * Resolves to true when it went through.
   */
  save(action: () => Promise<void>): Promise<boolean>;
  open(editing: string): void;
  /** Closes the open form and puts focus back on `focusSelector` (a section's main button). */
  close(focusSelector?: string): void;
  section(id: string, title: string, content: TemplateResult): TemplateResult;
  primaryButton(id: string, label: string, onClick: () => void): TemplateResult;
  formButtons(submitLabel: string, onCancel?: () => void): TemplateResult;
}

export class SecurityPage implements SecurityPageHost {
  /** The code field, resend and back link rules, adopted with the page (FlowElement.lazyStep). */
  static readonly stepCss = stepsCss;

  readonly ui: SecurityPageHost['ui'];
  readonly status: FormStatus;
  editing: string | null = null;
  readonly #guard: ReverificationGuard;
  readonly #sections: Array<{ render(user: User): TemplateResult | typeof nothing }>;

  constructor(host: LatchUserProfile) {
    this.ui = host;
    this.status = new FormStatus(host, (error) => host.translateError(error));
    this.#guard = new ReverificationGuard(host);
    this.#sections = [
      new PasswordSection(this),
      new PasskeysSection(this),
      new MfaSection(this),
      new DevicesSection(this),
      new DeleteSection(this),
    ];
  }

  get user(): User {
    const user = this.ui.profileLatch.user;
    if (!user) throw new Error('signed out');
    return user;
  }

  render(user: User): TemplateResult {
    const ui = this.ui;
    return html`<div class=${ui.cls('profilePage', { id: 'security' })}>
      <h1 class=${ui.cls('headerTitle')}>${ui.t('userProfile.start.headerTitle__security')}</h1>
      ${this.editing ? nothing : formAlert(ui, this.status.formError)}
      <div class=${ui.cls('profilePageContent', { id: 'security' })}>
        ${this.#sections.map((section) => section.render(user))}
      </div>
      ${this.#guard.render()}
    </div>`;
  }

  save(action: () => Promise<void>): Promise<boolean> {
    return this.status.run(() => this.#guard.run(action), SECURITY_PARAM_TO_FIELD);
  }

  open(editing: string): void {
    this.status.clear();
    this.editing = editing;
    this.ui.requestUpdate();
    void this.ui.updateComplete.then(() => {
      const form = this.ui.querySelector('.cl-profilePage form');
      form?.querySelector<HTMLElement>('input, button[type="submit"]')?.focus();
    });
  }

  close(focusSelector?: string): void {
    this.status.clear();
    this.editing = null;
    this.ui.requestUpdate();
    if (!focusSelector) return;
    void this.ui.updateComplete.then(() => this.ui.querySelector<HTMLElement>(focusSelector)?.focus());
  }

  section(id: string, title: string, content: TemplateResult): TemplateResult {
    return profileSection(this.ui, id, title, content);
  }

  primaryButton(id: string, label: string, onClick: () => void): TemplateResult {
    return sectionPrimaryButton(this.ui, id, label, onClick);
  }

  formButtons(submitLabel: string, onCancel?: () => void): TemplateResult {
    return formButtons(this.ui, submitLabel, this.status.busy, onCancel ?? (() => this.close()));
  }
}
