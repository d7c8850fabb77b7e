/**
 * Defines the elements that show or hide their children by Latch's state. The script-tag loader fetches this
 * module when the page has one of them (src/loader/elements.ts); until then the loader's first sheet hides them
 * (src/loader/early-load.ts), so signed-in content never flashes for a signed-out visitor.
 */
import { defineElement } from '../base/define.js';
import { LatchProtect } from './protect.js';
import { LatchDegraded, LatchFailed, LatchLoaded, LatchLoading, LatchSignedIn, LatchSignedOut } from './signed-in.js';

defineElement('latch-signed-in', LatchSignedIn);
defineElement('latch-signed-out', LatchSignedOut);
defineElement('latch-loaded', LatchLoaded);
defineElement('latch-loading', LatchLoading);
defineElement('latch-failed', LatchFailed);
defineElement('latch-degraded', LatchDegraded);
defineElement('latch-protect', LatchProtect);
