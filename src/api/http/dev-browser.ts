/**
 * The development-instance browser identity (`__clerk_db_jwt`).
 *
 * Development instances live on a different site than the app, so third-party cookies cannot carry the
 * client. Instead every request carries `?__clerk_db_jwt=<token>`. The token comes, in order of preference,
 * from the page URL (after a redirect from the Account Portal; stripped from the address bar right away),
 * from the script tag's early load (src/loader/early-load.ts), from first-party storage (cookie, or localStorage when cookies are unavailable), or from a fresh
 * `POST /v1/dev_browser`.
 */
import { takeEarlyDevBrowser } from './early-requests.js';

export const DEV_BROWSER_PARAM = '__clerk_db_jwt';
/** Response header by which FAPI rotates the token. */
export const DEV_BROWSER_HEADER = 'Clerk-Db-Jwt';
/**
 * The dev-browser token goes into a cookie and every URL: printable ASCII only, and short enough for a cookie.
 * (A lone surrogate here once made the cookie write throw a URIError instead of a typed error.) A plain regex,
 * not a zod check: that would add a check kind to the sign-in bundle.
 */
export const DEV_BROWSER_TOKEN = /^[\x21-\x7E]{1,3000}$/;

export interface DevBrowserStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function writeCookie(name: string, value: string, maxAge: number): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the token is read synchronously before the first request, and the async Cookie Store API is not in every browser we support.
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Access throws in sandboxed iframes and with storage blocked.
    return null;
  }
}

/**
 * Stores the token in a first-party cookie when the browser accepts cookies (verified by reading it back),
 * and in localStorage as well so that blocked cookies do not cost a new dev browser on every page load.
 */
export function browserDevBrowserStore(name = DEV_BROWSER_PARAM): DevBrowserStore {
  const cookiesUsable = () => typeof document !== 'undefined' && navigator.cookieEnabled !== false;
  return {
    get() {
      const fromCookie = cookiesUsable() ? readCookie(name) : null;
      return fromCookie || safeLocalStorage()?.getItem(name) || null;
    },
    set(token) {
      if (cookiesUsable()) writeCookie(name, token, ONE_YEAR_SECONDS);
      try {
        safeLocalStorage()?.setItem(name, token);
      } catch {
        // Quota or privacy mode: the cookie (or the in-memory copy) still works for this page.
      }
    },
    clear() {
      if (cookiesUsable()) writeCookie(name, '', 0);
      safeLocalStorage()?.removeItem(name);
    },
  };
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

/** Reads `__clerk_db_jwt` from the page URL and removes it from the address bar. */
export function takeDevBrowserTokenFromUrl(): string | null {
  if (typeof location === 'undefined') return null;
  const url = new URL(location.href);
  const token = url.searchParams.get(DEV_BROWSER_PARAM);
  if (!token) return null;
  url.searchParams.delete(DEV_BROWSER_PARAM);
  history.replaceState(history.state, '', url.toString());
  return token;
}

export interface DevBrowserOptions {
  /** Asks FAPI for a new token (`POST /v1/dev_browser` → `id`). */
  create: () => Promise<string>;
  store?: DevBrowserStore;
  readFromUrl?: () => string | null;
  /** How long to wait for the script tag's early token before going on without it (default 5 s). */
  earlyWaitMs?: number;
}

/**
 * The early token comes from requests the adapter's timeouts do not cover (the script tag's own dev-browser POST,
 * a cookie read): should one never settle, the adapter goes on without it rather than leave the page loading.
 */
const EARLY_WAIT_MS = 5_000;

export class DevBrowser {
  #token: string | null = null;
  #pending: Promise<string> | null = null;
  #urlChecked = false;
  readonly #create: () => Promise<string>;
  readonly #store: DevBrowserStore;
  readonly #readFromUrl: () => string | null;
  readonly #earlyWaitMs: number;

  constructor(options: DevBrowserOptions) {
    this.#create = options.create;
    this.#earlyWaitMs = options.earlyWaitMs ?? EARLY_WAIT_MS;
    this.#store = options.store ?? browserDevBrowserStore();
    this.#readFromUrl = options.readFromUrl ?? takeDevBrowserTokenFromUrl;
  }

  /** The current token, if one is known without a request. */
  get token(): string | null {
    return this.#token;
  }

  /**
   * Resolves the token, creating one if needed. Concurrent callers share one `POST /v1/dev_browser`, so the
   * parallel environment + client fetch at load does not mint two dev browsers.
   */
  getToken(): Promise<string> {
    if (this.#token) return Promise.resolve(this.#token);
    if (!this.#urlChecked) {
      this.#urlChecked = true;
      const fromUrl = this.#readFromUrl();
      if (fromUrl) {
        this.rotate(fromUrl);
        return Promise.resolve(fromUrl);
      }
    }
    this.#pending ??= this.#find().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  /** The script tag's early token (src/loader/early-load.ts), else the stored one, else a new one. */
  async #find(): Promise<string> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const early = await Promise.race([
      takeEarlyDevBrowser().catch(() => null),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), this.#earlyWaitMs);
      }),
    ]);
    clearTimeout(timer);
    if (early) {
      this.rotate(early);
      return early;
    }
    const stored = this.#store.get();
    if (stored) {
      this.#token = stored;
      return stored;
    }
    const created = await this.#create();
    this.rotate(created);
    return created;
  }

  /** Adopts a token handed out by FAPI (the `Clerk-Db-Jwt` response header). */
  rotate(token: string): void {
    if (token === this.#token) return;
    this.#token = token;
    this.#store.set(token);
  }

  /** Forgets the token (FAPI said `dev_browser_unauthenticated`); the next request creates a new one. */
  reset(): void {
    this.#token = null;
    this.#store.clear();
  }
}
