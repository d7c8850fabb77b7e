import { defineElement } from '../base/define.js';
import { LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut } from './signed-in.js';

export { ControlElement } from './control-element.js';
export { LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut };

defineElement('latch-signed-in', LatchSignedIn);
defineElement('latch-signed-out', LatchSignedOut);
defineElement('latch-loaded', LatchLoaded);
defineElement('latch-loading', LatchLoading);
