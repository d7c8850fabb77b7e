import type { Latch } from '../../core/latch.js';
import { ControlElement } from './control-element.js';

/**
 * @summary Shows its children only while a user is signed in.
 * @slot - Content for signed-in users.
 * @slot fallback - Content otherwise.
 */
export class LatchSignedIn extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? Boolean(latch.user) : undefined;
  }
}

/**
 * @summary Shows its children only while nobody is signed in.
 * @slot - Content for signed-out visitors.
 * @slot fallback - Content otherwise.
 */
export class LatchSignedOut extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? !latch.user : undefined;
  }
}

/**
 * @summary Shows its children once Latch has loaded (Clerk's `<ClerkLoaded>`): status ready or degraded.
 * @slot - Content to show after load.
 */
export class LatchLoaded extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? true : undefined;
  }
}

/**
 * @summary Shows its children while Latch is loading, and before any Latch exists (Clerk's `<ClerkLoading>`).
 * Not after a failed load: pair it with `<latch-failed>` so a visitor is never left with a spinner.
 * @slot - Content to show while loading (a skeleton, a spinner).
 */
export class LatchLoading extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return !latch || latch.status === 'loading' ? true : undefined;
  }
}

/**
 * @summary Shows its children when Latch failed to load (Clerk's `<ClerkFailed>`): status `'error'`, e.g. the
 * Frontend API is unreachable. Offer a retry there: `latch.load()` tries again, and every control element
 * follows the outcome.
 * @slot - Content to show after a failed load (an error message, a "Try again" button).
 */
export class LatchFailed extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return latch?.status === 'error' ? true : undefined;
  }
}

/**
 * @summary Shows its children when Latch loaded degraded (Clerk's `<ClerkDegraded>`): the environment arrived
 * but the client did not, so the visitor counts as signed out (status `'degraded'`, `loaded` true, the cause in
 * `latch.loadError`).
 * @slot - Content to show while degraded (a notice that some features may not work).
 */
export class LatchDegraded extends ControlElement {
  protected shows(latch: Latch | undefined): boolean | undefined {
    return latch?.status === 'degraded' ? true : undefined;
  }
}
