/**
 * The validators the FAPI schemas are written with: the part of zod/mini's functional API they use (same names,
 * same parse results, same `output`/`input` types), in well under 1 KB gzip instead of zod/mini's ~6 KB, which
 * the script-tag loader evaluated on every page. Write schemas with `import * as z from '../mini-zod.js'` exactly
 * as with zod/mini; a kind missing here is a few lines to add (keep each one small: it ships in the loader).
 *
 * Semantics kept from zod: an object checks the keys of its shape and passes every other key through
 * (`looseObject`) or drops it (`object`); a key whose schema accepts `undefined` (optional, default, prefault)
 * may be absent; `_default` replaces `undefined` by its value, `prefault` parses its value instead; issues carry
 * zod's `code`, `path`, `expected` and `values`.
 */

export interface Issue {
  readonly code: 'invalid_type' | 'invalid_value' | 'invalid_union';
  readonly path: PropertyKey[];
  /** For `invalid_type`: the kind the schema wanted (`string`, `object`, `array`, …). */
  readonly expected?: string;
  /** For `invalid_value`: the accepted values. */
  readonly values?: readonly unknown[];
}

export type SafeParseResult<O> = { success: true; data: O } | { success: false; error: SchemaError };

/** What `parse` throws: the issues, first one in the message. */
export class SchemaError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    const [first] = issues;
    super(first ? `${first.path.join('.') || '(root)'}: ${first.code}` : 'invalid');
    this.issues = issues;
  }
}

/** Runs a schema on one value: returns the output; a failure adds to `issues` (the return value is then unused). */
type Run<O> = (value: unknown, path: PropertyKey[], issues: Issue[]) => O;

export interface Schema<O = unknown, I = unknown> {
  /** Type-level only: what parsing yields and what it accepts. */
  readonly '~types'?: { output: O; input: I };
  readonly run: Run<O>;
  safeParse(input: unknown): SafeParseResult<O>;
  parse(input: unknown): O;
}

/** zod/mini's names for the same types, so code written against it reads unchanged. */
export type ZodMiniType<O = unknown, I = unknown> = Schema<O, I>;
// biome-ignore lint/suspicious/noExplicitAny: any shape (a variance-free bound)
export type ZodMiniObject = ObjectSchema<any>;

export type output<S> = S extends { readonly '~types'?: { output: infer O } } ? O : never;
export type input<S> = S extends { readonly '~types'?: { input: infer I } } ? I : never;
export type { output as infer };

type NoUndefined<T> = T extends undefined ? never : T;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
// biome-ignore lint/suspicious/noExplicitAny: a shape holds schemas of any types
export type Shape = Readonly<Record<string, Schema<any, any>>>;
type OptionalKeys<T> = { [K in keyof T]: undefined extends T[K] ? K : never }[keyof T];
type WithOptionalKeys<T> = Flatten<
  { [K in Exclude<keyof T, OptionalKeys<T>>]: T[K] } & { [K in OptionalKeys<T>]?: T[K] }
>;
type ShapeOutput<S extends Shape> = WithOptionalKeys<{ [K in keyof S]: output<S[K]> }>;
type ShapeInput<S extends Shape> = WithOptionalKeys<{ [K in keyof S]: input<S[K]> }>;

export interface ObjectSchema<S extends Shape, O = ShapeOutput<S>, I = ShapeInput<S>> extends Schema<O, I> {
  readonly shape: S;
}

function schema<O, I = O>(run: Run<O>): Schema<O, I> {
  return {
    run,
    safeParse(input) {
      const issues: Issue[] = [];
      const data = run(input, [], issues);
      return issues.length ? { success: false, error: new SchemaError(issues) } : { success: true, data };
    },
    parse(input) {
      const result = this.safeParse(input);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** A schema for one primitive kind, checked with `typeof` (plus `test` for finer rules). */
function primitive<T>(expected: string, test: (value: unknown) => boolean = (value) => kindOf(value) === expected) {
  return schema<T>((value, path, issues) => {
    if (!test(value)) issues.push({ code: 'invalid_type', expected, path });
    return value as T;
  });
}

export const string = () => primitive<string>('string');
export const number = () => primitive<number>('number', Number.isFinite);
export const boolean = () => primitive<boolean>('boolean');
export const unknown = () => schema<unknown>((value) => value);

export function literal<const T extends string | number | boolean | null>(value: T): Schema<T> {
  return _enum([value]);
}

function _enum<const T extends readonly (string | number | boolean | null)[]>(values: T): Schema<T[number]> {
  return schema((value, path, issues) => {
    if (!values.includes(value as T[number])) issues.push({ code: 'invalid_value', values, path });
    return value as T[number];
  });
}

export { _enum as enum };

export function array<T extends Schema>(item: T): Schema<output<T>[], input<T>[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ code: 'invalid_type', expected: 'array', path });
      return [];
    }
    return value.map((element, index) => item.run(element, [...path, index], issues) as output<T>);
  });
}

function objectOf<S extends Shape, Rest>(shape: S, keepUnknownKeys: boolean) {
  const run: Run<ShapeOutput<S> & Rest> = (value, path, issues) => {
    if (kindOf(value) !== 'object') {
      issues.push({ code: 'invalid_type', expected: 'object', path });
      return value as ShapeOutput<S> & Rest;
    }
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    // Keys are copied (as zod does), except an own `__proto__` (JSON.parse makes one): never a prototype write.
    if (keepUnknownKeys) for (const key of Object.keys(source)) if (key !== '__proto__') result[key] = source[key];
    for (const key of Object.keys(shape)) {
      const parsed = (shape[key] as Schema).run(source[key], [...path, key], issues);
      // An absent optional key stays absent; a default fills it.
      if (parsed !== undefined || Object.hasOwn(source, key)) result[key] = parsed;
    }
    return result as ShapeOutput<S> & Rest;
  };
  return { ...schema(run), shape } as ObjectSchema<S, ShapeOutput<S> & Rest, ShapeInput<S> & Rest>;
}

/** An object with these keys checked and every other key passed through untouched. */
export const looseObject = <S extends Shape>(shape: S) => objectOf<S, { [key: string]: unknown }>(shape, true);
/** An object with these keys checked and every other key dropped. */
export const object = <S extends Shape>(shape: S) => objectOf<S, unknown>(shape, false);

/** Runs `inner` unless the value is `skip` (which then passes as it is). */
function unless<O, I, V>(inner: Schema<O, I>, skip: V): Schema<O | V, I | V> {
  return schema((value, path, issues) => (value === skip ? skip : inner.run(value, path, issues)));
}

export const optional = <T extends Schema>(inner: T) =>
  unless(inner as Schema<output<T>, input<T>>, undefined) as Schema<output<T> | undefined, input<T> | undefined>;

export const nullable = <T extends Schema>(inner: T) =>
  unless(inner as Schema<output<T>, input<T>>, null) as Schema<output<T> | null, input<T> | null>;

/** `undefined` becomes `fallback` (or what it returns), without parsing it. */
export function _default<T extends Schema>(
  inner: T,
  fallback: NoUndefined<output<T>> | (() => NoUndefined<output<T>>),
): Schema<NoUndefined<output<T>>, input<T> | undefined> {
  return schema((value, path, issues) =>
    value === undefined
      ? typeof fallback === 'function'
        ? (fallback as () => NoUndefined<output<T>>)()
        : fallback
      : (inner.run(value, path, issues) as NoUndefined<output<T>>),
  );
}

/** `undefined` is replaced by `fallback`, which is then parsed like any input (so its defaults apply). */
export function prefault<T extends Schema>(
  inner: T,
  fallback: input<T>,
): Schema<NoUndefined<output<T>>, input<T> | undefined> {
  return schema(
    (value, path, issues) => inner.run(value === undefined ? fallback : value, path, issues) as NoUndefined<output<T>>,
  );
}

/** The first option that parses without issues; `invalid_union` when none does. */
export function union<const T extends readonly Schema[]>(options: T): Schema<output<T[number]>, input<T[number]>> {
  return schema((value, path, issues) => {
    for (const option of options) {
      const own: Issue[] = [];
      const parsed = option.run(value, path, own);
      if (!own.length) return parsed as output<T[number]>;
    }
    issues.push({ code: 'invalid_union', path });
    return value as output<T[number]>;
  });
}

/** The output of `inner`, then `fn` of it when it parsed (zod/mini spells this `pipe(inner, transform(fn))`). */
export function map<T extends Schema, O>(inner: T, fn: (value: output<T>) => O): Schema<O, input<T>> {
  return schema((value, path, issues) => {
    const before = issues.length;
    const parsed = inner.run(value, path, issues) as output<T>;
    return (issues.length === before ? fn(parsed) : parsed) as O;
  });
}
