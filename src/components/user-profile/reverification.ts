/**
 * The reverification prompt (Clerk's `useReverification` idea, without a framework): when a write answers
 * `session_reverification_required`, a modal card asks for the password (or a code mailed to the primary
 * address), then, when the level asks for it and the user has one, a second factor (authenticator app, texted
 * code or backup code); the session is verified again, and the write is retried once. A lazy module: it loads on
 * the first such answer only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserProfileConnected } from '../../localization/en-US-user-profile-connected.js';
import {
  attemptFirstFactorVerification,
  attemptSecondFactorVerification,
  prepareFirstFactorVerification,
  prepareSecondFactorVerification,
  type SessionVerification,
  startVerification,
} from '../../resources/session-verification.js';
import { CODE_LENGTH, codeField } from '../../ui/code-field.js';
import { field, formAlert } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { formButtons } from './section.js';
import type { LatchUserProfile } from './user-profile.js';

registerDefaultStrings(enUSUserProfileConnected);

type Strategy = 'password' | 'email_code';
type SecondFactor = SessionVerification['supportedSecondFactors'][number];

/** The second factors the prompt offers, in the order it prefers them (as the sign-in's second step). */
const SECOND_FACTORS = ['totp', 'phone_code', 'backup_code'] as const;
type SecondStrategy = (typeof SECOND_FACTORS)[number];

/** Clerk's localization group of each second factor's step. */
const SECOND_FACTOR_KEYS: Record<SecondStrategy, string> = {
  totp: 'reverification.totpMfa',
  phone_code: 'reverification.phoneCodeMfa',
  backup_code: 'reverification.backupCodeMfa',
};

/** The label of the button that switches to a factor ("use another method"). */
const SWITCH_KEYS: Record<SecondStrategy, string> = {
  totp: 'reverification.alternativeMethods.blockButton__totp',
  phone_code: 'reverification.alternativeMethods.blockButton__phoneCode',
  backup_code: 'reverification.alternativeMethods.blockButton__backupCode',
};

export class ReverificationPrompt {
  readonly #host: LatchUserProfile;
  readonly #status: FormStatus;
  /** Settles the open prompt: true once verified, false when the user cancels. */
  #settle: ((verified: boolean) => void) | null = null;
  #strategy: Strategy = 'password';
  #password = '';
  #code = '';
  /** The user's second factors once the first is done and the level asks for one more; empty until then. */
  #secondFactors: SecondFactor[] = [];
  #secondStrategy: SecondStrategy = 'totp';

  constructor(host: LatchUserProfile) {
    this.#host = host;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  /**
   * Opens the card and resolves when the session is verified again (true) or the user gave up (false). `level` is
   * the one the server's error asked for (`first_factor`, `second_factor`, `multi_factor`).
   */
  async verify(level = 'first_factor'): Promise<boolean> {
    const session = this.#host.profileLatch.session;
    if (!session) return false;
    const started = await startVerification(this.#host.profileLatch, session.id, { level });
    this.#strategy = hasPassword(started) ? 'password' : 'email_code';
    this.#password = '';
    this.#code = '';
    this.#secondFactors = [];
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

  /** One dialog for both steps (it stays open between them); the step decides its texts, fields and submit. */
  render(): TemplateResult | typeof nothing {
    if (!this.#settle) return nothing;
    const ui = this.#host;
    const second = this.#secondFactors.length > 0;
    const keys = second ? SECOND_FACTOR_KEYS[this.#secondStrategy] : this.#firstFactorKeys();
    const titleId = `${ui.scopeClass}-reverification-title`;
    const onSubmit = second ? this.#submitSecondFactor : this.#submit;
    return html`<dialog class=${ui.cls('modalContent', { id: 'reverification' })} aria-labelledby=${titleId} @cancel=${this.#cancel}>
      <form class=${ui.cls('form', { id: 'reverification' })} novalidate @submit=${onSubmit}>
        <h2 class=${ui.cls('headerTitle')} id=${titleId}>${ui.t(`${keys}.title`)}</h2>
        <p class=${ui.cls('headerSubtitle')}>${ui.t(`${keys}.subtitle`)}</p>
        ${formAlert(ui, this.#status.formError)}
        ${second ? this.#renderSecondFactor() : this.#renderFirstFactor()}
        ${formButtons(ui, ui.t('formButtonPrimary__verify'), this.#status.busy, this.#cancel)}
      </form>
    </dialog>`;
  }

  #firstFactorKeys(): string {
    return this.#strategy === 'password' ? 'reverification.password' : 'reverification.emailCode';
  }

  /** The password (or the mailed code) and the link to the other one. */
  #renderFirstFactor(): TemplateResult {
    const ui = this.#host;
    const password = this.#strategy === 'password';
    const input = password
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
        });
    return html`${input}
      <button type="button" class=${ui.cls('formFieldAction', { id: 'reverification' })} @click=${this.#switch}>
        ${ui.t(`${this.#firstFactorKeys()}.actionLink`)}
      </button>`;
  }

  #submit = async (event?: SubmitEvent) => {
    event?.preventDefault();
    const session = this.#host.profileLatch.session;
    if (!session) return;
    if (this.#strategy === 'email_code' && (await this.#rejectShortCode(this.#code))) return;
    let verification: SessionVerification | null = null;
    await this.#status.run(
      async () => {
        const attempt =
          this.#strategy === 'password'
            ? { strategy: 'password', password: this.#password }
            : { strategy: 'email_code', code: this.#code };
        verification = await attemptFirstFactorVerification(this.#host.profileLatch, session.id, attempt);
      },
      { password: 'password', code: 'code' },
    );
    await this.#next(verification);
  };

  /** Says "type all N digits" under the code field, without a round trip, when `code` is short; true if so. */
  async #rejectShortCode(code: string): Promise<boolean> {
    if (code.length >= CODE_LENGTH) return false;
    await this.#status.reject({
      code: () => this.#host.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }),
    });
    return true;
  }

  /** After an accepted factor: done, or on to the second factor the level asks for. */
  async #next(verification: SessionVerification | null): Promise<void> {
    if (verification?.status === 'complete') {
      this.#close(true);
      return;
    }
    if (verification?.status !== 'needs_second_factor') return;
    this.#password = '';
    this.#secondFactors = SECOND_FACTORS.flatMap(
      (strategy) => verification?.supportedSecondFactors.find((f) => f.strategy === strategy) ?? [],
    );
    const first = this.#secondFactors[0];
    if (first) await this.#useSecondFactor(first.strategy as SecondStrategy);
  }

  /** Shows a second factor's form; the phone's code is texted first. */
  #useSecondFactor = async (strategy: SecondStrategy) => {
    const session = this.#host.profileLatch.session;
    if (!session) return;
    this.#status.clear();
    this.#secondStrategy = strategy;
    this.#code = '';
    if (strategy === 'phone_code') {
      const phoneNumberId = this.#secondFactors.find((f) => f.strategy === 'phone_code')?.phoneNumberId ?? undefined;
      await this.#status.run(async () => {
        await prepareSecondFactorVerification(this.#host.profileLatch, session.id, {
          strategy: 'phone_code',
          phoneNumberId,
        });
      });
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.querySelector<HTMLElement>('dialog.cl-modalContent__reverification input')?.focus();
  };

  #submitSecondFactor = async (event?: SubmitEvent) => {
    event?.preventDefault();
    const session = this.#host.profileLatch.session;
    if (!session) return;
    const strategy = this.#secondStrategy;
    const code = this.#code.trim();
    if (strategy === 'backup_code' && !code) {
      await this.#status.reject({ code: () => this.#host.t('unstable__errors.form_param_nil') });
      return;
    }
    if (strategy !== 'backup_code' && (await this.#rejectShortCode(code))) return;
    let verification: SessionVerification | null = null;
    await this.#status.run(
      async () => {
        verification = await attemptSecondFactorVerification(this.#host.profileLatch, session.id, { strategy, code });
      },
      { code: 'code' },
    );
    await this.#next(verification);
  };

  /** The second factor's code field and a button to each other second factor the user has. */
  #renderSecondFactor(): TemplateResult {
    const ui = this.#host;
    const strategy = this.#secondStrategy;
    const label = ui.t(`${SECOND_FACTOR_KEYS[strategy]}.formTitle`);
    const phone = this.#secondFactors.find((f) => f.strategy === 'phone_code');
    const onInput = (value: string) => {
      this.#code = value;
    };
    const input =
      strategy === 'backup_code'
        ? field(ui, {
            id: 'reverificationBackupCode',
            label,
            name: 'code',
            autocomplete: 'off',
            value: this.#code,
            error: this.#status.error('code'),
            required: true,
            onInput,
          })
        : codeField(ui, {
            label,
            value: this.#code,
            error: this.#status.error('code'),
            hint:
              strategy === 'phone_code' && phone?.safeIdentifier
                ? ui.t('unstable__latch.codeSentTo', { identifier: phone.safeIdentifier })
                : undefined,
            onInput,
            onComplete: () => void this.#submitSecondFactor(),
          });
    const others = this.#secondFactors.filter((f) => f.strategy !== strategy);
    return html`${input}
      ${others.map(
        (other) => html`<button
          type="button"
          class=${ui.cls('formFieldAction', { id: 'reverification' })}
          @click=${() => this.#useSecondFactor(other.strategy as SecondStrategy)}
        >
          ${ui.t(SWITCH_KEYS[other.strategy as SecondStrategy])}
        </button>`,
      )}`;
  }

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
    this.#secondFactors = [];
    this.#code = '';
    this.#host.requestUpdate();
    settle?.(verified);
  }
}

function hasPassword(verification: SessionVerification): boolean {
  return verification.supportedFirstFactors.some((factor) => factor.strategy === 'password');
}
