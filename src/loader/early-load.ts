/**
 * The loader's very first module: it sends the Frontend API requests of the first load (dev browser, then
 * environment and client) before the rest of the script is evaluated. It imports only what builds their URLs,
 * so the requests leave within a few milliseconds of the script arriving, while lit, zod, the schemas and the
 * engines are still being evaluated; the adapter then takes the responses as its own (src/api/http/early-requests.ts).
 *
 * It builds each URL exactly as HttpFrontendApi does. Should the two ever differ, nothing breaks: the adapter
 * finds no early response and sends its own request.
 */
import { FAPI_VERSION, resolveBaseUrl } from '../api/http/base-url.js';
import { browserDevBrowserStore, DEV_BROWSER_PARAM, DEV_BROWSER_TOKEN } from '../api/http/dev-browser.js';
import { sendEarly } from '../api/http/early-requests.js';
import { parsePublishableKey } from '../api/http/publishable-key.js';
import { buildUrl } from '../api/http/wire.js';
import { LATCH_VERSION } from '../core/version.js';
import { optionsFrom } from './script-options.js';

function startEarlyLoad(script: HTMLScriptElement | null): void {
  // A page with a Latch already (a second script tag) loads nothing new.
  if (!script || window.Latch) return;
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
  const load = (devBrowser?: string) => {
    sendEarly('GET', url('/environment', devBrowser));
    sendEarly('GET', url('/client', devBrowser));
  };
  const known =
    instanceType === 'production'
      ? ''
      : new URL(location.href).searchParams.get(DEV_BROWSER_PARAM) || browserDevBrowserStore().get();
  if (instanceType === 'production' || known) {
    load(known || undefined);
    return;
  }
  sendEarly('POST', url('/dev_browser'), async (response) => {
    const json = response.ok ? ((await response.clone().json()) as { id?: unknown }) : null;
    if (typeof json?.id === 'string' && DEV_BROWSER_TOKEN.test(json.id)) load(json.id);
  });
}

try {
  startEarlyLoad(document.currentScript as HTMLScriptElement | null);
} catch {
  // A missing or malformed key or proxy URL: the core reports it when it loads.
}
