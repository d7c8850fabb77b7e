/** A scripted `fetch` for adapter tests: records every call and answers from a queue of handlers. */

export interface RecordedCall {
  url: URL;
  method: string;
  body: URLSearchParams | null;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

export type Handler = (call: RecordedCall) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

export function createFetchStub(...handlers: Handler[]) {
  const calls: RecordedCall[] = [];
  const queue = [...handlers];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: RecordedCall = {
      url: new URL(String(input)),
      method: init.method ?? 'GET',
      body: init.body instanceof URLSearchParams ? init.body : null,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const handler = queue.shift();
    if (!handler) throw new Error(`Unexpected request ${call.method} ${call.url}`);
    return handler(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, pending: () => queue.length };
}

/** A handler that never answers until the request is aborted (to exercise timeouts). */
export const hang: Handler = (call) =>
  new Promise<Response>((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

/** A handler that fails like a dropped connection. */
export const networkFailure: Handler = () => Promise.reject(new TypeError('Failed to fetch'));
