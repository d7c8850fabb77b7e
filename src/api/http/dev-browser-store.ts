/**
 * The development browser's keeper (see ./dev-browser.ts): finds, creates, rotates and forgets the
 * `__clerk_db_jwt` token, and stores it in a first-party cookie and localStorage. The HTTP adapter imports this
 * module only for a development key (a chunk of the script-tag loader, src/loader/elements.ts).
 */
import { looseObject, string } from 'zod/mini';
import { LatchRuntimeError } from '../errors.js';
import { parseOrThrow } from '../validate.js';
import { DEV_BROWSER_PARAM, DEV_BROWSER_TOKEN, readCookie, safeLocalStorage } from './dev-browser.js';

export interface DevBrowserStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function writeCookie(name: string, value: string, maxAge: number): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the token is read synchronously before the first request, and the async Cookie Store API is not in every browser we support.
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
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
}

export class DevBrowser {
  #token: string | null = null;
  #pending: Promise<string> | null = null;
  #urlChecked = false;
  readonly #create: () => Promise<string>;
  readonly #store: DevBrowserStore;
  readonly #readFromUrl: () => string | null;

  constructor(options: DevBrowserOptions) {
    this.#create = options.create;
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

  /**
   * The stored token, else a new one. (The script tag's early token, src/loader/early-load.ts, reaches the keeper
   * through the adapter, which uses it until the keeper arrives and then hands it over with `rotate`.)
   */
  async #find(): Promise<string> {
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

const devBrowserSchema = looseObject({ id: string() });

/** The token in a `POST /v1/dev_browser` answer (`{id}`). */
export function devBrowserTokenOf(json: unknown): string {
  const { id } = parseOrThrow(devBrowserSchema, json, 'dev browser');
  if (!DEV_BROWSER_TOKEN.test(id)) {
    throw new LatchRuntimeError('malformed_response', 'Malformed dev browser response: id is not a token.');
  }
  return id;
}
