/**
 * Requests sent before the adapter exists, handed to it when it sends the same request.
 *
 * The script tag starts the first Frontend API round trips (dev browser, environment, client) before it
 * evaluates the core (src/loader/early-load.ts): those round trips then overlap with the evaluation of lit, zod
 * and the rest instead of waiting for it. The adapter builds its URLs as usual; when one equals an early
 * request's, it takes that response instead of fetching again, and handles it exactly like its own (status,
 * errors, dev-browser rotation, timeout). A request nobody claims within `MAX_AGE_MS` is dropped: by then its
 * answer may be stale.
 */

const MAX_AGE_MS = 10_000;

interface EarlyRequest {
  response: Promise<Response>;
  sentAt: number;
}

const early = new Map<string, EarlyRequest>();

/** Sends the GET of `url` now and keeps the response for the adapter. */
export function sendEarly(url: string): void {
  const response = fetch(url, { credentials: 'include' });
  // Unclaimed failures must not surface as unhandled rejections: the adapter retries on its own.
  response.catch(() => {});
  early.set(url, { response, sentAt: Date.now() });
}

let earlyDevBrowser: Promise<string | null> | null = null;

/**
 * The dev-browser token the script tag found or created, resolved once the environment and client requests it
 * unlocks are sent (so the adapter, which waits for it, finds them). It resolves `null`, never rejects, when the
 * early load could not get one: the adapter then gets its own.
 */
export function setEarlyDevBrowser(token: Promise<string | null>): void {
  earlyDevBrowser = token;
}

/** That token, once (`null` when the script tag had none to give). */
export function takeEarlyDevBrowser(): Promise<string | null> {
  const token = earlyDevBrowser ?? Promise.resolve(null);
  earlyDevBrowser = null;
  return token;
}

/**
 * Whether the script tag found no dev-browser token anywhere (URL, storage, cookie), and so is creating a new dev
 * browser: a brand-new dev browser has no client yet, so the first load need not wait for `GET /client`. Unset for
 * an ES build, a production key, or once the first load took it.
 */
export const earlyNewBrowser: { isNew?: Promise<boolean> } = {};

/** The early response for this exact request, once (`undefined` if none, or if it is too old to trust). */
export function takeEarlyResponse(method: string, url: string): Promise<Response> | undefined {
  const request = method === 'GET' ? early.get(url) : undefined;
  if (!request) return undefined;
  early.delete(url);
  return Date.now() - request.sentAt <= MAX_AGE_MS ? request.response : undefined;
}
