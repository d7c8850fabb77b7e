/**
 * Session reverification with Clerk's method names (`startVerification`, `prepareFirstFactorVerification`,
 * `attemptFirstFactorVerification`), as functions of a session id: a lazy module, so the loader does not carry
 * them; the reverification prompt imports it.
 */
import type { SessionReverificationJSON } from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import { toView, type View } from './view.js';

/** A session reverification in progress (Clerk's `SessionVerification`). */
export type SessionVerification = View<SessionReverificationJSON>;

/** Starts a reverification of the session; every level is served as a first factor by the dev server. */
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
