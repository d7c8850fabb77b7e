import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { cardHeader, field, formAlert, primaryButton } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import { waitlistCss } from './waitlist.styles.js';

/**
 * @summary Waitlist card (Clerk's `<Waitlist/>`): an email field to join the instance's waitlist, then a success
 * state; "Already have access? Sign in" below.
 *
 * @fires latch-waitlist-join - The address is on the waitlist; `detail.id` is the entry. Cancel it to stay on the
 * success state instead of following `afterJoinWaitlistUrl`.
 */
export class LatchWaitlist extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    afterJoinWaitlistUrl: { attribute: 'after-join-waitlist-url' },
    signInUrl: { attribute: 'sign-in-url' },
    initialValues: { attribute: false },
    emailAddress: { state: true },
    joined: { state: true },
  };
  protected override readonly placeholderShape = { fields: 1, footer: true };

  protected readonly componentKey: ComponentKey = 'waitlist';

  protected override get elementCss(): typeof waitlistCss {
    return waitlistCss;
  }

  /** Where to go once the address is on the list; without it the card shows its success state. */
  afterJoinWaitlistUrl?: string;

  /** Where "Sign in" goes. Defaults to the Latch option, then the instance setting. */
  signInUrl?: string;

  /** Prefills the address (Clerk's `initialValues.emailAddress`). */
  initialValues?: { emailAddress?: string };

  private emailAddress = '';
  private joined = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialValues?.emailAddress && !this.emailAddress) this.emailAddress = this.initialValues.emailAddress;
  }

  protected override resetForm(): void {
    this.emailAddress = '';
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    return this.card(this.joined ? this.renderSuccess() : this.renderStart(), this.renderFooter());
  }

  private renderStart(): TemplateResult {
    const display = this.loadedLatch.environment.displayConfig;
    return html`${cardHeader(this, {
      title: this.t('waitlist.start.title'),
      subtitle: this.t('waitlist.start.subtitle'),
      logoUrl: display.logoImageUrl,
      appName: display.applicationName,
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submit}>
          ${field(this, {
            id: 'emailAddress',
            label: this.t('formFieldLabel__emailAddress'),
            name: 'emailAddress',
            type: 'email',
            inputmode: 'email',
            autocomplete: 'email',
            placeholder: this.t('formFieldInputPlaceholder__emailAddress'),
            value: this.emailAddress,
            error: this.status.error('emailAddress'),
            required: true,
            autofocus: true,
            onInput: (value) => {
              this.emailAddress = value;
            },
          })}
          ${primaryButton(this, { label: this.t('waitlist.start.formButton'), busy: this.status.busy })}
        </form>
      </div>`;
  }

  private renderSuccess(): TemplateResult {
    return html`${cardHeader(this, {
      title: this.t('waitlist.success.title'),
      subtitle: this.t('waitlist.success.subtitle'),
    })}
      <div class=${this.cls('main')}>
        <p class=${this.cls('formFieldSuccessText')} role="status">${this.t('waitlist.success.message')}</p>
      </div>`;
  }

  private submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const email = this.emailAddress.trim();
    if (!email) {
      await this.status.reject({ emailAddress: () => this.t('unstable__errors.form_param_nil') });
      return;
    }
    if (await this.rejectHiddenCharacters('emailAddress', email)) return;
    await this.status.run(
      async () => {
        const entry = await this.loadedLatch.joinWaitlist({ emailAddress: email });
        this.joined = true;
        this.stepChanged();
        if (this.emit('latch-waitlist-join', { id: entry.id }) && this.afterJoinWaitlistUrl) {
          await this.loadedLatch.navigate(this.afterJoinWaitlistUrl);
        }
      },
      { email_address: 'emailAddress' },
    );
  };

  private renderFooter(): TemplateResult | typeof nothing {
    if (this.joined) return nothing;
    const latch = this.resolvedLatch;
    const href = this.signInUrl || latch?.options.signInUrl || latch?.environment?.displayConfig.signInUrl || undefined;
    return this.footerAction(this.t('waitlist.start.actionText'), this.t('waitlist.start.actionLink'), href);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-waitlist': LatchWaitlist;
  }
}
