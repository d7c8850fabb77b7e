import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComponentKey } from '../../appearance/index.js';
import type { Latch } from '../../core/latch.js';
import type { AttributeName, SignUp } from '../../resources/index.js';
import { cardHeader, codeField, field, formAlert, primaryButton } from '../../ui/form.js';
import { FlowElement, SSO_CALLBACK_STEP } from '../base/flow-element.js';
import { ResendCooldown, resendLink } from '../base/resend-cooldown.js';
import { signUpCss } from './sign-up.styles.js';

const STEP = { start: '', verifyEmail: 'verify-email-address' } as const;

type SignUpField = 'firstName' | 'lastName' | 'username' | 'emailAddress' | 'password';

/** FAPI param names → our field ids. */
const PARAM_TO_FIELD = {
  first_name: 'firstName',
  last_name: 'lastName',
  username: 'username',
  email_address: 'emailAddress',
  password: 'password',
  code: 'code',
};

/**
 * @summary Sign-up card: the instance's fields (email and password in this slice), then the email code, then signed in.
 *
 * @fires latch-sign-up-complete - The user is signed up and signed in; `detail.sessionId`. Cancel it to stay.
 */
export class LatchSignUp extends FlowElement {
  // Names (one row), email, password: the shape of the usual instance, so the card rarely changes height.
  protected override readonly placeholderShape = { fields: 3, footer: true };

  protected readonly componentKey: ComponentKey = 'signUp';

  protected override get elementCss(): typeof signUpCss {
    return signUpCss;
  }

  /** Where the "Sign in" link goes. Defaults to the Latch option, then the instance setting. */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  /** Prefills fields (Clerk's `initialValues`). */
  @property({ attribute: false }) initialValues?: Partial<Record<SignUpField, string>>;

  @state() private values: Record<SignUpField, string> = {
    firstName: '',
    lastName: '',
    username: '',
    emailAddress: '',
    password: '',
  };
  @state() private code = '';
  @state() private showPassword = false;
  readonly #resendCooldown = new ResendCooldown(this);
  /** The Latch whose in-progress sign-up filled the form (once per Latch: see latchChanged). */
  #restoredFrom?: Latch;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialValues) this.values = { ...this.values, ...this.initialValues };
  }

  /**
   * After a reload in the middle of a sign-up, the form starts from what the server's sign-up remembers, so
   * "Go back" from the code step shows the address (and names) typed before, not an empty form.
   */
  protected override latchChanged(): void {
    const latch = this.resolvedLatch;
    if (!latch?.loaded || latch === this.#restoredFrom) return;
    this.#restoredFrom = latch;
    const signUp = latch.client?.signUp;
    if (!signUp?.id || this.values.emailAddress) return;
    this.values = {
      ...this.values,
      emailAddress: signUp.emailAddress ?? '',
      firstName: signUp.firstName ?? '',
      lastName: signUp.lastName ?? '',
      username: signUp.username ?? '',
    };
  }

  protected override resetForm(): void {
    this.values = { firstName: '', lastName: '', username: '', emailAddress: '', password: '' };
    this.code = '';
    this.showPassword = false;
  }

  private get signUp(): SignUp | undefined {
    return this.resolvedLatch?.client?.signUp;
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const awaitingEmail =
      this.signUp?.status === 'missing_requirements' && this.signUp.unverifiedFields.includes('email_address');
    // Back from an OAuth provider: finish (signed up, on to a missing field, or transferred to a sign-in).
    if (this.step === SSO_CALLBACK_STEP) return this.card(this.renderSsoCallback('signUp'));
    if (this.step === STEP.verifyEmail && awaitingEmail)
      return this.card(this.renderVerifyEmail(), this.renderFooter());
    return this.card(this.renderStart(), this.renderFooter());
  }

  // ---- start --------------------------------------------------------------------------------------------

  private attribute(name: AttributeName) {
    return this.resolvedLatch?.environment?.userSettings.attributes[name];
  }

  private renderStart(): TemplateResult {
    const env = this.loadedLatch.environment;
    const on = (name: AttributeName) => this.attribute(name)?.enabled === true;
    const required = (name: AttributeName) => this.attribute(name)?.required === true;
    const minLength = env.userSettings.passwordSettings.minLength;
    const input = (id: SignUpField) => (value: string) => {
      this.values = { ...this.values, [id]: value };
    };
    const optional = this.t('formFieldHintText__optional');
    return html`${cardHeader(this, {
      title: this.t('signUp.start.title'),
      subtitle: this.t('signUp.start.subtitle'),
      logoUrl: env.displayConfig.logoImageUrl,
      appName: env.displayConfig.applicationName,
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)} ${this.socialSection('signUp', 'top')}
        <form class=${this.cls('form')} novalidate @submit=${this.submitStart}>
          ${
            on('first_name') || on('last_name')
              ? html`<div class=${this.cls('formFieldRow', { id: 'name' })}>
                ${on('first_name') ? this.textField('firstName', 'formFieldLabel__firstName', 'given-name', required('first_name') ? undefined : optional, input('firstName')) : nothing}
                ${on('last_name') ? this.textField('lastName', 'formFieldLabel__lastName', 'family-name', required('last_name') ? undefined : optional, input('lastName')) : nothing}
              </div>`
              : nothing
          }
          ${on('username') ? this.textField('username', 'formFieldLabel__username', 'username', required('username') ? undefined : optional, input('username')) : nothing}
          ${field(this, {
            id: 'emailAddress',
            label: this.t('formFieldLabel__emailAddress'),
            name: 'emailAddress',
            type: 'email',
            inputmode: 'email',
            autocomplete: 'email',
            value: this.values.emailAddress,
            error: this.status.error('emailAddress'),
            required: true,
            autofocus: true,
            onInput: input('emailAddress'),
          })}
          ${
            on('password')
              ? field(this, {
                  id: 'password',
                  label: this.t('formFieldLabel__password'),
                  name: 'password',
                  type: 'password',
                  autocomplete: 'new-password',
                  value: this.values.password,
                  error: this.status.error('password'),
                  hint: minLength ? this.t('unstable__latch.passwordMinLength', { min_length: minLength }) : undefined,
                  required: true,
                  reveal: { shown: this.showPassword, onToggle: () => (this.showPassword = !this.showPassword) },
                  onInput: input('password'),
                })
              : nothing
          }
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${this.socialSection('signUp', 'bottom')}
      </div>`;
  }

  private textField(
    id: SignUpField,
    labelKey: string,
    autocomplete: string,
    hint: string | undefined,
    onInput: (v: string) => void,
  ) {
    return field(this, {
      id,
      label: this.t(labelKey),
      name: id,
      autocomplete,
      value: this.values[id],
      error: this.status.error(id),
      hint,
      required: !hint,
      onInput,
    });
  }

  private submitStart = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing = this.missingRequiredFields();
    if (missing.length) {
      await this.status.reject(
        Object.fromEntries(missing.map((id) => [id, () => this.t('unstable__errors.form_param_nil')])),
      );
      return;
    }
    const { firstName, lastName, username, emailAddress, password } = this.values;
    if (await this.rejectHiddenCharacters('emailAddress', emailAddress)) return;
    const on = (name: AttributeName) => this.attribute(name)?.enabled === true;
    await this.status.run(async () => {
      const signUp = await this.loadedLatch.client.signUp.create({
        emailAddress: emailAddress.trim(),
        password: on('password') ? password : undefined,
        firstName: on('first_name') && firstName.trim() ? firstName.trim() : undefined,
        lastName: on('last_name') && lastName.trim() ? lastName.trim() : undefined,
        username: on('username') && username.trim() ? username.trim() : undefined,
      });
      await this.afterSignUpStep(signUp);
    }, PARAM_TO_FIELD);
  };

  private missingRequiredFields(): SignUpField[] {
    const checks: Array<[SignUpField, AttributeName]> = [
      ['firstName', 'first_name'],
      ['lastName', 'last_name'],
      ['username', 'username'],
      ['emailAddress', 'email_address'],
      ['password', 'password'],
    ];
    return checks
      .filter(([id, attr]) => {
        const a = this.attribute(attr);
        const needed =
          attr === 'email_address' || (a?.enabled === true && (a.required === true || attr === 'password'));
        return needed && !this.values[id].trim();
      })
      .map(([id]) => id);
  }

  private async afterSignUpStep(signUp: SignUp): Promise<void> {
    if (signUp.status === 'complete') {
      await this.finish(signUp.createdSessionId, 'signUp');
      return;
    }
    if (signUp.unverifiedFields.includes('email_address')) {
      await signUp.prepareEmailAddressVerification({ strategy: 'email_code' });
      this.#resendCooldown.start();
      this.code = '';
      this.go(STEP.verifyEmail);
      return;
    }
    throw new Error(`Sign-up needs fields this form does not have: ${signUp.missingFields.join(', ')}`);
  }

  // ---- verify the email address -------------------------------------------------------------------------

  private renderVerifyEmail(): TemplateResult {
    return html`${cardHeader(this, {
      title: this.t('signUp.emailCode.title'),
      subtitle: this.t('signUp.emailCode.subtitle'),
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submitCode}>
          ${codeField(this, {
            label: this.t('signUp.emailCode.formTitle'),
            value: this.code,
            error: this.status.error('code'),
            hint: this.t('unstable__latch.codeSentTo', { identifier: this.signUp?.emailAddress ?? '' }),
            onInput: (code) => {
              this.code = code;
            },
            onComplete: () => void this.submitCode(),
          })}
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${resendLink(this, {
          label: this.t('signUp.emailCode.resendButton'),
          cooldown: this.#resendCooldown,
          onResend: () =>
            this.status.run(async () => {
              await this.loadedLatch.client.signUp.prepareEmailAddressVerification({ strategy: 'email_code' });
            }),
        })}
        <div class=${this.cls('backRow')}>
          <button type="button" class=${this.cls('backLink')} @click=${() => this.go(STEP.start)}>${this.t('backButton')}</button>
        </div>
      </div>`;
  }

  private submitCode = async (event?: SubmitEvent) => {
    event?.preventDefault();
    if (await this.rejectIncompleteCode(this.code)) return;
    await this.status.run(async () => {
      const signUp = await this.loadedLatch.client.signUp.attemptEmailAddressVerification({ code: this.code });
      if (signUp.status === 'complete') await this.finish(signUp.createdSessionId, 'signUp');
      else throw new Error(`Sign-up needs more: ${signUp.missingFields.join(', ')}`);
    }, PARAM_TO_FIELD);
  };

  // ---- footer and completion ----------------------------------------------------------------------------

  private renderFooter(): TemplateResult | typeof nothing {
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
