/**
 * Keeps the active session alive while the page is open:
 * - its token is re-minted 15 s before `exp` (a timer per active session, cleared when the session changes
 *   or the user signs out), so `getToken()` rarely waits on the network;
 * - on window `focus` the session is touched (`POST …/touch`, intent `focus`), at most once per 5 s, unless
 *   the `touchSession` option is false.
 * Clock, timers and the focus target are injectable so tests can drive time.
 */
import type { Session } from '../resources/session.js';
import { jwtExpiresAt, TOKEN_REFRESH_LEAD_MS } from '../resources/token-cache.js';

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
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SessionRefreshHost {
  /** The active session, if any. */
  getSession(): Session | null | undefined;
  /** Subscribes to state changes; returns the unsubscribe function. */
  addListener(listener: () => void, options?: { skipInitialEmit?: boolean }): () => void;
  /** Whether focus should touch the session (the `touchSession` option), read at each focus. */
  touchOnFocus(): boolean;
}

export interface SessionRefreshOptions {
  clock?: Clock;
  /** Where `focus` events come from; `window` in the browser. */
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

  get running(): boolean {
    return this.#unsubscribe !== undefined;
  }

  /** Starts following the host's active session (idempotent). */
  start(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.#host.addListener(() => this.#onStateChange(), { skipInitialEmit: true });
    this.#focusTarget?.addEventListener('focus', this.#onFocus);
    this.#onStateChange();
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#focusTarget?.removeEventListener('focus', this.#onFocus);
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
    let delay: number;
    try {
      const jwt = await session.getToken({ skipCache });
      if (generation !== this.#generation || session.id !== this.#sessionId) return;
      const expiresAt = jwt ? jwtExpiresAt(jwt) : null;
      if (expiresAt === null) return;
      delay = Math.max(0, expiresAt - TOKEN_REFRESH_LEAD_MS - this.#clock.now());
    } catch {
      if (generation !== this.#generation || session.id !== this.#sessionId) return;
      delay = REFRESH_RETRY_MS;
    }
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      const current = this.#activeSession();
      if (current && current.id === this.#sessionId) void this.#refresh(current, true);
    }, delay);
  }

  readonly #onFocus = (): void => {
    const session = this.#activeSession();
    if (!session || !this.#host.touchOnFocus()) return;
    const now = this.#clock.now();
    if (now - this.#lastTouchAt < FOCUS_TOUCH_THROTTLE_MS) return;
    this.#lastTouchAt = now;
    // A failed touch is not worth surfacing: the next focus tries again, and a 401 re-syncs the client.
    session.touch({ intent: 'focus' }).catch(() => {});
  };

  #activeSession(): Session | null {
    const session = this.#host.getSession();
    return session && session.status === 'active' ? session : null;
  }

  #clearTimer(): void {
    this.#generation++;
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
