/**
 * What a sign-up does once its start form is sent: where it goes next (more fields, a code or a link for each
 * identifier to verify, signed in), the "continue" and verification steps with their submits, and the landing of
 * an opened email link. Part of the steps' download, which `<latch-sign-up>` starts with its first render: the
 * start form runs none of it. The code typed on a verification step lives here, one SignUpFlow per element.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SignUpCreateParams } from '../../../api/fapi.js';
import type { Latch } from '../../../core/latch.js';
import { hasTicketFor } from '../../../core/link-params.js';
import type { Client, Environment, SignUp } from '../../../resources/index.js';
import { rejectIncompleteCode } from '../../../ui/code-field.js';
import { cardHeader, type FieldOptions, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import type { FormStatus } from '../../base/form-status.js';
import type { SignUpField } from '../sign-up.js';
import {
  renderEmailLinkLanding,
  renderRestricted,
  renderVerifyCode,
  renderVerifyLink,
  resendCooldownOf,
  startEmailLink,
  stopEmailLink,
} from './more-steps.js';
import {
  type PasswordFieldState,
  passwordAids,
  rejectUnmetPasswordRules,
  type StrengthMeter,
} from './password-aids.js';

export { stepCss, strings } from './more-steps.js';

/** The steps after the start form, named as Clerk's routes are (the start step is ''). */
const STEP = {
  verifyEmail: 'verify-email-address',
  verifyPhone: 'verify-phone-number',
  continue: 'continue',
} as const;

/** What the flow reads from and does to the `<latch-sign-up>` it belongs to. */
export interface SignUpFlowHost {
  ui: UiHost & ReactiveControllerHost & Pick<HTMLElement, 'querySelector'>;
  status: FormStatus;
  /** A lazily loaded module, once it is in (FlowElement.lazyStep: its download is started and re-renders). */
  lazy<T>(loader: () => Promise<T>): T | undefined;
  /** Fetches the password strength estimator (its import stays in sign-up.ts: see loadPasswordStrength there). */
  loadStrengthMeter(): Promise<StrengthMeter>;
  latch(): Latch & { environment: Environment; client: Client };
  go(step: string): void;
  finish(sessionId: string | null): Promise<void>;
  /** Fields the server says are still missing, among those the card can ask for. */
  missingFields(): SignUpField[];
  renderFields(ids: SignUpField[]): TemplateResult;
  /** Refuses, at the fields, what is wrong before any round trip (empty, a password rule unmet): true if so. */
  rejectInvalid(ids: SignUpField[]): Promise<boolean>;
  /** The params of the given fields, skipping optional ones left empty. */
  paramsOf(ids: SignUpField[]): Partial<Record<SignUpField, string>>;
  /** FAPI param names → field ids, for errors the server ties to a param. */
  paramFields: Record<string, string>;
  /** Puts values in the form's fields (an invited address). */
  fill(values: Partial<Record<SignUpField, string>>): void;
}

export class SignUpFlow {
  readonly #host: SignUpFlowHost;
  #code = '';

  constructor(host: SignUpFlowHost) {
    this.#host = host;
  }

  /** Forgets the code typed (the flow finished). */
  reset(): void {
    this.#code = '';
  }

  /** The password field's show/hide button, rules and strength line (./password-aids.ts). */
  passwordAids(state: PasswordFieldState): Partial<FieldOptions> {
    return passwordAids(this.#host, this.#host.latch().environment, state);
  }

  /** Refuses a password that misses one of the instance's rules, at the field: true if so. */
  rejectUnmetPasswordRules(ids: SignUpField[], password: string): Promise<boolean> {
    const { ui, status } = this.#host;
    return rejectUnmetPasswordRules(ui, status, this.#host.latch().environment, ids, password);
  }

  /** Stops waiting for an email link to be opened (the element left the page). */
  stopEmailLink(): void {
    stopEmailLink(this.#host.ui);
  }

  /**
   * The card of closed sign-ups, saying why this visitor cannot sign up here: the instance takes only invited people
   * (`restricted`; an invitation link carries `__clerk_ticket` and gets the form) or keeps a waitlist instead
   * (`waitlist`, with its link). `undefined` when sign-ups are open to this visitor.
   */
  renderClosed(): TemplateResult | undefined {
    const latch = this.#host.latch();
    const { mode } = latch.environment.userSettings.signUp;
    const closed = mode === 'waitlist' || (mode === 'restricted' && !hasTicketFor('sign_up'));
    return closed
      ? renderRestricted(this.#host.ui, mode as 'restricted' | 'waitlist', latch.buildWaitlistUrl())
      : undefined;
  }

  /** The step at `step` for a sign-up that misses something; `undefined` when it is not at that step. */
  render(step: string, signUp: SignUp): TemplateResult | undefined {
    const unverified = (name: string) => signUp.unverifiedFields.includes(name);
    if (step === STEP.verifyEmail && unverified('email_address')) return this.#renderVerify('email', signUp);
    if (step === STEP.verifyPhone && unverified('phone_number')) return this.#renderVerify('phone', signUp);
    if (step === STEP.continue && this.#host.missingFields().length > 0) return this.#renderContinue();
    return undefined;
  }

  /**
   * An invitation link's page: its ticket is redeemed, the invited address fills its locked field, and a ticket
   * that completes the sign-up signs in.
   */
  async redeemTicket(signUp: SignUp): Promise<void> {
    const { redeemTicket, ticketInUrl } = await import('../../base/invitation-ticket.js');
    const ticket = ticketInUrl('sign_up');
    if (!ticket) return;
    const invited = await redeemTicket(signUp, ticket);
    this.#host.fill({ emailAddress: invited.emailAddress ?? '' });
    if (invited.status === 'complete') {
      await this.#host.finish(invited.createdSessionId);
      return;
    }
    // The invited address is locked, so no field had `autofocus`: the visitor came to sign up, so the first field
    // left to fill takes the focus (on a page with both cards, from the sign-in card's untouched autofocus).
    await this.#host.ui.updateComplete;
    if (focusIsUntouched())
      this.#host.ui.querySelector<HTMLElement>('input.cl-formFieldInput:not([readonly])')?.focus();
  }

  /**
   * Sends the start form, then goes where the sign-up leads. An invited sign-up (`invited`: ../ticket.ts) is
   * completed with an update, its address staying the invited one; any other starts a new sign-up.
   */
  async start(params: SignUpCreateParams, invited: boolean): Promise<void> {
    const signUp = this.#host.latch().client.signUp;
    const { emailAddress: _invited, ...rest } = params;
    await this.afterSignUpStep(await (invited ? signUp.update(rest) : signUp.create(params)));
  }

  /** Where a sign-up goes next: more fields, then each verification, then signed in. */
  async afterSignUpStep(signUp: SignUp): Promise<void> {
    if (signUp.status === 'complete') {
      await this.#host.finish(signUp.createdSessionId);
      return;
    }
    if (this.#host.missingFields().length > 0) {
      this.#host.go(STEP.continue);
      return;
    }
    if (signUp.unverifiedFields.includes('email_address')) {
      if (this.#verifiesByLink) startEmailLink(this.#host.ui, signUp, this.#linkOutcome);
      else await signUp.prepareEmailAddressVerification({ strategy: 'email_code' });
      this.#toCodeStep(STEP.verifyEmail);
      return;
    }
    if (signUp.unverifiedFields.includes('phone_number')) {
      await signUp.preparePhoneNumberVerification({ strategy: 'phone_code' });
      this.#toCodeStep(STEP.verifyPhone);
      return;
    }
    throw new Error(`Sign-up needs fields this form does not have: ${signUp.missingFields.join(', ')}`);
  }

  #toCodeStep(step: string): void {
    resendCooldownOf(this.#host.ui).start();
    this.#code = '';
    this.#host.go(step);
  }

  // ---- continue: only what is missing -------------------------------------------------------------------

  #renderContinue(): TemplateResult {
    const { ui, status } = this.#host;
    return html`${cardHeader(ui, {
      title: ui.t('signUp.continue.title'),
      subtitle: ui.t('signUp.continue.subtitle'),
    })}
      <div class=${ui.cls('main')}>
        ${formAlert(ui, status.formError)}
        <form class=${ui.cls('form')} novalidate @submit=${this.#submitContinue}>
          ${this.#host.renderFields(this.#host.missingFields())}
          ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
        </form>
      </div>`;
  }

  #submitContinue = async (event: SubmitEvent) => {
    event.preventDefault();
    const host = this.#host;
    const fields = host.missingFields();
    if (await host.rejectInvalid(fields)) return;
    await host.status.run(async () => {
      const signUp = await host.latch().client.signUp.update(host.paramsOf(fields));
      await this.afterSignUpStep(signUp);
    }, host.paramFields);
  };

  // ---- verify the email address or the phone number -----------------------------------------------------

  #renderVerify(kind: 'email' | 'phone', signUp: SignUp): TemplateResult {
    const { ui, status } = this.#host;
    if (kind === 'email' && this.#verifiesByLink) {
      return renderVerifyLink({
        host: ui,
        sentTo: signUp.emailAddress ?? '',
        formError: status.formError,
        cooldown: resendCooldownOf(ui),
        onResend: () => status.run(async () => startEmailLink(ui, this.#host.latch().client.signUp, this.#linkOutcome)),
        onBack: () => {
          stopEmailLink(ui);
          this.#host.go('');
        },
      });
    }
    return renderVerifyCode({
      host: ui,
      kind,
      sentTo: (kind === 'email' ? signUp.emailAddress : signUp.phoneNumber) ?? '',
      code: this.#code,
      codeError: status.error('code'),
      formError: status.formError,
      busy: status.busy,
      cooldown: resendCooldownOf(ui),
      onCode: (code) => {
        this.#code = code;
        ui.requestUpdate();
      },
      onSubmit: () => void this.#submitCode(kind),
      onResend: () =>
        status.run(async () => {
          const current = this.#host.latch().client.signUp;
          if (kind === 'email') await current.prepareEmailAddressVerification({ strategy: 'email_code' });
          else await current.preparePhoneNumberVerification({ strategy: 'phone_code' });
        }),
      onBack: () => this.#host.go(''),
    });
  }

  async #submitCode(kind: 'email' | 'phone'): Promise<void> {
    const host = this.#host;
    if (await rejectIncompleteCode(host.ui, host.status, this.#code)) return;
    await host.status.run(async () => {
      const current = host.latch().client.signUp;
      const signUp =
        kind === 'email'
          ? await current.attemptEmailAddressVerification({ code: this.#code })
          : await current.attemptPhoneNumberVerification({ code: this.#code });
      await this.afterSignUpStep(signUp);
    }, host.paramFields);
  }

  // ---- email link -----------------------------------------------------------------------------------------

  /** The instance verifies a sign-up's address by link only (the environment's `verifications`). */
  get #verifiesByLink(): boolean {
    const ways = this.#host.latch().environment.userSettings.attributes.email_address.verifications;
    return ways.includes('email_link') && !ways.includes('email_code');
  }

  /** What the polling tab does once the link is opened elsewhere, or turns out expired or spent. */
  readonly #linkOutcome = {
    verified: (signUp: SignUp) => void this.#host.status.run(() => this.afterSignUpStep(signUp)),
    failed: (expired: boolean) => {
      this.#host.status.formError = () =>
        this.#host.ui.t(`unstable__errors.${expired ? 'verification_expired' : 'verification_failed'}`);
    },
    error: (cause: unknown) => void this.#host.status.run(() => Promise.reject(cause)),
  };

  /** Where an opened link sent the browser back (`__clerk_status`); "Back" leads to the start step. */
  renderLinkLanding(linkStatus: string, signedInHere: boolean): TemplateResult {
    return renderEmailLinkLanding(this.#host.ui, linkStatus, signedInHere, this.#leaveLinkLanding);
  }

  /** "Back" from a spent link's landing: the start step, without the link's status in the URL. */
  #leaveLinkLanding = () => {
    const url = new URL(location.href);
    url.searchParams.delete('__clerk_status');
    history.replaceState(history.state, '', url);
    this.#host.go('');
    this.#host.ui.requestUpdate();
  };
}

/**
 * Whether the focus is still where the page's load left it: nowhere, or in a field the browser focused for its
 * `autofocus` and still empty. A field the visitor moved to or typed in keeps the focus.
 */
function focusIsUntouched(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return active instanceof HTMLInputElement && active.autofocus && !active.value;
}
