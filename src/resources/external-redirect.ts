import { LatchRuntimeError } from '../api/errors.js';

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
  /** The email address of an enterprise SSO sign-in. */
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
