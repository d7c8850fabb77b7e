/**
 * The Latch methods that change which session or organization is active, sign out, or create an organization.
 * They run once a session exists (or to end one), so they are a module of their own: the script-tag loader
 * fetches its chunk on the first call (src/loader/elements.ts), and a signed-out page never does. The Latch
 * class keeps the public names and signatures (src/core/latch.ts) and hands each one the instance's
 * selection state as a `SignedInCore`.
 */
import { LatchRuntimeError } from '../api/errors.js';
import type { Client } from '../resources/client.js';
import { notifyUnauthenticated, runFapi } from '../resources/host.js';
import { Organization } from '../resources/organization.js';
import type { Session } from '../resources/session.js';
import { toView } from '../resources/view.js';
import type { Latch, SetActiveParams, SignOutCallback, SignOutOptions } from './latch.js';

/** @internal What these methods read and change of a Latch instance's private state. */
export interface SignedInCore {
  readonly latch: Latch;
  /** The loaded client, as it was when the method was called. */
  readonly client: Client;
  /** The session the user chose (kept while it stays active). */
  activeId(): string | null;
  /** Chooses a session (`null`: none); `declined` is the last active session not to re-adopt (omitted: unchanged). */
  choose(activeId: string | null, declined?: string | null): void;
  /** Re-runs session selection on `client` and notifies listeners. */
  reselect(client: Client): void;
}

/** Clerk's `setActive`: see Latch.setActive. */
export async function setActive(core: SignedInCore, params: SetActiveParams): Promise<void> {
  const { latch, client } = core;
  const wanted = params.session === undefined ? (latch.session ?? null) : params.session;
  if (params.organization !== undefined) {
    await setActiveOrganization(core, wanted, params.organization);
  } else if (wanted === null) {
    core.choose(null, client.lastActiveSessionId);
    core.reselect(client);
  } else {
    const id = typeof wanted === 'string' ? wanted : wanted.id;
    const session = client.sessions.find((s) => s.id === id);
    if (!session) throw new LatchRuntimeError('session_not_found', `Latch: no session "${id}" on this client.`);
    core.choose(id, null);
    await session.touch({ intent: 'select_session' });
    // The touch normally piggybacks the client (already applied); if it did not, re-select by hand.
    if (latch.client === client) core.reselect(client);
  }
  if (params.navigate) await params.navigate({ session: latch.session ?? null });
  else if (params.redirectUrl) await latch.navigate(params.redirectUrl);
}

/** `setActive({organization})`: resolves an id or slug among the user's memberships, then touches with it. */
async function setActiveOrganization(
  core: SignedInCore,
  wanted: Session | string | null,
  organization: string | { id: string } | null,
): Promise<void> {
  const { latch, client } = core;
  const id = typeof wanted === 'string' ? wanted : wanted?.id;
  const session = client.sessions.find((s) => s.id === id);
  if (!session) throw new LatchRuntimeError('session_not_found', 'Latch: setActive({organization}) needs a session.');
  let organizationId: string | null = null;
  if (organization !== null) {
    const ref = typeof organization === 'string' ? organization : organization.id;
    const membership = session.user?.organizationMemberships.find(
      (m) => m.organization.id === ref || m.organization.slug === ref,
    );
    if (!membership) {
      throw new LatchRuntimeError('organization_not_found', `Latch: no membership in organization "${ref}".`);
    }
    organizationId = membership.organization.id;
  }
  core.choose(session.id, null);
  await session.touch({ intent: 'select_org', organizationId });
  if (latch.client === client) core.reselect(client);
}

/** Clerk's `signOut(callback?, options?)` / `signOut(options?)`: see Latch.signOut. */
export async function signOut(
  core: SignedInCore,
  callbackOrOptions?: SignOutCallback | SignOutOptions,
  maybeOptions?: SignOutOptions,
): Promise<void> {
  const { latch, client } = core;
  const callback = typeof callbackOrOptions === 'function' ? callbackOrOptions : undefined;
  const options = (typeof callbackOrOptions === 'function' ? maybeOptions : callbackOrOptions) ?? {};
  const { sessionId } = options;
  let othersRemain = false;
  try {
    if (sessionId) {
      othersRemain = client.activeSessions.some((s) => s.id !== sessionId);
      const result = await latch.api.removeSession(sessionId);
      latch.tokenCache?.clear(sessionId);
      if (core.activeId() === sessionId) core.choose(null);
      if (result.client !== undefined) latch.applyClient(result.client);
      else core.reselect(client);
    } else {
      const result = await latch.api.endAllSessions();
      latch.tokenCache?.clear();
      core.choose(null);
      latch.applyClient(result.client !== undefined ? result.client : result.response);
    }
  } catch (error) {
    await notifyUnauthenticated(latch, error);
    throw error;
  }
  if (callback) {
    await callback();
    return;
  }
  const target =
    options.redirectUrl ??
    (sessionId && othersRemain ? latch.options.afterMultiSessionSingleSignOutUrl : undefined) ??
    latch.options.afterSignOutUrl;
  if (target) await latch.navigate(target);
}

/** Clerk's `createOrganization`: see Latch.createOrganization. */
export async function createOrganization(latch: Latch, params: { name: string; slug?: string }): Promise<Organization> {
  // The answer piggybacks the client, whose user now lists the membership: `setActive` finds it at once.
  const json = await runFapi(latch, (api) => api.createOrganization({ name: params.name, slug: params.slug }));
  return new Organization(latch, toView(json));
}
