import type { WireString } from '../domain/inputs.js';
import { errors } from '../errors.js';

/**
 * Request parameters from a form-urlencoded body (the FAPI wire format: snake_case keys, repeated keys for
 * arrays, objects as JSON strings, `""` for null), a multipart body, or a JSON object body.
 */
export class Params {
  private constructor(private readonly values: Map<string, unknown[]>) {}

  static async fromRequest(request: Request): Promise<Params> {
    const values = new Map<string, unknown[]>();
    const add = (key: string, value: unknown): void => {
      values.set(key, [...(values.get(key) ?? []), value]);
    };
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return new Params(values);

    if (type.includes('application/json')) {
      const text = await request.text();
      if (text.trim() === '') return new Params(values);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (err) {
        throw errors.requestBodyInvalid((err as Error).message);
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw errors.requestBodyInvalid('expected a JSON object');
      }
      for (const [key, value] of Object.entries(body)) {
        for (const item of Array.isArray(value) ? value : [value]) add(key, item);
      }
    } else if (type.includes('multipart/form-data')) {
      const form = await request.formData();
      form.forEach((value, key) => {
        add(key, typeof value === 'string' ? value : value.name);
      });
    } else {
      // form-urlencoded is the documented format; a missing content type is read the same way.
      new URLSearchParams(await request.text()).forEach((value, key) => {
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

  /** Raw last value (objects from JSON bodies stay objects; form values stay strings). */
  raw(name: string): unknown {
    const all = this.values.get(name);
    if (!all || all.length === 0) return undefined;
    const value = all[all.length - 1];
    return value === '' ? null : value;
  }
}
