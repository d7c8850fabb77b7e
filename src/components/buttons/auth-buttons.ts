import type { PropertyDeclarations } from 'lit';
import type { Latch } from '../../core/latch.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSButtons } from '../../localization/en-US-buttons.js';
import { UnstyledButton } from './unstyled-button.js';

registerDefaultStrings(enUSButtons);

type Mode = 'redirect' | 'modal';

/** Fields a sign-in or sign-up form can start with (Clerk's `initialValues`). */
export type InitialValues = Partial<
  Record<'emailAddress' | 'phoneNumber' | 'username' | 'firstName' | 'lastName', string>
>;

/** The props both buttons share: `mode`, where to go after, and `initialValues`. */
abstract class AuthButton extends UnstyledButton {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    mode: {},
    forceRedirectUrl: { attribute: 'force-redirect-url' },
    fallbackRedirectUrl: { attribute: 'fallback-redirect-url' },
    initialValues: { attribute: false },
  };
  /** `redirect` (default) goes to the sign-in/sign-up page; `modal` opens the card over this page. */
  mode: Mode = 'redirect';
  /** Always go here after authenticating. */
  forceRedirectUrl?: string;
  /** Go here after authenticating when no `redirect_url` says otherwise. */
  fallbackRedirectUrl?: string;
  /** Prefills the form (modal mode: the element's `initialValues`). */
  initialValues?: InitialValues;
}

/**
 * @summary Unstyled sign-in button (Clerk's `<SignInButton>`): wraps the page's own button, or renders "Sign in".
 * `mode="redirect"` goes to the sign-in page with `redirect_url` back here; `mode="modal"` opens the sign-in card.
 */
export class LatchSignInButton extends AuthButton {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    signUpForceRedirectUrl: { attribute: 'sign-up-force-redirect-url' },
    signUpFallbackRedirectUrl: { attribute: 'sign-up-fallback-redirect-url' },
  };
  protected readonly labelKey = 'unstable__latchButtons.signIn';
  /** For the "Sign up" link of the card: where to go after a sign-up started from it. */
  signUpForceRedirectUrl?: string;
  signUpFallbackRedirectUrl?: string;

  protected act(latch: Latch): Promise<void> | void {
    if (this.mode === 'modal') {
      latch.openSignIn({
        forceRedirectUrl: this.forceRedirectUrl,
        fallbackRedirectUrl: this.fallbackRedirectUrl,
        initialValues: this.initialValues,
      });
      return;
    }
    return latch.redirectToSignIn({
      signInForceRedirectUrl: this.forceRedirectUrl,
      signInFallbackRedirectUrl: this.fallbackRedirectUrl,
      signUpForceRedirectUrl: this.signUpForceRedirectUrl,
      signUpFallbackRedirectUrl: this.signUpFallbackRedirectUrl,
    });
  }
}

/**
 * @summary Unstyled sign-up button (Clerk's `<SignUpButton>`): wraps the page's own button, or renders "Sign up".
 * `mode="redirect"` goes to the sign-up page with `redirect_url` back here; `mode="modal"` opens the sign-up card.
 */
export class LatchSignUpButton extends AuthButton {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    signInForceRedirectUrl: { attribute: 'sign-in-force-redirect-url' },
    signInFallbackRedirectUrl: { attribute: 'sign-in-fallback-redirect-url' },
  };
  protected readonly labelKey = 'unstable__latchButtons.signUp';
  /** For the "Sign in" link of the card: where to go after a sign-in started from it. */
  signInForceRedirectUrl?: string;
  signInFallbackRedirectUrl?: string;

  protected act(latch: Latch): Promise<void> | void {
    if (this.mode === 'modal') {
      latch.openSignUp({
        forceRedirectUrl: this.forceRedirectUrl,
        fallbackRedirectUrl: this.fallbackRedirectUrl,
        initialValues: this.initialValues,
      });
      return;
    }
    return latch.redirectToSignUp({
      signUpForceRedirectUrl: this.forceRedirectUrl,
      signUpFallbackRedirectUrl: this.fallbackRedirectUrl,
      signInForceRedirectUrl: this.signInForceRedirectUrl,
      signInFallbackRedirectUrl: this.signInFallbackRedirectUrl,
    });
  }
}

/**
 * @summary Unstyled sign-out button (Clerk's `<SignOutButton>`): wraps the page's own button, or renders "Sign out".
 * Signs out every session, or only `session-id` in a multi-session client; then goes to `redirect-url` (default:
 * the Latch's `afterSignOutUrl` / `afterMultiSessionSingleSignOutUrl`).
 */
export class LatchSignOutButton extends UnstyledButton {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    redirectUrl: { attribute: 'redirect-url' },
    sessionId: { attribute: 'session-id' },
  };
  protected readonly labelKey = 'unstable__latchButtons.signOut';
  redirectUrl?: string;
  sessionId?: string;

  protected act(latch: Latch): Promise<void> {
    return latch.signOut({ redirectUrl: this.redirectUrl, sessionId: this.sessionId });
  }
}
