/**
 * Building blocks shared by every FAPI schema.
 *
 * Policy at this boundary: a schema lists the fields Latch reads, checks their types and fills their
 * defaults; every other field passes through untouched (`looseObject`), because FAPI grows without notice and
 * a field we do not read cannot break us. A field joins a schema when a feature starts reading it. Missing
 * arrays become `[]`, missing booleans `false`, missing nullable strings `null`, missing nested settings
 * objects their "feature off" defaults, so resources never guard against `undefined`.
 *
 * We use `zod/mini` (functional API): its core alone is ~4.5 KB gzip, classic zod ~19 KB more. Each schema
 * kind adds to it (`record` ~0.6 KB, `union` ~0.35 KB, `pipe`/`transform` ~0.3 KB, `literal` ~0.2 KB), so
 * these helpers use only string, number, boolean, looseObject, array, nullable and default: the sign-in page has a 40 KB budget.
 */
import * as z from 'zod/mini';

/** Epoch milliseconds on the wire. */
export const timestamp = z.number();

/** `T | null`, `null` when absent. */
export const nullableDefault = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null as never);

/** A nullable string that may also be omitted: output is always `string | null`. */
export const nstring = () => nullableDefault(z.string());

/** A nullable timestamp that may also be omitted. */
export const ntimestamp = () => nullableDefault(timestamp);

/** A boolean that defaults to `false` when omitted. */
export const flag = (fallback = false) => z._default(z.boolean(), fallback);

/**
 * `T | undefined`, for a field that may be omitted. Not `z.optional`: that schema kind alone weighs ~0.14 KB gzip
 * in the script-tag loader. The one difference: an omitted field comes out present, holding `undefined`.
 */
export const maybe = <T extends z.ZodMiniType>(schema: T) =>
  z._default(schema, undefined as never) as unknown as z.ZodMiniType<z.output<T> | undefined, z.input<T> | undefined>;

/** A string that defaults to `''` when omitted. */
export const text = () => z._default(z.string(), '');

/** A number that defaults to `fallback` when omitted. */
export const count = (fallback = 0) => z._default(z.number(), fallback);

/** An array; omitted or `null` becomes `[]` (an overwrite check costs less than a pipe and transform). */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z
    ._default(z.nullable(z.array(item)), null as never)
    .check(z.overwrite((value) => value ?? [])) as unknown as z.ZodMiniType<
    z.output<T>[],
    z.input<T>[] | null | undefined
  >;

/** A free-form JSON object (metadata, claims): any object passes, omitted becomes `{}`. */
export const metadata = () => z._default(z.looseObject({}), () => ({}));

/**
 * A nested settings object that takes its "feature off" defaults when omitted: those of its own fields, parsed from
 * `{}` (what `z.prefault` does, without that schema kind in the loader).
 */
export const settings = <T extends z.ZodMiniObject>(schema: T) => z._default(schema, () => schema.parse({}) as never);

/**
 * A string enum that tolerates values this version does not know yet. Its TypeScript type keeps the known
 * values for completion (`'a' | 'b' | (string & {})`); at runtime any string passes, so a new status from
 * the server never turns into a malformed-response error. Compare against the `values` array to tell known
 * from unknown.
 */
export function openEnum<const T extends readonly string[]>(_values: T) {
  return z.string() as unknown as z.ZodMiniType<T[number] | (string & {}), T[number] | (string & {})>;
}

/** `true` when `value` is one of the known `values` of an open enum. */
export function isKnownValue<const T extends readonly string[]>(values: T, value: string): value is T[number] {
  return (values as readonly string[]).includes(value);
}

/**
 * zod/mini's builders for the schemas of lazily loaded chunks (./organization-enrollment.ts): a chunk reads them
 * from the script-tag loader through this module, where its own `zod/mini` import would bundle the library's barrel.
 */
export { _default, looseObject, nullable, number, string } from 'zod/mini';

/**
 * A schema built the first time it is used instead of when its module is evaluated. Building zod schemas is not
 * free (each field is an object with its own internals): built eagerly, the loader's ~40 schemas took about a
 * third of its evaluation on a throttled CPU, and that evaluation holds up the page's parsing, so the element
 * chunks. Lazily, a page builds the environment's and client's schemas when their answers arrive, and the account
 * schemas only once it parses an account. The schema stands in as a proxy: zod and callers see the real one.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => {
    schema ??= build();
    return schema;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    // A proxy may not report a non-configurable property its (empty) target lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
  });
}
