import { accountFor } from '../api/account-kit.js';
import { LatchRuntimeError } from '../api/errors.js';
import type { FapiResult, FrontendApi } from '../api/fapi.js';
import type { ClientJSON } from '../api/schemas/index.js';
import type { TokenCache } from './token-cache.js';

/**
 * What every resource needs from the Latch core. Resources never import the core (it imports them); the
 * core implements this interface and hands itself to each resource it builds.
 */
export interface ResourceHost {
  readonly api: FrontendApi;
  /**
   * Session tokens, shared by every Session object of the same id (Session objects are rebuilt often). Made by
   * the first `getToken()` (src/resources/session-methods.ts, a chunk of the script-tag loader's): a signed-out
   * page never needs one.
   */
  tokenCache?: TokenCache;
  /** Replaces the core's client with the one a FAPI call piggybacked, and notifies listeners. */
  applyClient(client: ClientJSON | null): void;
  /** Re-syncs the client after the server answered 401 (Clerk's `handleUnauthenticated`). */
  handleUnauthenticated(): Promise<unknown>;
}

/** 401 codes that belong to other flows: the dev browser resets itself; captcha has its own UI. */
const UNAUTHENTICATED_CODES_HANDLED_ELSEWHERE = new Set(['dev_browser_unauthenticated', 'requires_captcha']);

function isUnauthenticated(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, code } = error as { status?: unknown; code?: unknown };
  return status === 401 && !(typeof code === 'string' && UNAUTHENTICATED_CODES_HANDLED_ELSEWHERE.has(code));
}

/**
 * Runs one FAPI call on behalf of a resource. The single place where the `{response, client}` envelope is
 * unwrapped: the piggybacked client (when sent) is applied to the core state before the response is handed
 * back, and a 401 triggers a client re-sync before the error propagates.
 */
export async function runFapi<T>(host: ResourceHost, call: (api: FrontendApi) => Promise<FapiResult<T>>): Promise<T> {
  let result: FapiResult<T>;
  try {
    result = await call(host.api);
  } catch (error) {
    await notifyUnauthenticated(host, error);
    throw error;
  }
  if (result.client !== undefined) {
    // Awaited only when the account module must still be fetched: applying stays synchronous otherwise.
    const pending = accountFor(result.client);
    if (pending) await pending;
    host.applyClient(result.client);
  }
  return result.response;
}

/** Lets the core re-sync after a 401; the original error stays the one the caller sees. */
export async function notifyUnauthenticated(host: ResourceHost, error: unknown): Promise<void> {
  if (!isUnauthenticated(error)) return;
  try {
    await host.handleUnauthenticated();
  } catch {
    // The re-sync failing must not mask the original 401.
  }
}

/** The id of a resource that must exist on the server before this call (e.g. `prepareFirstFactor`). */
export function requireResourceId(resource: string, id: string | null): string {
  if (id) return id;
  throw new LatchRuntimeError('resource_not_created', `${resource} has not been created yet: call create() first.`);
}
