import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import type { SignIn } from '../../resources/index.js';
import { cardHeader, field, formAlert, primaryButton, stepLoading } from '../../ui/form.js';
import type { PhoneField } from '../../ui/phone-field.js';
import { FlowElement, SSO_CALLBACK_STEP } from '../base/flow-element.js';
import type { FirstFactor } from './factors.js';
import type { FirstFactorContext } from './steps/first-factor.js';
import type { SecondFactorContext } from './steps/second-factor.js';

type FirstFactorSteps = typeof import('./steps/first-factor.js');
/** The factor steps, with the choice of factors (factors.ts): the start step needs neither. */
const loadFirstFactorSteps = (): Promise<FirstFactorSteps> => import('./steps/first-factor.js');
const loadSecondFactorStep = () =>
  import('./steps/second-factor.js').then((step) => {
    registerDefaultStrings(step.strings);
    return step;
  });
const loadResetPasswordStep = () => import('./steps/reset-password.js');
type PasskeyStep = typeof import('./steps/passkey.js');
/** The passkey module once it has arrived (a request it started can only be running if it has). */
let passkeyStep: PasskeyStep | undefined;
const loadPasskeyStep = () =>
  import('./steps/passkey.js').then((step) => {
    passkeyStep = step;
    return step;
  });
const loadPhoneField = () => import('../../ui/phone-field.js');
const loadInvitationTicket = () => import('../base/invitation-ticket.js');
const isEnterpriseSso = (factor: { strategy: string }) => factor.strategy === 'enterprise_sso';

/** The steps of the sign-in flow, named as Clerk's routes are. */
const STEP = {
  start: '',
  factorOne: 'factor-one',
  chooseStrategy: 'choose-strategy',
  factorTwo: 'factor-two',
  getHelp: 'get-help',
  resetPassword: 'reset-password',
} as const;

/**
 * @summary Sign-in card: identifier, then the first factor (password or email code), then the second factor for
 * accounts with two-step verification (authenticator app, SMS code or backup code), then signed in.
 *
 * @fires latch-sign-in-complete - The user is signed in; `detail.sessionId`. Cancel it to stay on the page.
 *
 * @cssproperty --clerk-color-primary - Buttons and links.
 * @cssproperty --clerk-color-background - Card background.
 */
export class LatchSignIn extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    signUpUrl: { attribute: 'sign-up-url' },
    initialValues: { attribute: false },
    identifier: { state: true },
    password: { state: true },
    code: { state: true },
    showPassword: { state: true },
    usePhone: { state: true },
    factor: { state: true },
  };
  protected readonly componentKey: ComponentKey = 'signIn';

  /** Where the "Sign up" link goes. Defaults to the Latch option, then the instance setting. */
  signUpUrl?: string;

  /** Prefills the identifier field (Clerk's `initialValues`); a phone number opens the phone field. */
  initialValues?: { emailAddress?: string; username?: string; phoneNumber?: string };

  private identifier = '';
  private password = '';
  private code = '';
  private showPassword = false;
  /** The start step asks for a phone number instead of an email/username (the "Use phone" toggle). */
  private usePhone?: boolean;
  /** The first factor being used on the factor-one step (chosen by default or by "Use another method"). */
  private factor?: FirstFactor;
  /** The identifier field when it asks for a phone number (once its lazy module is in). */
  #phone?: PhoneField;
  /** The Latch instance whose page URL was checked for an invitation ticket (once per instance). */
  #ticketCheckedFor?: object;

  override connectedCallback(): void {
    super.connectedCallback();
    const { emailAddress, username, phoneNumber } = this.initialValues ?? {};
    const initial = emailAddress ?? username ?? phoneNumber;
    if (initial && !this.identifier) this.identifier = initial;
    if (phoneNumber && initial === phoneNumber) this.usePhone = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaitingForLink();
    void passkeyStep?.stopPasskeyAutofill(this);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // One request per visit of the start step, and not while a submit or the button's ceremony runs (starting
    // one would abort that). A request the browser ends is not restarted until the step is left and shown again.
    if (!this.offerAutofill) this.autofillRequested = false;
    else if (!this.status.busy && !this.autofillRequested) {
      this.autofillRequested = true;
      void this.startPasskeyAutofill();
    }
  }

  /**
   * An organization invitation's emailed link opens the sign-in page with `__clerk_ticket` for a user who already
   * has an account: the ticket signs them in (`strategy=ticket`) and the server adds them to the organization.
   * A second factor, if the account has one, is still asked for.
   */
  protected override latchChanged(): void {
    const latch = this.resolvedLatch;
    if (!latch?.loaded || latch === this.#ticketCheckedFor) return;
    this.#ticketCheckedFor = latch;
    // A cheap look before fetching the module: only an invitation link's page needs it (TICKET_PARAM).
    if (!location.search.includes('__clerk_ticket=') || !latch.client) return;
    const signIn = latch.client.signIn;
    void this.status.run(async () => {
      const { redeemTicket, ticketInUrl } = await loadInvitationTicket();
      const ticket = ticketInUrl();
      if (ticket) await this.afterSignInStep(await redeemTicket(signIn, ticket));
    });
  }

  protected override resetForm(): void {
    this.identifier = '';
    this.#phone?.clear();
    this.password = '';
    this.code = '';
    this.showPassword = false;
  }

  /** Stops polling for an email link (the module that started it is loaded if a link was ever sent). */
  private stopWaitingForLink(): void {
    this.lazyStep(loadFirstFactorSteps)?.stopEmailLink(this);
  }

  private get signIn(): SignIn | undefined {
    return this.resolvedLatch?.client?.signIn;
  }

  override render(): TemplateResult {
    this.offerAutofill = false;
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const signIn = this.signIn;
    // Where an email link sent the browser back: `__clerk_status` in the page URL (Clerk's parameter).
    const linkStatus = new URL(location.href).searchParams.get('__clerk_status');
    if (linkStatus) {
      const steps = this.lazyStep(loadFirstFactorSteps);
      return this.card(
        steps ? steps.renderEmailLinkStatus(this, linkStatus, () => this.go(STEP.start)) : stepLoading(this),
      );
    }
    // Back from an OAuth provider: finish (signed in, transferred to a sign-up, or the next step).
    if (this.step === SSO_CALLBACK_STEP) return this.card(this.renderSsoCallback('signIn'));
    if (signIn?.status === 'needs_new_password' && this.step === STEP.resetPassword) {
      return this.card(this.renderResetPassword());
    }
    const inFirstFactor = signIn?.status === 'needs_first_factor';
    // Past the start, a sign-in awaiting its first factor shows one of the factor steps (factor one by default).
    if (inFirstFactor && this.step) {
      return this.card(this.renderFactorStep(this.step), this.step === STEP.factorOne ? this.renderFooter() : nothing);
    }
    if (signIn?.status === 'needs_second_factor' && this.step === STEP.factorTwo) {
      const step = this.lazyStep(loadSecondFactorStep);
      return this.card(step ? step.renderSecondFactor(this.secondFactorContext()) : stepLoading(this));
    }
    // Fetch the next steps while the user types the identifier.
    this.prefetchStep(loadFirstFactorSteps);
    return this.card(this.renderStart(), this.renderFooter());
  }

  // ---- start: who are you? ------------------------------------------------------------------------------

  /** Which identifiers the start step can ask for: email/username in one field, phone in another. */
  private identifierModes() {
    const { attributes } = this.loadedLatch.environment.userSettings;
    const username = attributes.username?.enabled === true;
    const email = attributes.email_address?.enabled !== false;
    const phone = attributes.phone_number?.enabled === true;
    return { username, email, phone, both: phone && (email || username) };
  }

  /** The phone field by the toggle; otherwise when it is the only identifier or how this browser signed in last. */
  private get phoneMode(): boolean {
    const modes = this.identifierModes();
    if (!modes.phone) return false;
    if (!modes.both) return true;
    return this.usePhone ?? this.resolvedLatch?.client?.lastAuthenticationStrategy === 'phone_code';
  }

  /** Set by each render of the start step when passkeys may be offered in the identifier field's suggestions. */
  private offerAutofill = false;
  /** An autofill request was started on this visit of the start step. */
  private autofillRequested = false;

  /** Whether the instance offers passkeys at sign-in: by the button, and in the identifier's autofill. */
  private passkeyWays(): { button: boolean; autofill: boolean } {
    const { attributes, passkeySettings } = this.loadedLatch.environment.userSettings;
    const on = attributes.passkey?.enabled === true;
    return { button: on && passkeySettings.showSignInButton, autofill: on && passkeySettings.allowAutofill };
  }

  private renderStart(): TemplateResult {
    const env = this.loadedLatch.environment;
    const modes = this.identifierModes();
    const phoneMode = this.phoneMode;
    const passkey = this.passkeyWays();
    // The email/username field is the one that can offer passkeys (`autocomplete="username webauthn"`).
    this.offerAutofill = passkey.autofill && !phoneMode && !this.loadedLatch.session;
    // [label key suffix, "Use … instead" suffix] of the email/username field.
    const [label, use] = modes.username
      ? modes.email
        ? ['emailAddress_username', 'email_username']
        : ['username', 'username']
      : ['emailAddress', 'email'];
    const kind = modes.username ? 'text' : 'email';
    const phone = phoneMode ? this.phoneField() : undefined;
    const identifierField = {
      id: 'identifier',
      label: this.t(`formFieldLabel__${phoneMode ? 'phoneNumber' : label}`),
      name: 'identifier',
      error: this.status.error('identifier'),
      required: true,
      autofocus: true,
      action: modes.both
        ? { label: this.t(`signIn.start.actionLink__use_${phoneMode ? use : 'phone'}`), onClick: this.toggleIdentifier }
        : undefined,
    };
    return html`${cardHeader(this, {
      title: this.t('signIn.start.title'),
      subtitle: this.t('signIn.start.subtitle'),
      logoUrl: env.displayConfig.logoImageUrl,
      appName: env.displayConfig.applicationName,
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)} ${this.socialSection('signIn', 'top')}
        <form class=${this.cls('form')} novalidate @submit=${this.submitIdentifier}>
          ${
            phoneMode && phone
              ? phone.render(identifierField)
              : field(this, {
                  ...identifierField,
                  type: phoneMode ? 'tel' : kind,
                  inputmode: phoneMode ? 'tel' : kind,
                  autocomplete: phoneMode ? 'tel' : 'username webauthn',
                  value: this.identifier,
                  onInput: (value) => (this.identifier = value),
                })
          }
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${
          passkey.button
            ? html`<div class=${this.cls('footerAction', { id: 'usePasskey' })}>
                <button
                  type="button"
                  class=${this.cls('footerActionLink')}
                  aria-disabled=${this.status.busy ? 'true' : 'false'}
                  @click=${this.usePasskey}
                >
                  ${this.t('signIn.start.actionLink__use_passkey')}
                </button>
              </div>`
            : nothing
        }
        ${this.socialSection('signIn', 'bottom')}
      </div>`;
  }

  /** "Sign in with a passkey": the browser offers every passkey it holds for this site. */
  private usePasskey = async () => {
    await this.status.run(async () => {
      const step = await loadPasskeyStep();
      await step.stopPasskeyAutofill(this);
      await this.afterAttempt(await step.signInWithPasskey(this.loadedLatch.client.signIn, 'discoverable'));
    });
  };

  /** Passkeys in the identifier field's autofill: picking one signs in, as the button does. */
  private async startPasskeyAutofill(): Promise<void> {
    const step = await loadPasskeyStep();
    if (!this.isConnected || !this.offerAutofill) return;
    await step.startPasskeyAutofill(
      this,
      this.loadedLatch.client.signIn,
      (signIn) => this.status.run(() => this.afterAttempt(signIn)).then(() => undefined),
      (error) => void this.status.run(() => Promise.reject(error)),
    );
  }

  /**
   * The international phone field, once its module (libphonenumber-js) is in; until then the plain tel input,
   * whose text the phone field takes over when it arrives.
   */
  private phoneField(): PhoneField | undefined {
    const module = this.lazyStep(loadPhoneField);
    if (module && !this.#phone) {
      this.#phone = new module.PhoneField(this, () => this.localizer.locale);
      this.#phone.value = this.identifier;
    }
    return this.#phone;
  }

  protected override otherFlowUrl(): string | undefined {
    const latch = this.resolvedLatch;
    return this.signUpUrl || latch?.options.signUpUrl || latch?.environment?.displayConfig.signUpUrl || undefined;
  }

  /** "Use phone" / "Use email": another field, emptied, with the focus in it. */
  private toggleIdentifier = () => {
    this.usePhone = !this.phoneMode;
    this.identifier = '';
    this.#phone?.clear();
    this.status.clear();
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('input[name="identifier"]')?.focus());
  };

  private submitIdentifier = async (event: SubmitEvent) => {
    event.preventDefault();
    const identifier = this.phoneMode && this.#phone ? this.#phone.value : this.identifier.trim();
    if (!identifier) {
      await this.status.reject({ identifier: () => this.t('unstable__errors.form_param_nil') });
      return;
    }
    if (await this.rejectHiddenCharacters('identifier', identifier)) return;
    // The identifier wins over a passkey the autofill could still offer: that request would end on a stale sign-in.
    await this.status.run(
      async () => {
        await passkeyStep?.stopPasskeyAutofill(this);
        const signIn = await this.loadedLatch.client.signIn.create({ identifier });
        await this.afterSignInStep(signIn);
      },
      { identifier: 'identifier', email_address: 'identifier', username: 'identifier' },
    );
  };

  /** Decides where a sign-in goes next from its status (shared by every step). */
  private async afterSignInStep(signIn: SignIn): Promise<void> {
    if (signIn.status === 'complete') {
      await this.finish(signIn.createdSessionId, 'signIn');
      return;
    }
    if (signIn.status === 'needs_first_factor' && signIn.supportedFirstFactors?.some(isEnterpriseSso)) {
      await this.startEnterpriseSso();
      return;
    }
    if (signIn.status === 'needs_first_factor') {
      const preferred = this.loadedLatch.environment.displayConfig.preferredSignInStrategy;
      const steps = await loadFirstFactorSteps();
      const factor = steps.chooseFirstFactor(steps.firstFactorsOf(signIn), preferred);
      if (!factor) throw new Error('No supported first factor');
      await this.useFactor(factor);
      return;
    }
    await this.afterAttempt(signIn);
  }

  /**
   * An address of an enterprise domain signs in at its identity provider: the browser goes there, and comes back
   * to the `sso-callback` step (signed in, or on to a sign-up for a new account), as from a social provider.
   */
  private async startEnterpriseSso(): Promise<void> {
    const latch = this.loadedLatch;
    const props = { forceRedirectUrl: this.forceRedirectUrl, fallbackRedirectUrl: this.fallbackRedirectUrl };
    // A few lines the start page does not need: fetched with the click, as the redirect is about to happen anyway.
    (await import('../../ui/sso-arrival.js')).rememberSsoStart('signIn');
    await latch.client.signIn.authenticateWithRedirect({
      strategy: 'enterprise_sso',
      redirectUrl: this.stepUrl(SSO_CALLBACK_STEP),
      redirectUrlComplete: latch.buildAfterSignInUrl(props),
    });
  }

  /** Switches the factor-one step to a factor, sending a code or link first when the factor needs one. */
  private async useFactor(factor: FirstFactor): Promise<void> {
    this.stopWaitingForLink();
    if (factor.strategy === 'passkey') await loadPasskeyStep();
    else if (factor.strategy !== 'password') {
      // The code step's module holds the resend cooldown: have it before the code goes out.
      const steps = await loadFirstFactorSteps();
      await this.sendCode(factor);
      steps.resendCooldownOf(this).start();
    }
    // A new factor starts empty; the same one keeps what was typed (its step may already be on screen, and the
    // user typing in it while this ran must not lose it).
    if (this.factor?.strategy !== factor.strategy) {
      this.code = '';
      this.password = '';
    }
    this.factor = factor;
    this.go(STEP.factorOne);
  }

  /** Sends the factor's code (email or SMS) or its email link, again for "Send another". */
  private sendCode = async (factor: FirstFactor): Promise<void> => {
    const steps = await loadFirstFactorSteps();
    await steps.sendFactor({
      ui: this,
      status: this.status,
      signIn: this.loadedLatch.client.signIn,
      factor,
      finish: (sessionId) => this.finish(sessionId, 'signIn'),
    });
  };

  // ---- factor one: prove it (templates load lazily: steps/first-factor.ts) ------------------------------

  // These read the steps module, which the factor steps and their submits have by the time they run.
  private factors(steps: FirstFactorSteps): FirstFactor[] {
    const signIn = this.signIn;
    return signIn ? steps.firstFactorsOf(signIn) : [];
  }

  private currentFactor(steps: FirstFactorSteps): FirstFactor | undefined {
    // The chosen factor while the sign-in still offers it (a reset code is not a way in, but is offered).
    if (this.factor && this.signIn?.supportedFirstFactors?.some((f) => f.strategy === this.factor?.strategy)) {
      return this.factor;
    }
    const preferred = this.resolvedLatch?.environment?.displayConfig.preferredSignInStrategy;
    return steps.chooseFirstFactor(this.factors(steps), preferred);
  }

  /** What the lazily loaded step templates may read and do. */
  private stepContext(steps: FirstFactorSteps): FirstFactorContext {
    return {
      ui: this,
      status: this.status,
      identifier: this.signIn?.identifier ?? this.identifier,
      factors: this.factors(steps),
      signIn: this.signIn,
      latch: this.resolvedLatch,
      password: this.password,
      code: this.code,
      showPassword: this.showPassword,
      setPassword: (value) => {
        this.password = value;
      },
      setCode: (code) => {
        this.code = code;
      },
      toggleShowPassword: () => {
        this.showPassword = !this.showPassword;
      },
      submitPassword: this.submitPassword,
      submitCode: this.submitCode,
      submitPasskey: this.submitPasskey,
      sendCode: this.sendCode,
      showHelp: () => this.go(STEP.getHelp),
      useFactor: (factor) => void this.status.run(() => this.useFactor(factor)),
      editIdentifier: () => {
        this.stopWaitingForLink();
        this.go(STEP.start);
      },
      showAlternatives: () => this.go(STEP.chooseStrategy),
      backToFactor: () => this.go(STEP.factorOne),
    };
  }

  private renderFactorStep(step: string): TemplateResult {
    const steps = this.lazyStep(loadFirstFactorSteps);
    if (!steps) return stepLoading(this);
    const context = this.stepContext(steps);
    if (step === STEP.chooseStrategy) return steps.renderChooseStrategy(context);
    if (step === STEP.getHelp) return steps.renderGetHelp(context);
    const factor = this.currentFactor(steps);
    if (factor?.strategy === 'passkey') {
      const passkey = this.lazyStep(loadPasskeyStep);
      return passkey ? passkey.renderPasskeyFactor(context) : stepLoading(this);
    }
    return steps.renderFactorOne(context, factor);
  }

  /** The passkey step's button: a passkey of the identified account (the browser prompts), then signed in. */
  private submitPasskey = async (event?: SubmitEvent) => {
    event?.preventDefault();
    await this.status.run(async () => {
      const step = await loadPasskeyStep();
      await this.afterAttempt(await step.signInWithPasskey(this.loadedLatch.client.signIn));
    });
  };

  // ---- reset: a new password after a reset code (templates load lazily: steps/reset-password.ts) ----------

  private renderResetPassword(): TemplateResult {
    const step = this.lazyStep(loadResetPasswordStep);
    if (!step) return stepLoading(this);
    return step.renderResetPassword({
      ui: this,
      status: this.status,
      latch: this.loadedLatch,
      afterReset: (signIn) => this.afterAttempt(signIn),
    });
  }

  private submitPassword = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!this.password) {
      await this.status.reject({ password: () => this.t('unstable__errors.form_param_nil') });
      return;
    }
    await this.status.run(
      async () => {
        const signIn = this.loadedLatch.client.signIn;
        // A breached password (`form_password_pwned`) cannot sign in, right as it is: a reset code goes out at once
        // and the alert above it says why. Any other error is rethrown, to show where it belongs.
        const attempted = await signIn
          .attemptFirstFactor({ strategy: 'password', password: this.password })
          .catch(async (error: unknown) => {
            await this.useFactor((await loadFirstFactorSteps()).breachedPasswordReset(error, signIn));
            this.status.formError = () => this.t('unstable__errors.form_password_pwned__sign_in');
          });
        if (attempted) await this.afterAttempt(attempted);
      },
      { password: 'password' },
    );
  };

  private submitCode = async (event?: SubmitEvent) => {
    event?.preventDefault();
    if (await this.rejectIncompleteCode(this.code)) return;
    await this.status.run(
      async () => {
        const factor = this.currentFactor(await loadFirstFactorSteps());
        const signIn = await this.loadedLatch.client.signIn.attemptFirstFactor({
          strategy: factor?.strategy ?? 'email_code',
          code: this.code,
        });
        await this.afterAttempt(signIn);
      },
      { code: 'code' },
    );
  };

  private async afterAttempt(signIn: SignIn): Promise<void> {
    if (signIn.status === 'complete') await this.finish(signIn.createdSessionId, 'signIn');
    else if (signIn.status === 'needs_second_factor') await this.startSecondFactor();
    else if (signIn.status === 'needs_new_password') this.go(STEP.resetPassword);
    else throw new Error(`Unsupported sign-in status: ${String(signIn.status)}`);
  }

  // ---- factor two: the second step of two-step verification (lazily loaded: steps/second-factor.ts) ------

  private async startSecondFactor(): Promise<void> {
    const step = await loadSecondFactorStep();
    await step.startSecondFactor(this.secondFactorContext());
    this.go(STEP.factorTwo);
  }

  private secondFactorContext(): SecondFactorContext {
    return {
      ui: this,
      status: this.status,
      signIn: () => this.loadedLatch.client.signIn,
      rejectIncompleteCode: (code) => this.rejectIncompleteCode(code),
      next: (signIn) => this.afterAttempt(signIn),
      focusHeading: () => void this.focusHeading(),
    };
  }

  // ---- footer and completion ----------------------------------------------------------------------------

  private renderFooter(): TemplateResult | typeof nothing {
    const latch = this.resolvedLatch;
    const href = this.signUpUrl || latch?.options.signUpUrl || latch?.environment?.displayConfig.signUpUrl || undefined;
    return this.footerAction(this.t('signIn.start.actionText'), this.t('signIn.start.actionLink'), href || undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-in': LatchSignIn;
  }
}
