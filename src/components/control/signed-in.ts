import type { Latch } from '../../core/latch.js';
import { ControlElement } from './control-element.js';

/**
 * @summary Shows its children only while a user is signed in.
 * @slot - Content for signed-in users.
 * @slot fallback - Content otherwise.
 */
export class LatchSignedIn extends ControlElement {
  protected condition(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? Boolean(latch.user) : undefined;
  }
}

/**
 * @summary Shows its children only while nobody is signed in.
 * @slot - Content for signed-out visitors.
 * @slot fallback - Content otherwise.
 */
export class LatchSignedOut extends ControlElement {
  protected condition(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? !latch.user : undefined;
  }
}

/**
 * @summary Shows its children once Latch has loaded.
 * @slot - Content to show after load.
 */
export class LatchLoaded extends ControlElement {
  protected condition(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? true : undefined;
  }
}

/**
 * @summary Shows its children until Latch has loaded (also before any Latch exists).
 * @slot - Content to show while loading (a skeleton, a spinner).
 */
export class LatchLoading extends ControlElement {
  protected condition(latch: Latch | undefined): boolean | undefined {
    return latch?.loaded ? undefined : true;
  }
}
