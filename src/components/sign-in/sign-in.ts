import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComponentKey } from '../../appearance/index.js';
import type { SignIn } from '../../resources/index.js';
import { CODE_LENGTH, cardHeader, codeField, field, formAlert, loadingCard, primaryButton } from '../../ui/form.js';
import { keyIcon, mailIcon, pencilIcon } from '../../ui/icons.js';
import { FlowElement } from '../base/flow-element.js';
import { chooseFirstFactor, type FirstFactor, firstFactorsOf } from './factors.js';

/** The steps of the sign-in flow, named as Clerk's routes are. */
const STEP = { start: '', factorOne: 'factor-one', chooseStrategy: 'choose-strategy' } as const;

/**
 * @summary Sign-in card: identifier, then the first factor (password or email code), then signed in.
 *
 * @fires latch-sign-in-complete - The user is signed in; `detail.sessionId`. Cancel it to stay on the page.
 *
 * @cssproperty --clerk-color-primary - Buttons and links.
 * @cssproperty --clerk-color-background - Card background.
 */
export class LatchSignIn extends FlowElement {
  protected readonly componentKey: ComponentKey = 'signIn';

  /** Where the "Sign up" link goes. Defaults to the Latch option, then the instance setting. */
  @property({ attribute: 'sign-up-url' }) signUpUrl?: string;

  /** Prefills the identifier field (Clerk's `initialValues`). */
  @property({ attribute: false }) initialValues?: { emailAddress?: string; username?: string };

  @state() private identifier = '';
  @state() private password = '';
  @state() private code = '';
  @state() private showPassword = false;
  /** The first factor being used on the factor-one step (chosen by default or by "Use another method"). */
  @state() private factor?: FirstFactor;

  override connectedCallback(): void {
    super.connectedCallback();
    const initial = this.initialValues?.emailAddress ?? this.initialValues?.username;
    if (initial && !this.identifier) this.identifier = initial;
  }

  protected override stepChanged(): void {
    void this.focusHeading();
  }

  private get signIn(): SignIn | undefined {
    return this.resolvedLatch?.client?.signIn;
  }

  override render(): TemplateResult {
    const latch = this.resolvedLatch;
    if (!latch?.loaded || !latch.environment) {
      return html`<div class=${`${this.cls('rootBox')} ${this.scopeClass}`}>${loadingCard(this)}</div>`;
    }
    const signIn = this.signIn;
    const inFirstFactor = signIn?.status === 'needs_first_factor';
    if (this.step === STEP.factorOne && inFirstFactor) return this.card(this.renderFactorOne(), this.renderFooter());
    if (this.step === STEP.chooseStrategy && inFirstFactor) return this.card(this.renderChooseStrategy());
    return this.card(this.renderStart(), this.renderFooter());
  }

  // ---- start: who are you? ------------------------------------------------------------------------------

  private renderStart(): TemplateResult {
    const env = this.loadedLatch.environment;
    const usernameEnabled = env.userSettings.attributes.username?.enabled === true;
    const emailEnabled = env.userSettings.attributes.email_address?.enabled !== false;
    const labelKey =
      usernameEnabled && emailEnabled
        ? 'formFieldLabel__emailAddress_username'
        : usernameEnabled
          ? 'formFieldLabel__username'
          : 'formFieldLabel__emailAddress';
    return html`${cardHeader(this, {
      title: this.t('signIn.start.title'),
      subtitle: this.t('signIn.start.subtitle'),
      logoUrl: env.displayConfig.logoImageUrl,
      appName: env.displayConfig.applicationName,
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submitIdentifier}>
          ${field(this, {
            id: 'identifier',
            label: this.t(labelKey),
            name: 'identifier',
            type: usernameEnabled ? 'text' : 'email',
            inputmode: usernameEnabled ? 'text' : 'email',
            autocomplete: 'username webauthn',
            value: this.identifier,
            error: this.status.error('identifier'),
            required: true,
            autofocus: true,
            onInput: (value) => {
              this.identifier = value;
            },
          })}
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
      </div>`;
  }

  private submitIdentifier = async (event: SubmitEvent) => {
    event.preventDefault();
    const identifier = this.identifier.trim();
    if (!identifier) {
      await this.status.reject({ identifier: this.t('unstable__errors.form_param_nil') });
      return;
    }
    await this.status.run(
      async () => {
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
    if (signIn.status === 'needs_first_factor') {
      const preferred = this.loadedLatch.environment.displayConfig.preferredSignInStrategy;
      const factor = chooseFirstFactor(firstFactorsOf(signIn), preferred);
      if (!factor) throw new Error('No supported first factor');
      await this.useFactor(factor);
      return;
    }
    throw new Error(`Unsupported sign-in status: ${String(signIn.status)}`);
  }

  /** Switches the factor-one step to a factor, sending a code first when the factor needs one. */
  private async useFactor(factor: FirstFactor): Promise<void> {
    if (factor.strategy === 'email_code') {
      await this.loadedLatch.client.signIn.prepareFirstFactor({
        strategy: 'email_code',
        emailAddressId: factor.emailAddressId,
      });
    }
    this.factor = factor;
    this.code = '';
    this.password = '';
    this.go(STEP.factorOne);
  }

  // ---- factor one: prove it -----------------------------------------------------------------------------

  private get currentFactor(): FirstFactor | undefined {
    const factors = this.signIn ? firstFactorsOf(this.signIn) : [];
    if (this.factor && factors.some((f) => f.strategy === this.factor?.strategy)) return this.factor;
    const preferred = this.resolvedLatch?.environment?.displayConfig.preferredSignInStrategy;
    return chooseFirstFactor(factors, preferred);
  }

  private renderFactorOne(): TemplateResult {
    const factor = this.currentFactor;
    if (factor?.strategy === 'email_code') return this.renderEmailCode(factor);
    return this.renderPassword();
  }

  private identityPreview(): TemplateResult {
    const identifier = this.signIn?.identifier ?? this.identifier;
    return html`<div class=${this.cls('identityPreview')}>
      <span class=${this.cls('identityPreviewText')}>${identifier}</span>
      <button
        type="button"
        class=${this.cls('identityPreviewEditButton')}
        aria-label=${this.t('unstable__latch.editIdentifier')}
        @click=${() => this.go(STEP.start)}
      >
        ${pencilIcon()}
      </button>
    </div>`;
  }

  private renderPassword(): TemplateResult {
    return html`${cardHeader(this, { title: this.t('signIn.password.title'), subtitle: this.t('signIn.password.subtitle') })}
      ${this.identityPreview()}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submitPassword}>
          <input class="latch-visually-hidden" tabindex="-1" aria-hidden="true" name="username" autocomplete="username"
            .value=${this.signIn?.identifier ?? ''} readonly />
          ${field(this, {
            id: 'password',
            label: this.t('formFieldLabel__password'),
            name: 'password',
            type: 'password',
            autocomplete: 'current-password',
            value: this.password,
            error: this.status.error('password'),
            required: true,
            autofocus: true,
            reveal: { shown: this.showPassword, onToggle: () => (this.showPassword = !this.showPassword) },
            onInput: (value) => {
              this.password = value;
            },
          })}
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${this.alternativeMethodsLink()}
      </div>`;
  }

  private submitPassword = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!this.password) {
      await this.status.reject({ password: this.t('unstable__errors.form_param_nil') });
      return;
    }
    await this.status.run(
      async () => {
        const signIn = await this.loadedLatch.client.signIn.attemptFirstFactor({
          strategy: 'password',
          password: this.password,
        });
        await this.afterAttempt(signIn);
      },
      { password: 'password' },
    );
  };

  private renderEmailCode(factor: FirstFactor): TemplateResult {
    return html`${cardHeader(this, {
      title: this.t('signIn.emailCode.title'),
      subtitle: this.t('signIn.emailCode.subtitle'),
    })}
      ${this.identityPreview()}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submitCode}>
          ${codeField(this, {
            label: this.t('signIn.emailCode.formTitle'),
            value: this.code,
            error: this.status.error('code'),
            hint: factor.safeIdentifier
              ? this.t('unstable__latch.codeSentTo', { identifier: factor.safeIdentifier })
              : undefined,
            onInput: (code) => {
              this.code = code;
            },
            onComplete: () => void this.submitCode(),
          })}
          ${primaryButton(this, { label: this.t('formButtonPrimary'), busy: this.status.busy })}
        </form>
        ${this.alternativeMethodsLink()}
      </div>`;
  }

  private submitCode = async (event?: SubmitEvent) => {
    event?.preventDefault();
    if (this.code.length < CODE_LENGTH) {
      await this.status.reject({ code: this.t('unstable__errors.form_code_incorrect') });
      return;
    }
    await this.status.run(
      async () => {
        const signIn = await this.loadedLatch.client.signIn.attemptFirstFactor({
          strategy: 'email_code',
          code: this.code,
        });
        await this.afterAttempt(signIn);
      },
      { code: 'code' },
    );
  };

  private async afterAttempt(signIn: SignIn): Promise<void> {
    if (signIn.status === 'complete') await this.finish(signIn.createdSessionId, 'signIn');
    else throw new Error(`Unsupported sign-in status: ${String(signIn.status)}`);
  }

  // ---- alternative methods ------------------------------------------------------------------------------

  private alternativeMethodsLink(): TemplateResult | typeof nothing {
    const factors = this.signIn ? firstFactorsOf(this.signIn) : [];
    if (factors.length < 2) return nothing;
    return html`<div class=${this.cls('backRow')}>
      <button type="button" class=${this.cls('formButtonReset')} @click=${() => this.go(STEP.chooseStrategy)}>
        ${this.t('signIn.alternativeMethods.actionLink')}
      </button>
    </div>`;
  }

  private renderChooseStrategy(): TemplateResult {
    const factors = firstFactorsOf(this.loadedLatch.client.signIn);
    return html`${cardHeader(this, {
      title: this.t('signIn.alternativeMethods.title'),
      subtitle: this.t('signIn.alternativeMethods.subtitle'),
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <div class=${this.cls('alternativeMethods')}>
          ${factors.map(
            (factor) => html`<button
              type="button"
              class=${`${this.cls('button')} ${this.cls('alternativeMethodsBlockButton', { id: factor.strategy })}`}
              @click=${() => this.status.run(() => this.useFactor(factor))}
            >
              ${factor.strategy === 'email_code' ? mailIcon() : keyIcon()}
              <span>${
                factor.strategy === 'email_code'
                  ? this.t('signIn.alternativeMethods.blockButton__emailCode', {
                      identifier: factor.safeIdentifier ?? '',
                    })
                  : this.t('signIn.alternativeMethods.blockButton__password')
              }</span>
            </button>`,
          )}
        </div>
        <div class=${this.cls('backRow')}>
          <button type="button" class=${this.cls('backLink')} @click=${() => this.go(STEP.factorOne)}>
            ${this.t('backButton')}
          </button>
        </div>
      </div>`;
  }

  // ---- footer and completion ----------------------------------------------------------------------------

  private renderFooter(): TemplateResult | typeof nothing {
    const latch = this.resolvedLatch;
    const href = this.signUpUrl ?? latch?.options.signUpUrl ?? latch?.environment?.displayConfig.signUpUrl ?? undefined;
    return this.footerAction(this.t('signIn.start.actionText'), this.t('signIn.start.actionLink'), href || undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-in': LatchSignIn;
  }
}
