import type { Latch } from '../../core/latch.js';
import type { HandleRedirectCallbackParams, RedirectCallbackOutcome } from '../../core/redirect-callback.js';
import { ControlElement } from './control-element.js';

/** The URL props, as properties (camelCase) and attributes (kebab-case); read once, when the callback runs. */
const URL_PROPS = [
  'signInUrl',
  'signUpUrl',
  'signInFallbackRedirectUrl',
  'signUpFallbackRedirectUrl',
  'signInForceRedirectUrl',
  'signUpForceRedirectUrl',
  'continueSignUpUrl',
  'firstFactorUrl',
  'secondFactorUrl',
  'resetPasswordUrl',
  'verifyEmailAddressUrl',
  'verifyPhoneNumberUrl',
] as const;

/**
 * @summary The page a provider (OAuth) or an email link sends the browser back to (Clerk's
 * `<AuthenticateWithRedirectCallback/>`): once Latch has loaded it calls `handleRedirectCallback` with its props
 * (`signInUrl`, `signUpUrl`, `signInFallbackRedirectUrl`, `signUpFallbackRedirectUrl`, `signInForceRedirectUrl`,
 * `signUpForceRedirectUrl`, `continueSignUpUrl`, `firstFactorUrl`, `secondFactorUrl`, `resetPasswordUrl`,
 * `verifyEmailAddressUrl`, `verifyPhoneNumberUrl`, `transferable`; attributes in kebab-case), which signs in,
 * transfers to a sign-up, or navigates to the step that comes next. It shows its children meanwhile (a
 * "Signing you in…" of the page's own), and the `fallback` slot if the callback fails. `data-outcome` says how
 * it ended.
 *
 * @fires latch-redirect-callback-error - The callback failed; `detail.error`.
 * @slot - Shown while the callback runs.
 * @slot fallback - Shown when it failed.
 */
export class LatchAuthenticateWithRedirectCallback extends ControlElement {
  declare signInUrl?: string;
  declare signUpUrl?: string;
  declare signInFallbackRedirectUrl?: string;
  declare signUpFallbackRedirectUrl?: string;
  declare signInForceRedirectUrl?: string;
  declare signUpForceRedirectUrl?: string;
  declare continueSignUpUrl?: string;
  declare firstFactorUrl?: string;
  declare secondFactorUrl?: string;
  declare resetPasswordUrl?: string;
  declare verifyEmailAddressUrl?: string;
  declare verifyPhoneNumberUrl?: string;
  /** `false` (or the attribute `transferable="false"`): an unknown provider account goes to the sign-up page. */
  declare transferable?: boolean;

  #outcome?: RedirectCallbackOutcome | 'error';
  #started = false;

  protected shows(latch: Latch | undefined): boolean | undefined {
    if (!latch?.loaded) return undefined;
    return this.#outcome !== 'error';
  }

  protected override updated(): void {
    const latch = this.latchController.latch;
    if (this.#started || !latch?.loaded) return;
    this.#started = true;
    void this.#run(latch);
  }

  async #run(latch: Latch): Promise<void> {
    try {
      this.#outcome = await latch.handleRedirectCallback(this.#params());
    } catch (error) {
      this.#outcome = 'error';
      this.dispatchEvent(
        new CustomEvent('latch-redirect-callback-error', { detail: { error }, bubbles: true, composed: true }),
      );
      this.requestUpdate();
    }
    this.dataset.outcome = this.#outcome;
  }

  #params(): HandleRedirectCallbackParams {
    const params: HandleRedirectCallbackParams = {};
    for (const name of URL_PROPS) {
      const value = this[name] ?? this.getAttribute(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      if (value) params[name] = value;
    }
    params.transferable = this.transferable ?? this.getAttribute('transferable') !== 'false';
    return params;
  }
}
