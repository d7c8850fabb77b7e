import { defineElement } from '../base/define.js';
import { LatchDegraded, LatchFailed, LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut } from './signed-in.js';

export { ControlElement } from './control-element.js';
export { LatchDegraded, LatchFailed, LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut };

defineElement('latch-signed-in', LatchSignedIn);
defineElement('latch-signed-out', LatchSignedOut);
defineElement('latch-loaded', LatchLoaded);
defineElement('latch-loading', LatchLoading);
defineElement('latch-failed', LatchFailed);
defineElement('latch-degraded', LatchDegraded);

declare global {
  interface HTMLElementTagNameMap {
    'latch-signed-in': LatchSignedIn;
    'latch-signed-out': LatchSignedOut;
    'latch-loaded': LatchLoaded;
    'latch-loading': LatchLoading;
    'latch-failed': LatchFailed;
    'latch-degraded': LatchDegraded;
  }
}
