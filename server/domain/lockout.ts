import { type Clock, MINUTE } from '../clock.js';
import type { Db } from '../db.js';
import { errors } from '../errors.js';
import type { InstanceConfig } from '../instance.js';
import type { UserRow } from './users.js';

/**
 * Brute-force protection: after `max_attempts` wrong passwords the user is locked for `duration_in_minutes`.
 * A correct password resets the counter; an expired lock resets it too.
 */
export class Lockout {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Read on every check: the instance settings can change while the server runs. */
    private readonly lockoutSettings: () => InstanceConfig['user_lockout'],
  ) {}

  private get settings(): InstanceConfig['user_lockout'] {
    return this.lockoutSettings();
  }

  /** Seconds left on the lock, or 0 when the user may try. */
  remainingSeconds(user: UserRow): number {
    if (!this.settings.enabled || user.locked_until === null) return 0;
    const left = user.locked_until - this.clock.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  attemptsRemaining(user: UserRow): number | null {
    if (!this.settings.enabled) return null;
    return Math.max(0, this.settings.max_attempts - this.currentFailures(user));
  }

  assertNotLocked(user: UserRow): void {
    const seconds = this.remainingSeconds(user);
    if (seconds > 0) throw errors.userLocked(seconds);
  }

  /** Counts a wrong password; throws user_locked when this attempt reaches the limit. */
  recordFailure(user: UserRow): void {
    if (!this.settings.enabled) return;
    const failures = this.currentFailures(user) + 1;
    const lock = failures >= this.settings.max_attempts;
    const lockedUntil = lock ? this.clock.now() + this.settings.duration_in_minutes * MINUTE : null;
    this.db
      .prepare('UPDATE users SET failed_password_attempts = ?, locked_until = ? WHERE id = ?')
      .run(failures, lockedUntil, user.id);
    if (lock) throw errors.userLocked(this.settings.duration_in_minutes * 60);
  }

  recordSuccess(user: UserRow): void {
    this.db.prepare('UPDATE users SET failed_password_attempts = 0, locked_until = NULL WHERE id = ?').run(user.id);
  }

  /** Failures from a lock that has already run out do not count against the next window. */
  private currentFailures(user: UserRow): number {
    if (user.locked_until !== null && user.locked_until <= this.clock.now()) return 0;
    return user.failed_password_attempts;
  }
}
