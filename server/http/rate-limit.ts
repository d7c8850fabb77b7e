import type { Clock } from '../clock.js';
import { errors } from '../errors.js';

export interface RateLimitOptions {
  /** Requests allowed per key per window. */
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 30, windowMs: 60_000 };

/**
 * Fixed-window counter per client IP for the credential endpoints (sign-in, sign-up, attempts), so password and
 * code guessing is slowed and the client's 429 / Retry-After handling can be exercised.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: Clock,
  ) {}

  /** Counts one request for `key`; throws too_many_requests (with Retry-After) once over the limit. */
  hit(key: string): void {
    const now = this.clock.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      this.prune(now);
    }
    window.count++;
    if (window.count > this.options.max) {
      const retryAfter = Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
      throw errors.tooManyRequests(retryAfter);
    }
  }

  /** Drops finished windows so the map cannot grow without bound. */
  private prune(now: number): void {
    if (this.windows.size < 1000) return;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
  }
}
