import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { Latch } from '../../core/latch.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import type { AttributeName, SignUp } from '../../resources/index.js';
import { cardHeader, type FieldOptions, field, formAlert, primaryButton, stepLoading } from '../../ui/form.js';
import type { PhoneField } from '../../ui/phone-field.js';
import { FlowElement, SSO_CALLBACK_STEP } from '../base/flow-element.js';
import { signUpCss } from './sign-up.styles.js';
import type { StrengthMeter } from './steps/password-aids.js';
import type { SignUpFlow, SignUpFlowHost } from './steps/sign-up-flow.js';
import { isInvitedSignUp } from './ticket.js';

/**
 * The start form's parts that only some instances turn on (the legal consent checkbox, the CAPTCHA slot), with the
 * consent's strings: fetched when the environment turns one on, never by the usual instance.
 */
const loadStartExtras = () =>
  import('./start-extras.js').then((extras) => {
    registerDefaultStrings(extras.strings);
    return extras;
  });
const loadPhoneField = () => import('../../ui/phone-field.js');
/**
 * The strength estimator (zxcvbn), or an empty module when it could not be fetched: the meter is an aid, so the card
 * goes on without it (the rules stay listed, and the server still refuses a weak password). The steps' module
 * (steps/password-aids.ts) decides when; the import stays here, in a module dist/latch.full.js evaluates with its
 * script, where scripts/full-build-strength.mjs points it at the file beside that script.
 */
const loadPasswordStrength = (): Promise<StrengthMeter> =>
  import('./password-strength.js').then(
    (meter) => {
      registerDefaultStrings(meter.strings);
      return meter;
    },
    () => ({}),
  );
/**
 * Everything after the start form (steps/sign-up-flow.ts): where a sign-up goes next, the continue and
 * verification steps, email links, the card of closed sign-ups, and the password field's aids (show/hide button,
 * rules, strength line).
 */
const loadMoreSteps = () =>
  import('./steps/sign-up-flow.js').then((steps) => {
    registerDefaultStrings(steps.strings);
    return steps;
  });

export type SignUpField = 'firstName' | 'lastName' | 'username' | 'emailAddress' | 'phoneNumber' | 'password';

/** Each field's attribute in the environment, which is also its FAPI param name. */
const FIELD_ATTRIBUTE: Record<SignUpField, AttributeName> = {
  firstName: 'first_name',
  lastName: 'last_name',
  username: 'username',
  emailAddress: 'email_address',
  phoneNumber: 'phone_number',
  password: 'password',
};
const FIELDS = Object.keys(FIELD_ATTRIBUTE) as SignUpField[];

/** FAPI param names → our field ids. */
const PARAM_TO_FIELD: Record<string, string> = {
  ...Object.fromEntries(FIELDS.map((id) => [FIELD_ATTRIBUTE[id], id])),
  legal_accepted: 'legalAccepted',
  code: 'code',
};

/** What each field asks the browser to autofill. */
const AUTOCOMPLETE: Record<SignUpField, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  username: 'username',
  emailAddress: 'email',
  phoneNumber: 'tel',
  password: 'new-password',
};

const emptyValues = () => Object.fromEntries(FIELDS.map((id) => [id, ''])) as Record<SignUpField, string>;

/**
 * @summary Sign-up card: the fields the instance turns on (names, username, email, phone, password), then a code
 * for each identifier that must be verified (email, phone), with a "continue" step for anything the server
 * still misses, then signed in.
 *
 * @fires latch-sign-up-complete - The user is signed up and signed in; `detail.sessionId`. Cancel it to stay.
 */
export class LatchSignUp extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    signInUrl: { attribute: 'sign-in-url' },
    initialValues: { attribute: false },
    unsafeMetadata: { attribute: false },
    values: { state: true },
    showPassword: { state: true },
    legalAccepted: { state: true },
    passwordFocused: { state: true },
  };
  // Names (one row), email, password: the shape of the usual instance, so the card rarely changes height.
  protected override readonly placeholderShape = { fields: 3, footer: true };

  protected readonly componentKey: ComponentKey = 'signUp';

  protected override get elementCss(): typeof signUpCss {
    return signUpCss;
  }

  /** Where the "Sign in" link goes. Defaults to the Latch option, then the instance setting. */
  signInUrl?: string;

  /** Prefills fields (Clerk's `initialValues`); `phoneNumber` in E.164. */
  initialValues?: Partial<Record<SignUpField, string>>;

  /** Stored on the new user as `unsafe_metadata` (Clerk's `unsafeMetadata` prop). */
  unsafeMetadata?: Record<string, unknown>;

  private values: Record<SignUpField, string> = emptyValues();
  private showPassword = false;
  /** The consent checkbox (instances with `legal_consent_enabled`). */
  private legalAccepted = false;
  /** The password field has had focus: its rules show, and the strength meter's chunk may load (never before). */
  private passwordFocused = false;
  /** The phone number field, once its lazy module (libphonenumber-js) is in. */
  #phone?: PhoneField;
  /** The Latch whose in-progress sign-up filled the form (once per Latch: see latchChanged). */
  #restoredFrom?: Latch;
  /** The steps after the start form, once their module is in (see #flow). */
  #steps?: SignUpFlow;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialValues) this.values = { ...this.values, ...this.initialValues };
  }

  /**
   * Once per Latch: on an invitation link's page (a cheap look before fetching the ticket code) the steps' module
   * redeems the ticket if the link names no other card (SignUpFlow.redeemTicket). After a reload in the middle of a
   * sign-up, the form starts from what the server's sign-up remembers, so "Go back" from the code step shows the
   * address (and names) typed before, not an empty form.
   */
  protected override latchChanged(): void {
    const latch = this.resolvedLatch;
    if (!latch?.loaded || latch === this.#restoredFrom) return;
    this.#restoredFrom = latch;
    const signUp = latch.client?.signUp;
    if (location.search.includes('__clerk_ticket=') && signUp) {
      void this.status.run(async () => (await this.#flowReady()).redeemTicket(signUp));
      return;
    }
    if (!signUp?.id || this.values.emailAddress) return;
    // The server keeps every field of the form but the password.
    const remembered = signUp as Partial<Record<SignUpField, string | null>>;
    this.values = Object.fromEntries(
      FIELDS.map((id) => [id, (id === 'password' ? this.values : remembered)[id] ?? '']),
    ) as Record<SignUpField, string>;
    if (this.#phone) this.#phone.value = this.values.phoneNumber;
  }

  protected override resetForm(): void {
    this.values = emptyValues();
    this.#phone?.clear();
    this.#steps?.reset();
    this.showPassword = false;
    this.passwordFocused = false;
    this.legalAccepted = false;
  }

  /** The steps after the start form once their module is in; until then `undefined`, with its download started. */
  #flow(): SignUpFlow | undefined {
    const module = this.lazyStep(loadMoreSteps);
    if (module) this.#steps ??= new module.SignUpFlow(this.#flowHost());
    return this.#steps;
  }

  /** The steps after the start form, for a submit that needs them now. */
  async #flowReady(): Promise<SignUpFlow> {
    const module = await loadMoreSteps();
    this.#steps ??= new module.SignUpFlow(this.#flowHost());
    return this.#steps;
  }

  #flowHost(): SignUpFlowHost {
    return {
      ui: this,
      status: this.status,
      lazy: (loader) => this.lazyStep(loader),
      loadStrengthMeter: loadPasswordStrength,
      latch: () => this.loadedLatch,
      go: (step) => this.go(step),
      finish: (sessionId) => this.finish(sessionId, 'signUp'),
      missingFields: () => this.#missingFields(),
      renderFields: (ids) => this.#renderFields(ids),
      rejectInvalid: async (ids) =>
        (await this.#rejectEmpty(ids)) || (this.#steps?.rejectUnmetPasswordRules(ids, this.values.password) ?? false),
      paramsOf: (ids) => this.#paramsOf(ids),
      paramFields: PARAM_TO_FIELD,
      fill: (values) => {
        this.values = { ...this.values, ...values };
      },
    };
  }

  get #signUp(): SignUp | undefined {
    return this.resolvedLatch?.client?.signUp;
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const linkStatus = this.emailLinkStatus();
    if (linkStatus) {
      const flow = this.#flow();
      return this.card(
        flow ? flow.renderLinkLanding(linkStatus, Boolean(this.resolvedLatch?.user)) : stepLoading(this),
      );
    }
    // Back from an OAuth provider: finish (signed up, on to a missing field, or transferred to a sign-in).
    if (this.step === SSO_CALLBACK_STEP) return this.card(this.renderSsoCallback('signUp'));
    const signUp = this.#signUp;
    const pending = signUp?.status === 'missing_requirements';
    // Past the start, a sign-up that misses something shows the step its module routes to.
    if (pending && this.step) {
      const flow = this.#flow();
      const body = flow ? flow.render(this.step, signUp) : stepLoading(this);
      if (body) return this.card(body, this.#renderFooter());
    }
    // Closed sign-ups (invitations only, a waitlist): the steps' module says why, unless this visitor has an
    // invitation. A spent or expired invitation ticket lands here too (the ticket left the URL).
    if (this.loadedLatch.environment.userSettings.signUp.mode !== 'public' && !pending) {
      const flow = this.#flow();
      const closed = flow ? flow.renderClosed() : stepLoading(this);
      if (closed) return this.card(html`${formAlert(this, this.status.formError)}${closed}`, this.#renderFooter());
    }
    // Fetch the code step while the user fills the form.
    this.lazyStep(loadMoreSteps);
    return this.card(this.#renderStart(), this.#renderFooter());
  }

  // ---- fields -------------------------------------------------------------------------------------------

  #attribute(id: SignUpField) {
    return this.resolvedLatch?.environment?.userSettings.attributes[FIELD_ATTRIBUTE[id]];
  }

  /**
   * Email and password are always asked for when on (a user needs an address, unless the instance is
   * phone-only: email off, the phone number required).
   */
  #isRequired(id: SignUpField): boolean {
    return id === 'emailAddress' || id === 'password' || this.#attribute(id)?.required === true;
  }

  /** Whether the instance asks for this field at all (email unless it is turned off). */
  #isEnabled(id: SignUpField): boolean {
    const enabled = this.#attribute(id)?.enabled;
    return id === 'emailAddress' ? enabled !== false : enabled === true;
  }

  /** The fields of the start step: the instance's, less the optional ones when `showOptionalFields` is off. */
  #startFields(): SignUpField[] {
    const showOptional = this.resolvedAppearance.options.showOptionalFields !== false;
    return FIELDS.filter((id) => this.#isEnabled(id) && (showOptional || this.#isRequired(id)));
  }

  /** Fields the server says are still missing, among those this card can ask for. */
  #missingFields(): SignUpField[] {
    const missing = this.#signUp?.missingFields ?? [];
    return FIELDS.filter((id) => missing.includes(FIELD_ATTRIBUTE[id]));
  }

  #renderFields(ids: SignUpField[], autofocus = true): TemplateResult {
    const isName = (id: SignUpField) => id === 'firstName' || id === 'lastName';
    const names = ids.filter(isName);
    const rest = ids.filter((id) => !isName(id));
    return html`${
      names.length
        ? html`<div class=${this.cls('formFieldRow', { id: 'name' })}>${names.map((id, i) => this.#renderField(id, autofocus && i === 0))}</div>`
        : nothing
    }${rest.map((id, i) => this.#renderField(id, autofocus && !names.length && i === 0))}`;
  }

  #renderField(id: SignUpField, autofocus: boolean): TemplateResult {
    const required = this.#isRequired(id);
    const options: Omit<FieldOptions, 'value' | 'onInput'> = {
      id,
      autocomplete: AUTOCOMPLETE[id],
      label: this.t(`formFieldLabel__${id}`),
      name: id,
      error: this.status.error(id),
      hint: required ? undefined : this.t('formFieldHintText__optional'),
      required,
      autofocus,
    };
    const onInput = (value: string) => {
      this.values = { ...this.values, [id]: value };
    };
    if (id === 'password') return this.#renderPasswordField(options, onInput);
    // The phone number is a plain tel input until its field (country picker, formatting) is in.
    const phone = id === 'phoneNumber' && this.#phoneField();
    if (phone) return phone.render(options);
    // The address an invitation was sent to is fixed by the ticket.
    const invited = id === 'emailAddress' && isInvitedSignUp(this.#signUp);
    const type = id === 'emailAddress' ? 'email' : id === 'phoneNumber' ? 'tel' : 'text';
    return field(this, {
      ...options,
      ...(invited ? { readonly: true, autofocus: false, hint: this.t('signUp.invitation.emailAddressHint') } : {}),
      type,
      inputmode: type === 'text' ? undefined : type,
      value: this.values[id],
      onInput,
    });
  }

  /**
   * The password: a plain input on the first paint; its show/hide button, rules and strength line come with the
   * steps' module, which the first render fetches (SignUpFlow.passwordAids).
   */
  #renderPasswordField(options: Omit<FieldOptions, 'value' | 'onInput'>, onInput: (value: string) => void) {
    const { firstName, lastName, emailAddress, username, password } = this.values;
    return field(this, {
      ...options,
      type: 'password',
      value: password,
      hint: undefined,
      onFocus: () => {
        this.passwordFocused = true;
      },
      onInput,
      ...this.#flow()?.passwordAids({
        password,
        shown: this.showPassword,
        onToggle: () => {
          this.showPassword = !this.showPassword;
        },
        focused: this.passwordFocused,
        related: [firstName, lastName, emailAddress, username],
      }),
    });
  }

  /** The phone number field once libphonenumber-js is in; it takes over what the plain tel input held. */
  #phoneField(): PhoneField | undefined {
    const module = this.lazyStep(loadPhoneField);
    if (module && !this.#phone) {
      this.#phone = new module.PhoneField(this, () => this.localizer.locale);
      this.#phone.value = this.values.phoneNumber;
    }
    return this.#phone;
  }

  #fieldValue(id: SignUpField): string {
    if (id === 'phoneNumber') return this.#phone ? this.#phone.value : this.values.phoneNumber.trim();
    return id === 'password' ? this.values.password : this.values[id].trim();
  }

  /** Refuses empty required fields at once (localized, at the field), without a round trip. */
  async #rejectEmpty(ids: SignUpField[]): Promise<boolean> {
    const empty = ids.filter((id) => this.#isRequired(id) && !this.#fieldValue(id));
    if (!empty.length) return false;
    await this.status.reject(
      Object.fromEntries(empty.map((id) => [id, () => this.t('unstable__errors.form_param_nil')])),
    );
    return true;
  }

  /** The params of the given fields, skipping optional ones left empty. */
  #paramsOf(ids: SignUpField[]): Partial<Record<SignUpField, string>> {
    return Object.fromEntries(ids.map((id) => [id, this.#fieldValue(id)]).filter(([, value]) => value));
  }

  // ---- parts some instances turn on ----------------------------------------------------------------------

  /** Whether the instance asks for legal consent (`legal_consent_enabled`) and for a CAPTCHA (`captcha_enabled`). */
  get #startOptions(): { legalConsentEnabled: boolean; captchaEnabled?: unknown } {
    return this.loadedLatch.environment.userSettings.signUp;
  }

  /**
   * The module of the consent checkbox and the CAPTCHA slot when the instance turns one on (`undefined` while it
   * arrives; the start form waits for it, so it never shows without its checkbox), `null` when it turns neither on.
   */
  #startExtras() {
    const { legalConsentEnabled, captchaEnabled } = this.#startOptions;
    return legalConsentEnabled || captchaEnabled === true ? this.lazyStep(loadStartExtras) : null;
  }

  // ---- start --------------------------------------------------------------------------------------------

  #renderStart(): TemplateResult {
    const env = this.loadedLatch.environment;
    const extras = this.#startExtras();
    // A failed download says so (the network error) above the spinner; a render after a moment tries again.
    if (extras === undefined) return html`${formAlert(this, this.status.formError)}${stepLoading(this)}`;
    return html`${cardHeader(this, {
      title: this.t('signUp.start.title'),
      subtitle: this.t('signUp.start.subtitle'),
      logoUrl: env.displayConfig.logoImageUrl,
      appName: env.displayConfig.applicationName,
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)} ${this.socialSection('signUp', 'top')}
        <form class=${this.cls('form')} novalidate @submit=${this.#submitStart}>
          ${this.#renderFields(this.#startFields())}
          ${
            extras && this.#startOptions.legalConsentEnabled
              ? extras.renderLegalConsent(
                  this,
                  env.displayConfig,
                  this.legalAccepted,
                  this.status.error('legalAccepted'),
                  (accepted) => (this.legalAccepted = accepted),
                )
              : nothing
          }
          ${
            extras && this.#startOptions.captchaEnabled === true
              ? extras.renderCaptchaSlot(this, this.resolvedAppearance.captcha, this.localizer.locale)
              : nothing
          }
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${this.socialSection('signUp', 'bottom')}
      </div>`;
  }

  #submitStart = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = this.#startFields();
    if (await this.#rejectEmpty(fields)) return;
    // The steps' module, fetched since the first render, has the rules; should it fail to arrive, the submit below
    // says so.
    const steps = this.#steps ?? (await this.#flowReady().catch(() => undefined));
    if (await steps?.rejectUnmetPasswordRules(fields, this.values.password)) return;
    if (await this.rejectHiddenCharacters('emailAddress', this.values.emailAddress)) return;
    const consent = this.#startOptions.legalConsentEnabled;
    if (consent && !this.legalAccepted) {
      await this.status.reject({ legalAccepted: () => this.t('unstable__errors.form_param_missing__legal_accepted') });
      return;
    }
    await this.status.run(async () => {
      await (await this.#flowReady()).start(
        {
          ...this.#paramsOf(fields),
          ...(consent ? { legalAccepted: true } : {}),
          ...(this.unsafeMetadata ? { unsafeMetadata: this.unsafeMetadata } : {}),
        },
        isInvitedSignUp(this.#signUp),
      );
    }, PARAM_TO_FIELD);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Through the flow, as sign-in does, not lazyStep: that adopts the steps' sheets, and a detached element's root
    // is the document, where they landed before the next card's base sheet (its code input lost its size to it).
    this.#steps?.stopEmailLink();
  }

  // ---- footer and completion ----------------------------------------------------------------------------

  #renderFooter(): TemplateResult | typeof nothing {
    const latch = this.resolvedLatch;
    const href = this.signInUrl || latch?.options.signInUrl || latch?.environment?.displayConfig.signInUrl || undefined;
    return this.footerAction(this.t('signUp.start.actionText'), this.t('signUp.start.actionLink'), href || undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-up': LatchSignUp;
  }
}
