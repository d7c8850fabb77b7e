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

const keyOf = (method: string, url: string) => `${method} ${url}`;

/**
 * Sends `url` now and keeps the response for the adapter. Bodies are never sent early: only the empty one.
 * `then` runs on the response before the adapter gets it: the requests it sends in turn (environment and client
 * after the dev browser) are then known before the adapter builds its own.
 */
export function sendEarly(method: 'GET' | 'POST', url: string, then?: (response: Response) => Promise<void>): void {
  const sent = fetch(url, {
    method,
    credentials: 'include',
    body: method === 'POST' ? new URLSearchParams() : undefined,
  });
  const response = then
    ? sent.then((answer) =>
        then(answer).then(
          () => answer,
          () => answer,
        ),
      )
    : sent;
  // Unclaimed failures must not surface as unhandled rejections: the adapter retries on its own.
  response.catch(() => {});
  early.set(keyOf(method, url), { response, sentAt: Date.now() });
}

/** The early response for this exact request, once (`undefined` if none, or if it is too old to trust). */
export function takeEarlyResponse(method: string, url: string): Promise<Response> | undefined {
  const key = keyOf(method, url);
  const request = early.get(key);
  if (!request) return undefined;
  early.delete(key);
  return Date.now() - request.sentAt <= MAX_AGE_MS ? request.response : undefined;
}
