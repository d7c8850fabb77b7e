/**
 * Defines `<latch-authenticate-with-redirect-callback>` (class in ../control/authenticate-with-redirect-callback.ts).
 * Its own module so the script-tag loader fetches it only on the page that lands from a provider or an email link
 * (src/loader/elements.ts) instead of carrying it on every page; the `latch/control` module imports it, so it stays
 * defined with the other control elements there.
 */
import { setRedirectCallbackLoader } from '../../core/redirect-callback-loader.js';
import { defineElement } from '../base/define.js';
import { LatchAuthenticateWithRedirectCallback } from '../control/authenticate-with-redirect-callback.js';

defineElement('latch-authenticate-with-redirect-callback', LatchAuthenticateWithRedirectCallback);

// The element calls handleRedirectCallback: an ES page that imports only `latch/control` must have its code too.
setRedirectCallbackLoader(() => import('../../core/redirect-callback.js'));
