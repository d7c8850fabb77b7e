import { property, state } from 'lit/decorators.js';
import type { Latch } from '../../core/latch.js';
import type { HandleRedirectCallbackParams, RedirectCallbackOutcome } from '../../core/redirect-callback.js';
import { ControlElement } from './control-element.js';

/**
 * @summary The page a provider (OAuth, enterprise SSO) or an email link sends the browser back to (Clerk's
 * `<AuthenticateWithRedirectCallback/>`): once Latch has loaded it calls `handleRedirectCallback` with its props,
 * which signs in, transfers to a sign-up, or navigates to the step that comes next. It shows its children
 * meanwhile (a "Signing you in…" of the page's own), and the `fallback` slot if the callback fails.
 *
 * @fires latch-redirect-callback-error - The callback failed; `detail.error`.
 * @slot - Shown while the callback runs.
 * @slot fallback - Shown when it failed.
 */
export class LatchAuthenticateWithRedirectCallback extends ControlElement {
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;
  @property({ attribute: 'sign-up-url' }) signUpUrl?: string;
  @property({ attribute: 'sign-in-fallback-redirect-url' }) signInFallbackRedirectUrl?: string;
  @property({ attribute: 'sign-up-fallback-redirect-url' }) signUpFallbackRedirectUrl?: string;
  @property({ attribute: 'sign-in-force-redirect-url' }) signInForceRedirectUrl?: string;
  @property({ attribute: 'sign-up-force-redirect-url' }) signUpForceRedirectUrl?: string;
  @property({ attribute: 'continue-sign-up-url' }) continueSignUpUrl?: string;
  @property({ attribute: 'first-factor-url' }) firstFactorUrl?: string;
  @property({ attribute: 'second-factor-url' }) secondFactorUrl?: string;
  @property({ attribute: 'reset-password-url' }) resetPasswordUrl?: string;
  @property({ attribute: 'verify-email-address-url' }) verifyEmailAddressUrl?: string;
  @property({ attribute: 'verify-phone-number-url' }) verifyPhoneNumberUrl?: string;
  /** `false`: an unknown provider account is sent to the sign-up page instead of becoming a sign-up. */
  @property({ type: Boolean }) transferable = true;

  /** How the callback ended (reflected as `data-outcome`, for pages and tests that wait on it). */
  @state() outcome?: RedirectCallbackOutcome | 'error';

  #started = false;

  protected condition(latch: Latch | undefined): boolean | undefined {
    if (!latch?.loaded) return undefined;
    return this.outcome !== 'error';
  }

  protected override updated(): void {
    const latch = this.latchController.latch;
    if (this.#started || !latch?.loaded) return;
    this.#started = true;
    void this.#run(latch);
  }

  async #run(latch: Latch): Promise<void> {
    try {
      this.outcome = await latch.handleRedirectCallback(this.params());
    } catch (error) {
      this.outcome = 'error';
      this.dispatchEvent(
        new CustomEvent('latch-redirect-callback-error', { detail: { error }, bubbles: true, composed: true }),
      );
    }
    this.dataset.outcome = this.outcome;
  }

  private params(): HandleRedirectCallbackParams {
    return {
      signInUrl: this.signInUrl,
      signUpUrl: this.signUpUrl,
      signInFallbackRedirectUrl: this.signInFallbackRedirectUrl,
      signUpFallbackRedirectUrl: this.signUpFallbackRedirectUrl,
      signInForceRedirectUrl: this.signInForceRedirectUrl,
      signUpForceRedirectUrl: this.signUpForceRedirectUrl,
      continueSignUpUrl: this.continueSignUpUrl,
      firstFactorUrl: this.firstFactorUrl,
      secondFactorUrl: this.secondFactorUrl,
      resetPasswordUrl: this.resetPasswordUrl,
      verifyEmailAddressUrl: this.verifyEmailAddressUrl,
      verifyPhoneNumberUrl: this.verifyPhoneNumberUrl,
      transferable: this.transferable,
    };
  }
}
