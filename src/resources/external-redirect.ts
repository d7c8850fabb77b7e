/** `authenticateWithRedirect` of SignIn and SignUp, loaded on demand: most pages never start a redirect. */
import { LatchRuntimeError } from '../api/errors.js';
import type { SignIn } from './sign-in.js';
import type { SignUp } from './sign-up.js';

/**
 * Clerk's `authenticateWithRedirect` params. `redirectUrl` is where the browser comes back after the provider
 * (the page that calls `handleRedirectCallback`), `redirectUrlComplete` where it lands when the flow completes
 * at once. Relative URLs are taken relative to the page.
 */
export interface AuthenticateWithRedirectParams {
  /** `oauth_google`, `oauth_github`, … or `enterprise_sso` (with `identifier`). */
  strategy: string;
  redirectUrl: string;
  redirectUrlComplete: string;
  /**
   * The email address of an enterprise SSO sign-in. Without it, the current sign-in (already identified, e.g. by
   * the sign-in card's first step) goes on to its identity provider.
   */
  identifier?: string;
  /** Sign-up only: continue the current sign-up instead of starting a new one (Clerk's `continueSignUp`). */
  continueSignUp?: boolean;
  /** Sign-up only: the user accepted the legal terms. */
  legalAccepted?: boolean;
  unsafeMetadata?: Record<string, unknown>;
}

/** A URL as the server must receive it: absolute, against the page. */
export function absoluteUrl(url: string): string {
  return new URL(url, globalThis.location.href).href;
}

/**
 * Sends the browser to the provider's page the FAPI named (`external_verification_redirect_url`): only http(s),
 * so a compromised or confused server cannot make the page run `javascript:`.
 */
export function goToProvider(url: string | null | undefined): void {
  const target = url ? new URL(url, globalThis.location.href) : null;
  if (!target || (target.protocol !== 'https:' && target.protocol !== 'http:')) {
    throw new LatchRuntimeError('external_redirect_missing', 'The server gave no provider page to go to.');
  }
  globalThis.location.assign(target.href);
}

export async function redirectSignIn(signIn: SignIn, params: AuthenticateWithRedirectParams): Promise<void> {
  const redirectUrl = absoluteUrl(params.redirectUrl);
  const actionCompleteRedirectUrl = absoluteUrl(params.redirectUrlComplete);
  if (params.strategy === 'enterprise_sso') {
    if (params.identifier !== undefined || !signIn.id) await signIn.create({ identifier: params.identifier });
    await signIn.prepareFirstFactor({ strategy: 'enterprise_sso', redirectUrl, actionCompleteRedirectUrl });
  } else {
    await signIn.create({ strategy: params.strategy, redirectUrl, actionCompleteRedirectUrl });
  }
  goToProvider(signIn.firstFactorVerification?.externalVerificationRedirectUrl);
}

export async function redirectSignUp(signUp: SignUp, params: AuthenticateWithRedirectParams): Promise<void> {
  const wire = {
    strategy: params.strategy,
    redirectUrl: absoluteUrl(params.redirectUrl),
    actionCompleteRedirectUrl: absoluteUrl(params.redirectUrlComplete),
    ...(params.legalAccepted === undefined ? {} : { legalAccepted: params.legalAccepted }),
    ...(params.unsafeMetadata ? { unsafeMetadata: params.unsafeMetadata } : {}),
  };
  if (params.continueSignUp && signUp.id) await signUp.update(wire);
  else await signUp.create(wire);
  goToProvider(signUp.verifications.externalAccount?.externalVerificationRedirectUrl);
}
