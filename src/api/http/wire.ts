/**
 * The FAPI wire format for requests: form-urlencoded snake_case bodies and query strings.
 *
 * Rules (Clerk's client): top-level keys camelCase → snake_case; `undefined` is dropped; `null` is sent as
 * `""` (FAPI reads an empty value as "clear"/"none"); arrays repeat the key; plain objects are sent as JSON
 * strings with their own keys untouched (they are user data such as `unsafe_metadata`).
 */

export type WireValue = string | number | boolean | null | undefined | object;
export type WireParams = Record<string, WireValue>;

/** `emailAddressId` → `email_address_id`. Keys already in snake_case are unchanged. */
export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);
}

function scalar(value: Exclude<WireValue, undefined>): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function append(target: URLSearchParams, key: string, value: WireValue): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value as WireValue[]) if (item !== undefined) target.append(key, scalar(item));
    return;
  }
  target.append(key, scalar(value));
}

/** Encodes request params as the form body FAPI expects. */
export function toFormBody(params: WireParams | undefined): URLSearchParams {
  const body = new URLSearchParams();
  if (!params) return body;
  for (const [key, value] of Object.entries(params)) append(body, camelToSnake(key), value);
  return body;
}

/**
 * Joins a base URL (`https://host/v1` or `https://proxy/__clerk/v1`) with a path and query params. Query keys
 * are used verbatim (they are already wire names such as `_clerk_session_id`); values follow the body rules.
 */
export function buildUrl(base: string, path: string, query: WireParams = {}): string {
  const url = new URL(`${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query)) append(url.searchParams, key, value);
  return url.toString();
}
