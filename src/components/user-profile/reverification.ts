/**
 * The reverification prompt (Clerk's `useReverification` idea, without a framework): when a write answers
 * `session_reverification_required`, a modal card asks for the password (or a code mailed to the primary
 * address), the session is verified again, and the write is retried once. A lazy module: it loads on the first
 * such answer only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserProfileConnected } from '../../localization/en-US-user-profile-connected.js';
import {
  attemptFirstFactorVerification,
  prepareFirstFactorVerification,
  type SessionVerification,
  startVerification,
} from '../../resources/session-verification.js';
import { CODE_LENGTH, codeField, field, formAlert } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { formButtons } from './section.js';
import type { LatchUserProfile } from './user-profile.js';

registerDefaultStrings(enUSUserProfileConnected);

type Strategy = 'password' | 'email_code';

export class ReverificationPrompt {
  readonly #host: LatchUserProfile;
  readonly #status: FormStatus;
  /** Settles the open prompt: true once verified, false when the user cancels. */
  #settle: ((verified: boolean) => void) | null = null;
  #strategy: Strategy = 'password';
  #password = '';
  #code = '';

  constructor(host: LatchUserProfile) {
    this.#host = host;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  /** Opens the card and resolves when the session is verified again (true) or the user gave up (false). */
  async verify(): Promise<boolean> {
    const session = this.#host.profileLatch.session;
    if (!session) return false;
    const started = await startVerification(this.#host.profileLatch, session.id, { level: 'first_factor' });
    this.#strategy = hasPassword(started) ? 'password' : 'email_code';
    this.#password = '';
    this.#code = '';
    this.#status.clear();
    const settled = new Promise<boolean>((resolve) => {
      this.#settle = resolve;
    });
    if (this.#strategy === 'email_code') await this.#sendCode();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#host.querySelector<HTMLDialogElement>('dialog.cl-modalContent__reverification');
    dialog?.showModal();
    dialog?.querySelector<HTMLElement>('input')?.focus();
    return settled;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.#settle) return nothing;
    const ui = this.#host;
    const password = this.#strategy === 'password';
    const keys = password ? 'reverification.password' : 'reverification.emailCode';
    const titleId = `${ui.scopeClass}-reverification-title`;
    return html`<dialog class=${ui.cls('modalContent', { id: 'reverification' })} aria-labelledby=${titleId} @cancel=${this.#cancel}>
      <form class=${ui.cls('form', { id: 'reverification' })} novalidate @submit=${this.#submit}>
        <h2 class=${ui.cls('headerTitle')} id=${titleId}>${ui.t(`${keys}.title`)}</h2>
        <p class=${ui.cls('headerSubtitle')}>${ui.t(`${keys}.subtitle`)}</p>
        ${formAlert(ui, this.#status.formError)}
        ${
          password
            ? field(ui, {
                id: 'reverificationPassword',
                label: ui.t('formFieldLabel__password'),
                name: 'password',
                type: 'password',
                autocomplete: 'current-password',
                value: this.#password,
                error: this.#status.error('password'),
                onInput: (value) => {
                  this.#password = value;
                },
              })
            : codeField(ui, {
                label: ui.t('reverification.emailCode.formTitle'),
                value: this.#code,
                error: this.#status.error('code'),
                onInput: (code) => {
                  this.#code = code;
                },
                onComplete: () => void this.#submit(),
              })
        }
        <button type="button" class=${ui.cls('formFieldAction', { id: 'reverification' })} @click=${this.#switch}>
          ${ui.t(password ? 'reverification.password.actionLink' : 'reverification.emailCode.actionLink')}
        </button>
        ${formButtons(ui, ui.t('formButtonPrimary__verify'), this.#status.busy, this.#cancel)}
      </form>
    </dialog>`;
  }

  #submit = async (event?: SubmitEvent) => {
    event?.preventDefault();
    const session = this.#host.profileLatch.session;
    if (!session) return;
    if (this.#strategy === 'email_code' && this.#code.length < CODE_LENGTH) {
      await this.#status.reject({
        code: () => this.#host.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }),
      });
      return;
    }
    let complete = false;
    await this.#status.run(
      async () => {
        const attempt =
          this.#strategy === 'password'
            ? { strategy: 'password', password: this.#password }
            : { strategy: 'email_code', code: this.#code };
        complete =
          (await attemptFirstFactorVerification(this.#host.profileLatch, session.id, attempt)).status === 'complete';
      },
      { password: 'password', code: 'code' },
    );
    if (complete) this.#close(true);
  };

  #switch = async () => {
    this.#status.clear();
    this.#strategy = this.#strategy === 'password' ? 'email_code' : 'password';
    if (this.#strategy === 'email_code') await this.#sendCode();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.querySelector<HTMLElement>('dialog.cl-modalContent__reverification input')?.focus();
  };

  async #sendCode(): Promise<void> {
    const session = this.#host.profileLatch.session;
    if (!session) return;
    await this.#status.run(async () => {
      await prepareFirstFactorVerification(this.#host.profileLatch, session.id, { strategy: 'email_code' });
    });
  }

  #cancel = (event?: Event) => {
    event?.preventDefault();
    this.#close(false);
  };

  #close(verified: boolean): void {
    const settle = this.#settle;
    this.#host.querySelector<HTMLDialogElement>('dialog.cl-modalContent__reverification')?.close();
    this.#settle = null;
    this.#host.requestUpdate();
    settle?.(verified);
  }
}

function hasPassword(verification: SessionVerification): boolean {
  return verification.supportedFirstFactors.some((factor) => factor.strategy === 'password');
}
