import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { SignIn } from '../../resources/index.js';
import { cardHeader, field, formAlert, primaryButton, stepLoading } from '../../ui/form.js';
import type { PhoneField } from '../../ui/phone-field.js';
import { FlowElement, SSO_CALLBACK_STEP } from '../base/flow-element.js';
import type { SignInFlow, SignInFlowHost } from './steps/factor-flow.js';

/**
 * Everything past the identifier (steps/factor-flow.ts): the factor steps, their submits, the choice of factors,
 * and where a sign-in goes next. The start step needs none of it.
 */
const loadFactorFlow = () => import('./steps/factor-flow.js');
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
    usePhone: { state: true },
  };
  protected readonly componentKey: ComponentKey = 'signIn';

  /** Where the "Sign up" link goes. Defaults to the Latch option, then the instance setting. */
  signUpUrl?: string;

  /** Prefills the identifier field (Clerk's `initialValues`); a phone number opens the phone field. */
  initialValues?: { emailAddress?: string; username?: string; phoneNumber?: string };

  private identifier = '';
  /** The start step asks for a phone number instead of an email/username (the "Use phone" toggle). */
  private usePhone?: boolean;
  /** The steps past the identifier, once their module is in (see #flow). */
  #steps?: SignInFlow;
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
    this.#steps?.stopEmailLink();
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
    // A cheap look before fetching the module: only an invitation link's page needs it (its ticketInUrl leaves a
    // ticket for a sign-up to the sign-up card, on a page that shows both).
    if (!location.search.includes('__clerk_ticket=') || !latch.client) return;
    const signIn = latch.client.signIn;
    void this.status.run(async () => {
      const { redeemTicket, ticketInUrl } = await loadInvitationTicket();
      const ticket = ticketInUrl('sign_in');
      if (ticket) await (await this.#flowReady()).afterSignInStep(await redeemTicket(signIn, ticket));
    });
  }

  protected override resetForm(): void {
    this.identifier = '';
    this.#phone?.clear();
    this.#steps?.reset();
  }

  /** The steps past the identifier once their module is in; until then `undefined`, with its download started. */
  #flow(): SignInFlow | undefined {
    const module = this.lazyStep(loadFactorFlow);
    if (module) this.#steps ??= new module.SignInFlow(this.#flowHost());
    return this.#steps;
  }

  /** The steps past the identifier, for a submit or a ticket that needs them now. */
  async #flowReady(): Promise<SignInFlow> {
    const module = await loadFactorFlow();
    this.#steps ??= new module.SignInFlow(this.#flowHost());
    return this.#steps;
  }

  #flowHost(): SignInFlowHost {
    return {
      ui: this,
      status: this.status,
      latch: () => this.loadedLatch,
      identifier: () => this.identifier,
      go: (step) => this.go(step),
      finish: (sessionId) => this.finish(sessionId, 'signIn'),
      focusHeading: () => void this.focusHeading(),
      stepUrl: (step) => this.stepUrl(step),
      redirectProps: () => ({ forceRedirectUrl: this.forceRedirectUrl, fallbackRedirectUrl: this.fallbackRedirectUrl }),
      lazyStep: (loader) => this.lazyStep(loader),
      loadPasskeyStep,
    };
  }

  private get signIn(): SignIn | undefined {
    return this.resolvedLatch?.client?.signIn;
  }

  override render(): TemplateResult {
    this.offerAutofill = false;
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const signIn = this.signIn;
    const linkStatus = this.emailLinkStatus();
    if (linkStatus) {
      const steps = this.lazyStep(loadFactorFlow);
      return this.card(steps ? steps.renderEmailLinkStatus(this, linkStatus, () => this.go('')) : stepLoading(this));
    }
    // Back from an OAuth provider: finish (signed in, transferred to a sign-up, or the next step).
    if (this.step === SSO_CALLBACK_STEP) return this.card(this.renderSsoCallback('signIn'));
    // Past the start, a sign-in awaiting a factor or a new password shows the step its module routes to.
    const status = signIn?.status;
    if (
      signIn &&
      this.step &&
      (status === 'needs_first_factor' || status === 'needs_second_factor' || status === 'needs_new_password')
    ) {
      const flow = this.#flow();
      const view = flow ? flow.render(this.step, signIn) : { body: stepLoading(this), footer: false };
      if (view) return this.card(view.body, view.footer ? this.renderFooter() : nothing);
    }
    // Fetch the next steps while the user types the identifier.
    this.prefetchStep(loadFactorFlow);
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
      const signIn = await step.signInWithPasskey(this.loadedLatch.client.signIn, 'discoverable');
      await (await this.#flowReady()).afterAttempt(signIn);
    });
  };

  /** Passkeys in the identifier field's autofill: picking one signs in, as the button does. */
  private async startPasskeyAutofill(): Promise<void> {
    const step = await loadPasskeyStep();
    if (!this.isConnected || !this.offerAutofill) return;
    await step.startPasskeyAutofill(
      this,
      this.loadedLatch.client.signIn,
      (signIn) => this.status.run(async () => (await this.#flowReady()).afterAttempt(signIn)).then(() => undefined),
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
    // The next steps' module, if the idle prefetch has not fetched it yet: it downloads during the round trip.
    this.lazyStep(loadFactorFlow);
    // The identifier wins over a passkey the autofill could still offer: that request would end on a stale sign-in.
    await this.status.run(
      async () => {
        await passkeyStep?.stopPasskeyAutofill(this);
        const signIn = await this.loadedLatch.client.signIn.create({ identifier });
        await (await this.#flowReady()).afterSignInStep(signIn);
      },
      { identifier: 'identifier', email_address: 'identifier', username: 'identifier' },
    );
  };

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
