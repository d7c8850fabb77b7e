import type { WireString } from '../domain/inputs.js';
import { BODY_JSON_LIMITS, jsonShapeProblem } from '../domain/json-shape.js';
import { errors, FapiError } from '../errors.js';

/** Largest request body read, in bytes: FAPI bodies are a few form fields; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Most parameters (form fields, multipart parts, top-level JSON keys) in one body. */
export const MAX_PARAMS = 1_000;

/**
 * The body's bytes, refused with 413 once they pass `maxBytes` (by Content-Length up front, or while streaming
 * when the length is absent or lies), so a huge body is never buffered whole.
 */
export async function readBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw errors.requestBodyTooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        throw errors.requestBodyTooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FapiError) throw err;
    throw errors.requestBodyInvalid('the body could not be read');
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A JSON value parsed from request input, refused when it breaks the body limits (depth, entries). */
export function parseJsonInput(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw errors.requestBodyInvalid((err as Error).message);
  }
  const problem = jsonShapeProblem(value, BODY_JSON_LIMITS);
  if (problem === 'too_deep') {
    throw errors.requestBodyInvalid(`JSON may be nested at most ${BODY_JSON_LIMITS.maxDepth} levels deep`);
  }
  if (problem === 'too_many_entries') {
    throw errors.requestBodyInvalid(`JSON may hold at most ${BODY_JSON_LIMITS.maxEntries} keys and items`);
  }
  return value;
}

/**
 * Request parameters from a form-urlencoded body (the FAPI wire format: snake_case keys, repeated keys for
 * arrays, objects as JSON strings, `""` for null), a multipart body, or a JSON object body. Every body is
 * bounded (MAX_BODY_BYTES, MAX_PARAMS, BODY_JSON_LIMITS) and every parse failure is a 400 request_body_invalid.
 */
export class Params {
  private constructor(private readonly values: Map<string, unknown[]>) {}

  static async fromRequest(request: Request): Promise<Params> {
    const values = new Map<string, unknown[]>();
    let count = 0;
    const add = (key: string, value: unknown): void => {
      if (++count > MAX_PARAMS) throw errors.requestBodyInvalid(`at most ${MAX_PARAMS} parameters are accepted`);
      values.set(key, [...(values.get(key) ?? []), value]);
    };
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return new Params(values);
    const bytes = await readBody(request);
    if (bytes.byteLength === 0) return new Params(values);

    if (type.includes('application/json')) {
      const text = new TextDecoder().decode(bytes);
      if (text.trim() === '') return new Params(values);
      const body = parseJsonInput(text);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw errors.requestBodyInvalid('expected a JSON object');
      }
      for (const [key, value] of Object.entries(body)) {
        for (const item of Array.isArray(value) ? value : [value]) add(key, item);
      }
    } else if (type.includes('multipart/form-data')) {
      let form: FormData;
      try {
        const contentType = request.headers.get('content-type') ?? '';
        form = await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData();
      } catch {
        throw errors.requestBodyInvalid('the multipart body or its boundary is malformed');
      }
      form.forEach((value, key) => {
        add(key, typeof value === 'string' ? value : value.name);
      });
    } else {
      // form-urlencoded is the documented format; a missing content type is read the same way.
      new URLSearchParams(new TextDecoder().decode(bytes)).forEach((value, key) => {
        add(key, value);
      });
    }
    return new Params(values);
  }

  static empty(): Params {
    return new Params(new Map());
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** Last value as a string; `""` and JSON null become null; absent is undefined. */
  string(name: string): WireString {
    const all = this.values.get(name);
    if (!all || all.length === 0) return undefined;
    const value = all[all.length - 1];
    if (value === null || value === '') return null;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw errors.paramFormatInvalid(name, `${name} must be a string.`);
  }

  boolean(name: string): boolean | null | undefined {
    const all = this.values.get(name);
    if (!all || all.length === 0) return undefined;
    const value = all[all.length - 1];
    if (value === null || value === '') return null;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw errors.paramFormatInvalid(name, `${name} must be true or false.`);
  }

  /** Every value of a repeated key (`a=1&a=2`, a JSON array), as strings, empty ones dropped. */
  strings(name: string): string[] {
    return (this.values.get(name) ?? []).flatMap((value) => {
      if (value === null || value === '') return [];
      if (typeof value === 'string') return [value];
      throw errors.paramFormatInvalid(name, `${name} must be a list of strings.`);
    });
  }

  /** Raw last value (objects from JSON bodies stay objects; form values stay strings). */
  raw(name: string): unknown {
    const all = this.values.get(name);
    if (!all || all.length === 0) return undefined;
    const value = all[all.length - 1];
    return value === '' ? null : value;
  }
}
