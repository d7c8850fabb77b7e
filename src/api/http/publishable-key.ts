/**
 * Publishable keys: `pk_test_` or `pk_live_` + unpadded base64 of `{frontendApiHost}$`.
 *
 * Validation is deliberately strict (stricter than Clerk's, which only checks the `$` and a dot): the decoded
 * host ends up in every request URL, so anything that is not a plain host name (optionally with a port) is
 * rejected rather than fetched.
 */
import { LatchRuntimeError } from '../errors.js';

export type InstanceType = 'development' | 'production';

export interface ParsedPublishableKey {
  instanceType: InstanceType;
  /** Host of the Frontend API, or the proxy URL when one is given. */
  frontendApi: string;
}

export interface ParsePublishableKeyOptions {
  /** When set, requests go through this proxy, and it replaces the Frontend API host. */
  proxyUrl?: string;
  /**
   * Satellite domain. Production only: the Frontend API then lives at `clerk.{domain}`. Ignored for
   * development instances, whose Frontend API is always the one encoded in the key.
   */
  domain?: string;
}

const HOST_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/i;

function invalid(reason: string): LatchRuntimeError {
  return new LatchRuntimeError('invalid_publishable_key', `Invalid publishable key: ${reason}.`);
}

function decodeBase64(encoded: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null;
  const padded = encoded.replace(/=+$/, '').padEnd(Math.ceil(encoded.replace(/=+$/, '').length / 4) * 4, '=');
  try {
    return atob(padded);
  } catch {
    return null;
  }
}

/** `https://acme.com/` → `acme.com`: the domain option may be given as a URL or a bare host. */
function domainHost(domain: string): string {
  return domain.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

/** Throws `LatchRuntimeError('invalid_publishable_key')` for anything that is not a well-formed key. */
export function parsePublishableKey(key: unknown, options: ParsePublishableKeyOptions = {}): ParsedPublishableKey {
  if (typeof key !== 'string' || key === '') throw invalid('missing');
  const parts = key.split('_');
  if (parts.length !== 3 || parts[0] !== 'pk' || (parts[1] !== 'test' && parts[1] !== 'live')) {
    throw invalid('expected pk_test_… or pk_live_…');
  }
  const decoded = decodeBase64(parts[2] as string);
  if (decoded === null) throw invalid('not base64');
  if (!decoded.endsWith('$') || decoded.endsWith('$$')) throw invalid('the decoded value must end in a single "$"');
  const host = decoded.slice(0, -1);
  if (!HOST_PATTERN.test(host)) throw invalid('the decoded value is not a host name');

  const instanceType: InstanceType = parts[1] === 'live' ? 'production' : 'development';
  let frontendApi = host;
  if (options.proxyUrl) frontendApi = options.proxyUrl;
  else if (instanceType === 'production' && options.domain) frontendApi = `clerk.${domainHost(options.domain)}`;
  return { instanceType, frontendApi };
}

/** Builds a publishable key for a Frontend API host (tests, the dev server, stories). */
export function buildPublishableKey(frontendApi: string, instanceType: InstanceType = 'development'): string {
  return `pk_${instanceType === 'production' ? 'live' : 'test'}_${btoa(`${frontendApi}$`).replace(/=+$/, '')}`;
}
