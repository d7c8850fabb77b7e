/**
 * Session reverification with Clerk's method names (`startVerification`, `prepareFirstFactorVerification`,
 * `attemptFirstFactorVerification`, `prepareSecondFactorVerification`, `attemptSecondFactorVerification`), as functions of a session id: a lazy module, so the loader does not carry
 * them; the reverification prompt imports it.
 */
import type { SessionReverificationJSON } from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import { toView, type View } from './view.js';

/** A session reverification in progress (Clerk's `SessionVerification`). */
export type SessionVerification = View<SessionReverificationJSON>;

/**
 * Starts a reverification of the session. `second_factor` and `multi_factor` ask a user with a second factor for
 * it after the first (`needs_second_factor`); a user without one is served `first_factor`.
 */
export async function startVerification(
  host: ResourceHost,
  sessionId: string,
  params: { level: string },
): Promise<SessionVerification> {
  return toView(await runFapi(host, (api) => api.startSessionVerification(sessionId, params)));
}

/** Sends a code (`{ strategy: 'email_code', emailAddressId }`). */
export async function prepareFirstFactorVerification(
  host: ResourceHost,
  sessionId: string,
  params: { strategy: string; emailAddressId?: string },
): Promise<SessionVerification> {
  return toView(await runFapi(host, (api) => api.prepareSessionVerificationFirstFactor(sessionId, params)));
}

/** The password or the code; `status: 'complete'` means the session is freshly verified. */
export async function attemptFirstFactorVerification(
  host: ResourceHost,
  sessionId: string,
  params: { strategy: string; password?: string; code?: string },
): Promise<SessionVerification> {
  return toView(await runFapi(host, (api) => api.attemptSessionVerificationFirstFactor(sessionId, params)));
}

/** Texts a code to the user's second-factor phone (`{ strategy: 'phone_code', phoneNumberId }`). */
export async function prepareSecondFactorVerification(
  host: ResourceHost,
  sessionId: string,
  params: { strategy: string; phoneNumberId?: string },
): Promise<SessionVerification> {
  return toView(await runFapi(host, (api) => api.prepareSessionVerificationSecondFactor(sessionId, params)));
}

/** The authenticator (`totp`), backup (`backup_code`) or texted (`phone_code`) code; completes the verification. */
export async function attemptSecondFactorVerification(
  host: ResourceHost,
  sessionId: string,
  params: { strategy: string; code: string },
): Promise<SessionVerification> {
  return toView(await runFapi(host, (api) => api.attemptSessionVerificationSecondFactor(sessionId, params)));
}
