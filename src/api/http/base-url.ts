/**
 * Where the Frontend API lives and which version of it we speak: what both the HTTP adapter and the script
 * tag's early requests (src/loader/early-load.ts) need, in a module light enough to run before the core.
 */
import { LatchRuntimeError } from '../errors.js';

/** The FAPI version this adapter speaks. */
export const FAPI_VERSION = '2026-05-12';

/** `{proxy origin}/{proxy path}/v1`, or `https://{frontendApi}/v1`. */
export function resolveBaseUrl(frontendApiHost: string, proxyUrl?: string): string {
  if (!proxyUrl) return `https://${frontendApiHost}/v1`;
  let url: URL;
  try {
    url = new URL(proxyUrl, typeof location === 'undefined' ? undefined : location.origin);
  } catch (cause) {
    throw new LatchRuntimeError('invalid_proxy_url', `Invalid proxyUrl "${proxyUrl}".`, { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LatchRuntimeError('invalid_proxy_url', `proxyUrl must be http(s): "${proxyUrl}".`);
  }
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  return `${url.origin}${path ? `/${path}` : ''}/v1`;
}
