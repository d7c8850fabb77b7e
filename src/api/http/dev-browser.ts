/**
 * The development-instance browser identity (`__clerk_db_jwt`).
 *
 * Development instances live on a different site than the app, so third-party cookies cannot carry the
 * client. Instead every request carries `?__clerk_db_jwt=<token>`. The token comes, in order of preference,
 * from the page URL (after a redirect from the Account Portal; stripped from the address bar right away),
 * from the script tag's early load (src/loader/early-load.ts), from first-party storage (cookie, or localStorage when cookies are unavailable), or from a fresh
 * `POST /v1/dev_browser`.
 *
 * This module holds what every page with a development key needs at once (the names, the token's shape, the
 * quick reads the script tag's early load does); the token's keeper (`DevBrowser`, its store) is in
 * ./dev-browser-store.ts, which the adapter imports only for a development key: a chunk of the script-tag loader
 * that production pages never fetch.
 */
export const DEV_BROWSER_PARAM = '__clerk_db_jwt';
/** Response header by which FAPI rotates the token. */
export const DEV_BROWSER_HEADER = 'Clerk-Db-Jwt';
/**
 * The dev-browser token goes into a cookie and every URL: printable ASCII only, and short enough for a cookie.
 * (A lone surrogate here once made the cookie write throw a URIError instead of a typed error.) A plain regex,
 * not a zod check: that would add a check kind to the sign-in bundle.
 */
export const DEV_BROWSER_TOKEN = /^[\x21-\x7E]{1,3000}$/;

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Access throws in sandboxed iframes and with storage blocked.
    return null;
  }
}

interface CookieStoreLike {
  get(name: string): Promise<{ value?: string } | null>;
}

/**
 * The token's cookie, read without blocking the main thread where the browser can: a page's first
 * `document.cookie` read is a synchronous round trip to the browser's network process, which held the main thread
 * for 200-800 ms on a busy machine in `npm run bench`. The Cookie Store API asks the same question
 * asynchronously; browsers without it read `document.cookie`.
 */
export async function readDevBrowserCookie(name = DEV_BROWSER_PARAM): Promise<string | null> {
  const cookieStore = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore;
  if (navigator.cookieEnabled === false) return null;
  if (!cookieStore) return readCookie(name);
  try {
    const cookie = await cookieStore.get(name);
    return cookie?.value ? decodeURIComponent(cookie.value) : null;
  } catch {
    // An opaque origin (a sandboxed frame) refuses the API, and has no cookies to give either.
    return null;
  }
}

/** The token's localStorage copy (the store writes one beside the cookie): a quick, local read. */
export function readDevBrowserStorage(name = DEV_BROWSER_PARAM): string | null {
  return safeLocalStorage()?.getItem(name) || null;
}
