/**
 * Where the loader's code finds the account resources. Session, User, Organization, their email addresses,
 * phone numbers, passkeys and external accounts, with their schemas, are one lazily loaded module
 * (src/resources/account.ts, a chunk of the script-tag loader's): a signed-out page (a sign-in or sign-up card)
 * never meets a session, so it neither downloads nor evaluates their code.
 *
 * The rule that makes it safe: whoever turns JSON holding a session into objects first awaits the module. The
 * HTTP adapter does before it parses a body with sessions (`holdsSessions`), the core before it applies a client
 * (`accountFor`). The module registers itself when evaluated (`provideAccount`), so a build that imports it
 * statically (the ES build, the memory adapter) has it at once.
 */
import type { Organization } from '../resources/organization.js';
import type { Session } from '../resources/session.js';
import { LatchRuntimeError } from './errors.js';
import type { sessionSchema } from './schemas/session.js';

export interface AccountKit {
  Session: typeof Session;
  Organization: typeof Organization;
  sessionSchema: typeof sessionSchema;
}

let kit: AccountKit | undefined;
let loading: Promise<AccountKit> | undefined;

/** Called once by src/resources/account.ts when it is evaluated. */
export function provideAccount(account: AccountKit): void {
  kit = account;
}

/** The account module, which must be in: see the rule above. */
export function account(): AccountKit {
  if (!kit) throw new Error('[latch] A session arrived before the account module was loaded (src/api/account-kit.ts).');
  return kit;
}

/** Fetches the account module once (a failed fetch is retried by the next call). */
export function loadAccount(): Promise<AccountKit> {
  if (kit) return Promise.resolve(kit);
  loading ??= import('../resources/account.js').then(account, (error: unknown) => {
    loading = undefined;
    throw new LatchRuntimeError('network_error', `Could not load the account module: ${String(error)}`);
  });
  return loading;
}

const hasSessions = (client: unknown): boolean => {
  const sessions = (client as { sessions?: unknown } | null | undefined)?.sessions;
  return Array.isArray(sessions) && sessions.length > 0;
};

/** True when a FAPI body (an envelope whose response or piggybacked client is a client) carries a session. */
export function holdsSessions(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { response, client, meta } = body as { response?: unknown; client?: unknown; meta?: { client?: unknown } };
  return hasSessions(response) || hasSessions(client) || hasSessions(meta?.client);
}

/**
 * What to await before applying `client`: the account module when the client has sessions and the module is not
 * in yet, else nothing (so that applying stays synchronous in the common case, as listeners expect).
 */
export function accountFor(client: unknown): Promise<AccountKit> | undefined {
  return !kit && hasSessions(client) ? loadAccount() : undefined;
}
