/**
 * Clerk's `handleRedirectCallback`: what a page does when the browser comes back from an OAuth provider (or
 * opens an email link). Loaded on demand by `Latch.handleRedirectCallback`: pages that never host a callback do
 * not carry it.
 */
import { LatchRuntimeError } from '../api/errors.js';
import type { Client } from '../resources/client.js';
import type { SignIn } from '../resources/sign-in.js';
import type { SignUp } from '../resources/sign-up.js';
import { emailLinkStatus } from './link-params.js';
import type { RedirectProps } from './redirects.js';

/** Clerk's `HandleOAuthCallbackParams`: where to go for each way the flow can continue. */
export interface HandleRedirectCallbackParams {
  signInUrl?: string;
  signUpUrl?: string;
  signInFallbackRedirectUrl?: string;
  signUpFallbackRedirectUrl?: string;
  signInForceRedirectUrl?: string;
  signUpForceRedirectUrl?: string;
  /** The sign-up needs more fields (e.g. a username the provider did not give). */
  continueSignUpUrl?: string;
  firstFactorUrl?: string;
  secondFactorUrl?: string;
  resetPasswordUrl?: string;
  verifyEmailAddressUrl?: string;
  verifyPhoneNumberUrl?: string;
  /** false: an unknown provider account is not turned into a sign-up (the user is sent to `signUpUrl`). */
  transferable?: boolean;
}

/** How the callback ended, for callers that show something (the callback element, the cards). */
export type RedirectCallbackOutcome =
  | 'signed_in'
  | 'signed_up'
  | 'continue_sign_up'
  | 'first_factor'
  | 'second_factor'
  | 'reset_password'
  | 'verify_email_address'
  | 'verify_phone_number'
  | 'sign_in'
  | 'sign_up'
  | 'email_link_verified_elsewhere'
  | 'email_link_expired'
  | 'email_link_failed'
  | 'email_link_client_mismatch';

/** What the callback needs from the core (the Latch object implements it). */
export interface RedirectCallbackHost {
  readonly client: Client | undefined;
  reloadClient(): Promise<Client>;
  setActive(params: { session: string }): Promise<void>;
  buildAfterSignInUrl(props: RedirectProps): string;
  buildAfterSignUpUrl(props: RedirectProps): string;
  buildSignInUrl(): string;
  buildSignUpUrl(): string;
}

type Navigate = (to: string) => unknown;

/** `/#/sign-up` → `/#/sign-up/continue`; `/sign-up` → `/sign-up/continue` (Clerk's sub-routes). */
function subRoute(base: string, route: string): string {
  if (!base) return '';
  const url = new URL(base, globalThis.location.href);
  if (url.hash) url.hash = `${url.hash.replace(/\/+$/, '')}/${route}`;
  else url.pathname = `${url.pathname.replace(/\/+$/, '')}/${route}`;
  return /^[a-z][a-z\d+.-]*:\/\//i.test(base) ? url.href : url.pathname + url.search + url.hash;
}

export async function handleRedirectCallback(
  host: RedirectCallbackHost,
  params: HandleRedirectCallbackParams,
  navigate: Navigate,
): Promise<RedirectCallbackOutcome> {
  const client = await host.reloadClient();
  const signInUrl = params.signInUrl || host.buildSignInUrl();
  const signUpUrl = params.signUpUrl || host.buildSignUpUrl();
  const urls = {
    continueSignUp: params.continueSignUpUrl || subRoute(signUpUrl, 'continue'),
    firstFactor: params.firstFactorUrl || subRoute(signInUrl, 'factor-one'),
    secondFactor: params.secondFactorUrl || subRoute(signInUrl, 'factor-two'),
    resetPassword: params.resetPasswordUrl || subRoute(signInUrl, 'reset-password'),
    verifyEmail: params.verifyEmailAddressUrl || subRoute(signUpUrl, 'verify-email-address'),
    verifyPhone: params.verifyPhoneNumberUrl || subRoute(signUpUrl, 'verify-phone-number'),
  };
  const go = async (outcome: RedirectCallbackOutcome, to: string): Promise<RedirectCallbackOutcome> => {
    if (to) await navigate(to);
    return outcome;
  };
  const signedIn = async (sessionId: string | null): Promise<RedirectCallbackOutcome> => {
    if (sessionId) await host.setActive({ session: sessionId });
    const props = {
      forceRedirectUrl: params.signInForceRedirectUrl,
      fallbackRedirectUrl: params.signInFallbackRedirectUrl,
    };
    return go('signed_in', host.buildAfterSignInUrl(props));
  };
  const signedUp = async (sessionId: string | null): Promise<RedirectCallbackOutcome> => {
    if (sessionId) await host.setActive({ session: sessionId });
    const props = {
      forceRedirectUrl: params.signUpForceRedirectUrl,
      fallbackRedirectUrl: params.signUpFallbackRedirectUrl,
    };
    return go('signed_up', host.buildAfterSignUpUrl(props));
  };

  const linkStatus = emailLinkStatus(globalThis.location.href);
  if (linkStatus) return emailLinkLanding(client, linkStatus, signedIn);

  const { signIn, signUp } = client;
  // The provider said no (cancelled, refused, expired): the caller shows why; nothing to navigate to.
  const failed = ['failed', 'expired'];
  const external = signUp.verifications.externalAccount?.status;
  // `saml` is how the spec names an enterprise SSO verification (src: server/serialize/verification.ts).
  const strategy = signIn.firstFactorVerification?.strategy ?? '';
  const fromProvider = strategy.startsWith('oauth_') || strategy === 'saml' || strategy === 'enterprise_sso';
  if (
    (fromProvider && failed.includes(signIn.firstFactorVerification?.status ?? '')) ||
    failed.includes(external ?? '')
  ) {
    throw new LatchRuntimeError('external_account_not_verified', 'The provider did not confirm the account.');
  }
  if (signIn.status === 'complete') return signedIn(signIn.createdSessionId);
  if (signUp.status === 'complete') return signedUp(signUp.createdSessionId);

  // The provider's account belongs to nobody yet: it becomes a sign-up (Clerk's transfer).
  if (signIn.firstFactorVerification?.status === 'transferable') {
    if (params.transferable === false) return go('sign_up', signUpUrl);
    const transferred = await signUp.create({ transfer: true });
    return afterSignUp(transferred);
  }
  // A sign-up with an account that already has a user: it becomes that user's sign-in.
  if (signUp.verifications.externalAccount?.status === 'transferable') {
    const transferred = await signIn.create({ transfer: true });
    return afterSignIn(transferred);
  }
  if (signIn.id && signIn.status) return afterSignIn(signIn);
  if (signUp.id && signUp.status) return afterSignUp(signUp);
  // Nothing in flight (the provider failed, or the flow expired): back to sign-in, to start again.
  const session = client.lastActiveSessionId;
  if (session && client.activeSessions.some((s) => s.id === session)) return signedIn(null);
  return go('sign_in', signInUrl);

  async function afterSignIn(current: SignIn): Promise<RedirectCallbackOutcome> {
    switch (current.status) {
      case 'complete':
        return signedIn(current.createdSessionId);
      case 'needs_second_factor':
        return go('second_factor', urls.secondFactor);
      case 'needs_first_factor':
        return go('first_factor', urls.firstFactor);
      case 'needs_new_password':
        return go('reset_password', urls.resetPassword);
      default:
        return go('sign_in', signInUrl);
    }
  }

  async function afterSignUp(current: SignUp): Promise<RedirectCallbackOutcome> {
    if (current.status === 'complete') return signedUp(current.createdSessionId);
    if (current.missingFields.length > 0) return go('continue_sign_up', urls.continueSignUp);
    if (current.unverifiedFields.includes('email_address')) return go('verify_email_address', urls.verifyEmail);
    if (current.unverifiedFields.includes('phone_number')) return go('verify_phone_number', urls.verifyPhone);
    return go('sign_up', signUpUrl);
  }
}

/**
 * The email link was opened (this tab, or another device). The dev server and Clerk complete the sign-in on
 * the client that asked for the link: when that is this browser, its session is there to activate.
 */
async function emailLinkLanding(
  client: Client,
  status: string,
  signedIn: (sessionId: string | null) => Promise<RedirectCallbackOutcome>,
): Promise<RedirectCallbackOutcome> {
  if (status === 'expired') return 'email_link_expired';
  if (status === 'client_mismatch') return 'email_link_client_mismatch';
  if (status !== 'verified') return 'email_link_failed';
  const sessionId = client.lastActiveSessionId;
  if (sessionId && client.activeSessions.some((s) => s.id === sessionId)) return signedIn(sessionId);
  return 'email_link_verified_elsewhere';
}
