/**
 * The one-file script-tag entry (dist/latch.full.js, and dist/esm/script-tag.js): every element defined at once,
 * no chunks to fetch, for pages that cannot load ES modules from the script's origin. dist/latch.js (the loader,
 * src/loader/index.ts) is the smaller default. Both create `window.Latch` from the tag's data attributes.
 *
 *   <script src="/dist/latch.full.js" data-publishable-key="pk_test_…" data-proxy-url="/__clerk"></script>
 */
import './components/buttons/index.js';
import './components/control/index.js';
import './components/modal/index.js';
import './components/sign-in/index.js';
import './components/sign-up/index.js';
import './components/user-button/index.js';
import { bootScriptTag } from './loader/boot.js';

export * from './index.js';
/** The prebuilt themes ride along (about 2 KB gzip), so a script-tag page can pick one: `LatchBundle.themes.dark`. */
export * as themes from './themes/index.js';

bootScriptTag(document.currentScript as HTMLScriptElement | null);
