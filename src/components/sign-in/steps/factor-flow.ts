/**
 * What a sign-in does once the user is identified: it picks the first factor and sends its code or link, submits
 * the factor steps (password, code, passkey), routes between them, and takes the sign-in on to its next step
 * (second factor, new password) or to its session. Part of the factor steps' download: the start step runs none
 * of it, and `<latch-sign-in>` fetches it once that step has painted (at the latest with the identifier's submit).
 *
 * What the user types on these steps lives here too, one SignInFlow per element.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Latch } from '../../../core/latch.js';
import { registerDefaultStrings } from '../../../localization/defaults.js';
import type { Client, Environment, SignIn } from '../../../resources/index.js';
import { rejectIncompleteCode } from '../../../ui/code-field.js';
import { stepLoading, type UiHost } from '../../../ui/form.js';
import { SSO_CALLBACK_STEP } from '../../base/flow-element.js';
import type { FormStatus } from '../../base/form-status.js';
import { chooseFirstFactor, type FirstFactor, firstFactorsOf } from '../factors.js';
import {
  breachedPasswordReset,
  type FirstFactorContext,
  renderChooseStrategy,
  renderFactorOne,
  renderGetHelp,
  resendCooldownOf,
  sendFactor,
  stopEmailLink,
} from './first-factor.js';
import type { SecondFactorContext } from './second-factor.js';

export { signInCss as stepCss } from '../sign-in.styles.js';
export { renderEmailLinkStatus } from './first-factor.js';

type PasskeyStep = typeof import('./passkey.js');

const loadSecondFactorStep = () =>
  import('./second-factor.js').then((step) => {
    registerDefaultStrings(step.strings);
    return step;
  });
const loadResetPasswordStep = () => import('./reset-password.js');
const isEnterpriseSso = (factor: { strategy: string }) => factor.strategy === 'enterprise_sso';

/** The steps past the identifier, named as Clerk's routes are (the start step is ''). */
const STEP = {
  factorOne: 'factor-one',
  chooseStrategy: 'choose-strategy',
  factorTwo: 'factor-two',
  getHelp: 'get-help',
  resetPassword: 'reset-password',
} as const;

/** What the flow reads from and does to the `<latch-sign-in>` it belongs to. */
export interface SignInFlowHost {
  ui: UiHost & ReactiveControllerHost;
  status: FormStatus;
  latch(): Latch & { environment: Environment; client: Client };
  /** What the start step's field holds (shown until the sign-in knows its identifier). */
  identifier(): string;
  go(step: string): void;
  finish(sessionId: string | null): Promise<void>;
  focusHeading(): void;
  /** One of the card's steps as an absolute URL (where an identity provider sends the browser back). */
  stepUrl(step: string): string;
  redirectProps(): { forceRedirectUrl?: string; fallbackRedirectUrl?: string };
  lazyStep<T>(loader: () => Promise<T>): T | undefined;
  /** The passkey module's loader, which the start step uses too (its button and the autofill). */
  loadPasskeyStep(): Promise<PasskeyStep>;
}

export class SignInFlow {
  readonly #host: SignInFlowHost;
  #password = '';
  #code = '';
  #showPassword = false;
  /** The first factor in use on the factor-one step (chosen by default or by "Use another method"). */
  #factor?: FirstFactor;

  constructor(host: SignInFlowHost) {
    this.#host = host;
  }

  /** Forgets what was typed (the flow finished: a password must not stay in the page). */
  reset(): void {
    this.#password = '';
    this.#code = '';
    this.#showPassword = false;
  }

  /** Stops waiting for an email link (the user went elsewhere, or the card went away). */
  stopEmailLink(): void {
    stopEmailLink(this.#host.ui);
  }

  /**
   * The step at `step` for a sign-in past its identifier, and whether the card's footer shows under it;
   * `undefined` when the sign-in is not at that step (the card shows its start).
   */
  render(step: string, signIn: SignIn): { body: TemplateResult; footer: boolean } | undefined {
    if (signIn.status === 'needs_new_password' && step === STEP.resetPassword) {
      return { body: this.#renderResetPassword(), footer: false };
    }
    if (signIn.status === 'needs_first_factor') {
      return { body: this.#renderFactorStep(step, signIn), footer: step === STEP.factorOne };
    }
    if (signIn.status === 'needs_second_factor' && step === STEP.factorTwo) {
      const module = this.#host.lazyStep(loadSecondFactorStep);
      return {
        body: module ? module.renderSecondFactor(this.#secondFactorContext()) : stepLoading(this.#host.ui),
        footer: false,
      };
    }
    return undefined;
  }

  /** Decides where a sign-in goes next from its status (after the identifier, or an invitation ticket). */
  async afterSignInStep(signIn: SignIn): Promise<void> {
    if (signIn.status === 'complete') {
      await this.#host.finish(signIn.createdSessionId);
      return;
    }
    if (signIn.status === 'needs_first_factor' && signIn.supportedFirstFactors?.some(isEnterpriseSso)) {
      await this.#startEnterpriseSso();
      return;
    }
    if (signIn.status === 'needs_first_factor') {
      const preferred = this.#host.latch().environment.displayConfig.preferredSignInStrategy;
      const factor = chooseFirstFactor(firstFactorsOf(signIn), preferred);
      if (!factor) throw new Error('No supported first factor');
      await this.#useFactor(factor);
      return;
    }
    await this.afterAttempt(signIn);
  }

  /** After a factor was accepted: signed in, or on to the second factor or a new password. */
  async afterAttempt(signIn: SignIn): Promise<void> {
    if (signIn.status === 'complete') await this.#host.finish(signIn.createdSessionId);
    else if (signIn.status === 'needs_second_factor') await this.#startSecondFactor();
    else if (signIn.status === 'needs_new_password') this.#host.go(STEP.resetPassword);
    else throw new Error(`Unsupported sign-in status: ${String(signIn.status)}`);
  }

  /**
   * An address of an enterprise domain signs in at its identity provider: the browser goes there, and comes back
   * to the `sso-callback` step (signed in, or on to a sign-up for a new account), as from a social provider.
   */
  async #startEnterpriseSso(): Promise<void> {
    const latch = this.#host.latch();
    // A few lines the start page does not need: fetched with the click, as the redirect is about to happen anyway.
    (await import('../../../ui/sso-arrival.js')).rememberSsoStart('signIn');
    await latch.client.signIn.authenticateWithRedirect({
      strategy: 'enterprise_sso',
      redirectUrl: this.#host.stepUrl(SSO_CALLBACK_STEP),
      redirectUrlComplete: latch.buildAfterSignInUrl(this.#host.redirectProps()),
    });
  }

  /** Switches the factor-one step to a factor, sending a code or link first when the factor needs one. */
  async #useFactor(factor: FirstFactor): Promise<void> {
    this.stopEmailLink();
    if (factor.strategy === 'passkey') await this.#host.loadPasskeyStep();
    else if (factor.strategy !== 'password') {
      await this.#sendCode(factor);
      resendCooldownOf(this.#host.ui).start();
    }
    // A new factor starts empty; the same one keeps what was typed (its step may already be on screen, and the
    // user typing in it while this ran must not lose it).
    if (this.#factor?.strategy !== factor.strategy) {
      this.#code = '';
      this.#password = '';
    }
    this.#factor = factor;
    // "Forgot password?" stays on the factor-one step: no route change re-renders it.
    this.#host.ui.requestUpdate();
    this.#host.go(STEP.factorOne);
  }

  /** Sends the factor's code (email or SMS) or its email link, again for "Send another". */
  #sendCode = (factor: FirstFactor): Promise<void> =>
    sendFactor({
      ui: this.#host.ui,
      status: this.#host.status,
      signIn: this.#host.latch().client.signIn,
      factor,
      finish: (sessionId) => this.#host.finish(sessionId),
    });

  #currentFactor(signIn: SignIn): FirstFactor | undefined {
    // The chosen factor while the sign-in still offers it (a reset code is not a way in, but is offered).
    if (this.#factor && signIn.supportedFirstFactors?.some((f) => f.strategy === this.#factor?.strategy)) {
      return this.#factor;
    }
    const preferred = this.#host.latch().environment.displayConfig.preferredSignInStrategy;
    return chooseFirstFactor(firstFactorsOf(signIn), preferred);
  }

  /** What the step templates may read and do. */
  #context(signIn: SignIn): FirstFactorContext {
    const host = this.#host;
    const update = () => host.ui.requestUpdate();
    return {
      ui: host.ui,
      status: host.status,
      identifier: signIn.identifier ?? host.identifier(),
      factors: firstFactorsOf(signIn),
      signIn,
      latch: host.latch(),
      password: this.#password,
      code: this.#code,
      showPassword: this.#showPassword,
      setPassword: (value) => {
        this.#password = value;
        update();
      },
      setCode: (code) => {
        this.#code = code;
        update();
      },
      toggleShowPassword: () => {
        this.#showPassword = !this.#showPassword;
        update();
      },
      submitPassword: this.#submitPassword,
      submitCode: this.#submitCode,
      submitPasskey: this.#submitPasskey,
      sendCode: this.#sendCode,
      showHelp: () => host.go(STEP.getHelp),
      useFactor: (factor) => void host.status.run(() => this.#useFactor(factor)),
      editIdentifier: () => {
        this.stopEmailLink();
        host.go('');
      },
      showAlternatives: () => host.go(STEP.chooseStrategy),
      backToFactor: () => host.go(STEP.factorOne),
    };
  }

  #renderFactorStep(step: string, signIn: SignIn): TemplateResult {
    const context = this.#context(signIn);
    if (step === STEP.chooseStrategy) return renderChooseStrategy(context);
    if (step === STEP.getHelp) return renderGetHelp(context);
    const factor = this.#currentFactor(signIn);
    if (factor?.strategy === 'passkey') {
      const passkey = this.#host.lazyStep(this.#host.loadPasskeyStep);
      return passkey ? passkey.renderPasskeyFactor(context) : stepLoading(this.#host.ui);
    }
    return renderFactorOne(context, factor);
  }

  /** The passkey step's button: a passkey of the identified account (the browser prompts), then signed in. */
  #submitPasskey = async (event?: SubmitEvent) => {
    event?.preventDefault();
    await this.#host.status.run(async () => {
      const step = await this.#host.loadPasskeyStep();
      await this.afterAttempt(await step.signInWithPasskey(this.#host.latch().client.signIn));
    });
  };

  #submitPassword = async (event: SubmitEvent) => {
    event.preventDefault();
    const { status, ui } = this.#host;
    if (!this.#password) {
      await status.reject({ password: () => ui.t('unstable__errors.form_param_nil') });
      return;
    }
    await status.run(
      async () => {
        const signIn = this.#host.latch().client.signIn;
        // A breached password (`form_password_pwned`) cannot sign in, right as it is: a reset code goes out at once
        // and the alert above it says why. Any other error is rethrown, to show where it belongs.
        const attempted = await signIn
          .attemptFirstFactor({ strategy: 'password', password: this.#password })
          .catch(async (error: unknown) => {
            await this.#useFactor(breachedPasswordReset(error, signIn));
            status.formError = () => ui.t('unstable__errors.form_password_pwned__sign_in');
          });
        if (attempted) await this.afterAttempt(attempted);
      },
      { password: 'password' },
    );
  };

  #submitCode = async (event?: SubmitEvent) => {
    event?.preventDefault();
    if (await rejectIncompleteCode(this.#host.ui, this.#host.status, this.#code)) return;
    await this.#host.status.run(
      async () => {
        const current = this.#host.latch().client.signIn;
        const factor = this.#currentFactor(current);
        const signIn = await current.attemptFirstFactor({
          strategy: factor?.strategy ?? 'email_code',
          code: this.#code,
        });
        await this.afterAttempt(signIn);
      },
      { code: 'code' },
    );
  };

  // ---- reset: a new password after a reset code (steps/reset-password.ts) -------------------------------

  #renderResetPassword(): TemplateResult {
    const step = this.#host.lazyStep(loadResetPasswordStep);
    if (!step) return stepLoading(this.#host.ui);
    return step.renderResetPassword({
      ui: this.#host.ui,
      status: this.#host.status,
      latch: this.#host.latch(),
      afterReset: (signIn) => this.afterAttempt(signIn),
    });
  }

  // ---- factor two: the second step of two-step verification (steps/second-factor.ts) --------------------

  async #startSecondFactor(): Promise<void> {
    const step = await loadSecondFactorStep();
    await step.startSecondFactor(this.#secondFactorContext());
    this.#host.go(STEP.factorTwo);
  }

  #secondFactorContext(): SecondFactorContext {
    const host = this.#host;
    return {
      ui: host.ui,
      status: host.status,
      signIn: () => host.latch().client.signIn,
      rejectIncompleteCode: (code) => rejectIncompleteCode(host.ui, host.status, code),
      next: (signIn) => this.afterAttempt(signIn),
      focusHeading: () => host.focusHeading(),
    };
  }
}
