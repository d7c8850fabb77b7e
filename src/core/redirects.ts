/**
 * Redirect resolution and open-redirect protection. Pure functions: no DOM, no globals, the current URL is
 * always passed in.
 */

export type AllowedRedirectOrigin = string | RegExp;

export interface RedirectAllowList {
  /** Other origins that may be redirected to: exact origins, `*` globs (`https://*.example.com`) or RegExps. */
  allowedRedirectOrigins?: readonly AllowedRedirectOrigin[];
  /** Extra non-http(s) protocols (`myapp:`), e.g. for native app deep links. */
  allowedRedirectProtocols?: readonly string[];
}

export interface IsAllowedRedirectOptions extends RedirectAllowList {
  /** Origin of the page doing the redirect; same-origin targets are always allowed. */
  currentOrigin: string;
}

/** Protocols that run code or smuggle content instead of navigating: never allowed, whatever the options. */
const FORBIDDEN_PROTOCOLS = new Set(['javascript:', 'data:', 'vbscript:', 'blob:', 'file:']);

/** Whitespace and control characters: browsers strip some of them while parsing, which hides tricks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** `scheme:` at the start of a string. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

const normalizeProtocol = (protocol: string) => (protocol.endsWith(':') ? protocol : `${protocol}:`).toLowerCase();

/** A string entry as a RegExp over origins; `*` matches one or more host-label characters. */
function originPattern(entry: string): RegExp {
  let origin = entry.trim().replace(/\/+$/, '');
  if (!origin.includes('*')) {
    try {
      origin = new URL(origin).origin;
    } catch {
      // Not a URL: compared literally below, so it simply never matches a real origin.
    }
  }
  const escaped = origin.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/:]+');
  return new RegExp(`^${escaped}$`, 'i');
}

function matchesAllowedOrigin(origin: string, allowed: readonly AllowedRedirectOrigin[]): boolean {
  return allowed.some((entry) => {
    if (typeof entry === 'string') return originPattern(entry).test(origin);
    entry.lastIndex = 0;
    return entry.test(origin);
  });
}

/**
 * Whether `url` is a safe redirect target.
 *
 * - Relative paths (`/dashboard`, `?tab=1`, `#x`, `next`) are allowed; protocol-relative (`//evil.com`) and
 *   backslash forms (`/\evil.com`, which browsers read as `//`) are not.
 * - `javascript:`, `data:`, `vbscript:`, `blob:`, `file:` are never allowed.
 * - A scheme without `//` (`https:evil.com`) is rejected: depending on the page's own scheme the browser
 *   reads it either as a path or as a host.
 * - Whitespace and control characters anywhere are rejected.
 * - Absolute http(s) URLs: same origin always; other origins only when they match `allowedRedirectOrigins`.
 * - Other protocols only when listed in `allowedRedirectProtocols`.
 */
export function isAllowedRedirect(url: string, options: IsAllowedRedirectOptions): boolean {
  if (!url || UNSAFE_CHARACTERS.test(url) || url.includes('\\')) return false;
  if (url.startsWith('//')) return false;
  if (!SCHEME.test(url)) {
    // A relative reference: it resolves onto the current origin.
    return true;
  }
  const protocol = normalizeProtocol(url.slice(0, url.indexOf(':')));
  if (FORBIDDEN_PROTOCOLS.has(protocol)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (protocol === 'http:' || protocol === 'https:') {
    if (!url.slice(protocol.length).startsWith('//')) return false;
    if (parsed.username || parsed.password) return false;
    if (parsed.origin === options.currentOrigin) return true;
    return matchesAllowedOrigin(parsed.origin, options.allowedRedirectOrigins ?? []);
  }
  return (options.allowedRedirectProtocols ?? []).some((allowed) => normalizeProtocol(allowed) === protocol);
}

/**
 * Whether `url` may be the href of a link Latch renders (an instance's sign-in or sign-up page): a relative
 * reference or an absolute http(s) URL on any origin (Clerk's hosted pages live on another origin), never
 * `javascript:`, `data:` or the other tricks `isAllowedRedirect` refuses.
 */
export function isSafeLink(url: string): boolean {
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    // Relative: judged against no origin, which relative references do not need.
  }
  return isAllowedRedirect(url, { currentOrigin: origin });
}

export type RedirectKind = 'signIn' | 'signUp';

/** Redirect props a component (`<latch-sign-in>`, a button…) can carry. */
export interface RedirectProps {
  forceRedirectUrl?: string | null;
  fallbackRedirectUrl?: string | null;
}

/** The Latch options that take part in redirect resolution. */
export interface RedirectOptions extends RedirectAllowList {
  signInForceRedirectUrl?: string | null;
  signUpForceRedirectUrl?: string | null;
  signInFallbackRedirectUrl?: string | null;
  signUpFallbackRedirectUrl?: string | null;
}

export interface ResolveRedirectUrlInput {
  kind: RedirectKind;
  props?: RedirectProps;
  options?: RedirectOptions;
  /** The page's URL: its origin is "same origin", its `redirect_url` query parameter is a candidate. */
  currentUrl: string | URL;
}

/** The query parameter that carries "where the user came from" to the sign-in / sign-up page. */
export const REDIRECT_URL_PARAM = 'redirect_url';

/**
 * Where to go after a sign-in or sign-up, in Clerk's precedence: force redirect (component prop, then Latch
 * option) → the `redirect_url` query parameter → fallback (prop, then option) → `/`. A candidate that fails
 * `isAllowedRedirect` is skipped with a console warning, so a tampered `redirect_url` falls through to the
 * fallback.
 */
export function resolveRedirectUrl({ kind, props = {}, options = {}, currentUrl }: ResolveRedirectUrlInput): string {
  const current = new URL(currentUrl);
  const candidates: Array<[source: string, url: string | null | undefined]> = [
    ['forceRedirectUrl', props.forceRedirectUrl],
    [`${kind}ForceRedirectUrl`, kind === 'signIn' ? options.signInForceRedirectUrl : options.signUpForceRedirectUrl],
    [REDIRECT_URL_PARAM, current.searchParams.get(REDIRECT_URL_PARAM)],
    ['fallbackRedirectUrl', props.fallbackRedirectUrl],
    [
      `${kind}FallbackRedirectUrl`,
      kind === 'signIn' ? options.signInFallbackRedirectUrl : options.signUpFallbackRedirectUrl,
    ],
  ];
  const allow: IsAllowedRedirectOptions = {
    currentOrigin: current.origin,
    allowedRedirectOrigins: options.allowedRedirectOrigins,
    allowedRedirectProtocols: options.allowedRedirectProtocols,
  };
  for (const [source, url] of candidates) {
    if (!url) continue;
    if (isAllowedRedirect(url, allow)) return url;
    console.warn(
      `Latch: ignoring ${source} "${url}": it is not an allowed redirect. Add its origin to allowedRedirectOrigins to allow it.`,
    );
  }
  return '/';
}
