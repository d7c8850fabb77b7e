/**
 * The loader's very first module: it sends the Frontend API requests of the first load (environment and dev
 * browser at once, then client) before the rest of the script is evaluated. It imports only what builds their URLs,
 * so the requests leave within a few milliseconds of the script arriving, while lit, zod, the schemas and the
 * engines are still being evaluated; the adapter then takes the responses as its own (src/api/http/early-requests.ts).
 *
 * It builds each URL exactly as HttpFrontendApi does. Should the two ever differ, nothing breaks: the adapter
 * finds no early response and sends its own request.
 */
import { FAPI_VERSION, resolveBaseUrl } from '../api/http/base-url.js';
import {
  DEV_BROWSER_PARAM,
  DEV_BROWSER_TOKEN,
  readDevBrowserCookie,
  readDevBrowserStorage,
} from '../api/http/dev-browser.js';
import { earlyNewBrowser, sendEarly, setEarlyDevBrowser } from '../api/http/early-requests.js';
import { parsePublishableKey } from '../api/http/publishable-key.js';
import { buildUrl } from '../api/http/wire.js';
import { adoptSheets, sheetFrom } from '../components/base/adopt-styles.js';
import { LATCH_VERSION } from '../core/version.js';
import { optionsFrom } from './script-options.js';

function startEarlyLoad(script: HTMLScriptElement | null): void {
  // A page with a Latch already (a second script tag) loads nothing new.
  if (!script || window.Latch) return;
  // The first rules wait until the requests have left: building a sheet takes a few milliseconds on a slow CPU.
  try {
    sendFirstRequests(script);
  } finally {
    adoptSheets(document, [sheetFrom(FIRST_RULES)]);
  }
}

function sendFirstRequests(script: HTMLScriptElement): void {
  const { publishableKey, options } = optionsFrom(script);
  // From data attributes, so strings (the options also accept functions of the page URL).
  const { domain, proxyUrl } = options as { domain?: string; proxyUrl?: string };
  const { instanceType, frontendApi } = parsePublishableKey(publishableKey, { domain });
  const baseUrl = resolveBaseUrl(frontendApi, proxyUrl);
  const url = (path: string, devBrowser?: string) =>
    buildUrl(baseUrl, path, {
      __clerk_api_version: FAPI_VERSION,
      _clerk_js_version: LATCH_VERSION,
      [DEV_BROWSER_PARAM]: devBrowser,
    });
  // The environment describes the instance, not the browser: it never waits for a dev browser (the adapter sends
  // it without one too, RequestSpec.devBrowser), so a first visit costs one round trip before the client, not two.
  sendEarly(url('/environment'));
  const loadClient = (devBrowser?: string) => sendEarly(url('/client', devBrowser));
  if (instanceType === 'production') {
    loadClient();
    return;
  }
  setEarlyDevBrowser(earlyDevBrowser(url('/dev_browser'), loadClient));
}

/**
 * The dev-browser token: from the URL or localStorage (both read at once, so a returning visitor's environment and
 * client request leaves immediately), else from the cookie, else a new dev browser. For a first visit, the new
 * dev browser is asked for right away while the cookie is read without blocking (readDevBrowserCookie): a
 * cookie found then wins, and the new one is left unused. `load` runs before the token resolves, so the adapter
 * waiting for it finds the client request sent. Once the cookie is read, the core is told whether this browser is
 * new (no token anywhere): then its client is empty by construction, and the first card need not wait for it.
 */
function earlyDevBrowser(createUrl: string, load: (token: string) => void): Promise<string | null> {
  const known = new URL(location.href).searchParams.get(DEV_BROWSER_PARAM) || readDevBrowserStorage();
  if (known) {
    load(known);
    return Promise.resolve(known);
  }
  const created = fetch(createUrl, { method: 'POST', credentials: 'include', body: new URLSearchParams() })
    .then((response) => (response.ok ? (response.json() as Promise<{ id?: unknown }>) : null))
    .then((json) => (typeof json?.id === 'string' && DEV_BROWSER_TOKEN.test(json.id) ? json.id : null));
  const fromCookie = readDevBrowserCookie().catch(() => null);
  earlyNewBrowser.isNew = fromCookie.then((token) => !token);
  return fromCookie
    .then(async (token) => token || (await created))
    .then((token) => {
      if (token) load(token);
      return token;
    })
    .catch(() => null); // The adapter meets the same failure on its own request and reports it.
}

/**
 * The page's first Latch rules, until the elements' chunks arrive:
 * - a sign-in card holds its place, so the text below it does not jump when the card appears: the height of the
 *   default start step (one identifier field, a development instance's footer). A page whose card is another
 *   height overrides it with its own `latch-sign-in:not(:defined) { min-height: … }`;
 * - the state elements (src/components/control/state-elements.ts, a chunk) show nothing yet, as they show nothing
 *   until Latch has loaded: signed-in content must never flash for a signed-out visitor. Their content shows
 *   once their chunk has defined them; <latch-loading>'s is right from the start.
 */
export const FIRST_RULES =
  'latch-sign-in:not(:defined){display:block;min-height:20.26rem}' +
  ':is(latch-signed-in,latch-signed-out,latch-loaded,latch-failed,latch-degraded,latch-protect):not(:defined){display:none}';

try {
  startEarlyLoad(document.currentScript as HTMLScriptElement | null);
} catch {
  // A missing or malformed key or proxy URL: the core reports it when it loads.
}
