/**
 * Keeps the active session alive while the page is open:
 * - its token is re-minted 15 s before `exp` (a timer per active session, cleared when the session changes
 *   or the user signs out), so `getToken()` rarely waits on the network;
 * - when the page comes back (window `focus`, or `visibilitychange` to visible, as Clerk's page-focus hook) the
 *   session is touched (`POST …/touch`, intent `focus`), at most once per 5 s, unless the `touchSession` option
 *   is false; the touch piggybacks the client, so a role an admin changed elsewhere reaches `has()` then;
 * - a re-minted token whose organization claims (`o.id`, `o.rol`) disagree with the client's membership means
 *   the client is stale (role changed, membership removed): the client is re-read (`GET /v1/client`), and so
 *   is it when a touch or refresh fails, so `<latch-protect>` follows without a reload.
 * Clock, timers and the event target are injectable so tests can drive time.
 */
import type { Session } from '../resources/session.js';
import { decodeJwtClaims, jwtExpiresAt, TOKEN_REFRESH_LEAD_MS } from '../resources/token-cache.js';

/** Minimum gap between two focus touches. */
export const FOCUS_TOUCH_THROTTLE_MS = 5_000;
/** Retry delay when a background refresh failed (network down…). */
export const REFRESH_RETRY_MS = 5_000;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: Date.now,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SessionRefreshHost {
  /** The active session, if any. */
  getSession(): Session | null | undefined;
  /** Subscribes to state changes; returns the unsubscribe function. */
  addListener(listener: () => void, options?: { skipInitialEmit?: boolean }): () => void;
  /** Whether focus should touch the session (the `touchSession` option), read at each focus. */
  touchOnFocus(): boolean;
  /** Re-reads the client from the server (`GET /v1/client`) and applies it. */
  reloadClient(): Promise<unknown>;
}

export interface SessionRefreshOptions {
  clock?: Clock;
  /** Where `focus` and `visibilitychange` (it bubbles from `document`) events come from; `window` in the browser. */
  focusTarget?: EventTarget | null;
}

export class SessionRefresh {
  readonly #host: SessionRefreshHost;
  readonly #clock: Clock;
  readonly #focusTarget: EventTarget | null;
  #unsubscribe?: () => void;
  #timer: unknown = null;
  #sessionId: string | null = null;
  #lastTouchAt = Number.NEGATIVE_INFINITY;
  /** Bumped on every reschedule so a refresh that resolves late cannot revive a stale timer. */
  #generation = 0;

  constructor(host: SessionRefreshHost, options: SessionRefreshOptions = {}) {
    this.#host = host;
    this.#clock = options.clock ?? systemClock;
    this.#focusTarget = options.focusTarget === undefined ? (globalThis.window ?? null) : options.focusTarget;
  }

  /** Starts following the host's active session (idempotent). */
  start(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.#host.addListener(() => this.#onStateChange(), { skipInitialEmit: true });
    this.#focusTarget?.addEventListener('focus', this.#onFocus);
    this.#focusTarget?.addEventListener('visibilitychange', this.#onFocus);
    this.#onStateChange();
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#focusTarget?.removeEventListener('focus', this.#onFocus);
    this.#focusTarget?.removeEventListener('visibilitychange', this.#onFocus);
    this.#clearTimer();
    this.#sessionId = null;
  }

  #onStateChange(): void {
    const session = this.#activeSession();
    const id = session?.id ?? null;
    if (id === this.#sessionId) return;
    this.#sessionId = id;
    this.#clearTimer();
    if (session) void this.#refresh(session, false);
  }

  /** Gets a token (from the cache when fresh) and schedules the next refresh just before it expires. */
  async #refresh(session: Session, skipCache: boolean): Promise<void> {
    const generation = ++this.#generation;
    // undefined: the mint failed (network down, or an organization the user was removed from).
    const jwt = await session.getToken({ skipCache }).catch(() => undefined);
    // A session change or stop() bumped the generation meanwhile: this answer is for a session no longer followed.
    if (generation !== this.#generation || jwt === null) return;
    // The token was minted from the membership as the server has it now; the client's copy may be older. A
    // failed mint may mean the same: re-reading the client tells.
    if (!jwt || organizationChanged(jwt, session)) this.#reloadClient();
    const expiresAt = jwt && jwtExpiresAt(jwt);
    if (expiresAt === null) return;
    const delay = expiresAt ? Math.max(0, expiresAt - TOKEN_REFRESH_LEAD_MS - this.#clock.now()) : REFRESH_RETRY_MS;
    this.#timer = this.#clock.setTimeout(() => {
      // Still this session: a change of session would have cleared the timer. The object may be a newer copy.
      const current = this.#activeSession();
      if (current) void this.#refresh(current, true);
    }, delay);
  }

  readonly #onFocus = (event: Event): void => {
    const session = this.#activeSession();
    // `visibilitychange` (its target is the document) fires on hiding too: only coming back counts.
    if (!session || !this.#host.touchOnFocus() || (event.target as Document).hidden) return;
    const now = this.#clock.now();
    if (now - this.#lastTouchAt < FOCUS_TOUCH_THROTTLE_MS) return;
    this.#lastTouchAt = now;
    // A failed touch is not worth surfacing (a 401 re-syncs the client by itself); re-reading the client
    // covers a touch refused for an organization the user was removed from.
    session.touch({ intent: 'focus' }).catch(() => this.#reloadClient());
  };

  #reloadClient(): void {
    this.#host.reloadClient().catch(() => {});
  }

  #activeSession(): Session | null {
    const session = this.#host.getSession();
    return session?.status === 'active' ? session : null;
  }

  #clearTimer(): void {
    this.#generation++;
    // Clearing a timer that already fired is harmless.
    this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/**
 * Whether a session token's organization role (`o.rol`, without `org:`; none for the personal account or a
 * membership removed) differs from the client's membership in the active organization.
 */
function organizationChanged(jwt: string, session: Session): boolean {
  const o = decodeJwtClaims(jwt)?.o as { rol?: string } | undefined;
  return o?.rol !== session.activeMembership?.role.slice(4);
}
