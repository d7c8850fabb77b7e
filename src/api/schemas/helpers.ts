/**
 * Building blocks shared by every FAPI schema.
 *
 * Policy at this boundary: check what the UI relies on (ids, object tags, statuses, the type of every field
 * that is present) and forgive what real servers and Clerk's own fixtures leave out. Missing arrays become
 * `[]`, missing booleans `false`, missing nullable strings `null`, missing nested settings objects their
 * "feature off" defaults, so resources never have to guard against `undefined`. Unknown extra fields are kept
 * (`looseObject`) because FAPI grows without notice.
 *
 * We use `zod/mini` (functional API) rather than classic zod: measured in a vite build it is ~19 KB gzip
 * smaller, which matters under the 40 KB sign-in budget.
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

/** A string that defaults to `''` when omitted. */
export const text = () => z._default(z.string(), '');

/** An array; omitted or `null` becomes `[]`. */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((value) => value ?? []),
  );

/** A free-form JSON object (metadata); omitted becomes `{}`. */
export const metadata = () => z._default(z.record(z.string(), z.unknown()), () => ({}));

/**
 * The `object` tag: when present it must match, but Clerk's fixtures omit it on some nested objects, so it
 * is optional.
 */
export const objectTag = <T extends string>(tag: T) => z.optional(z.literal(tag));

/** A nested settings object that takes its "feature off" defaults when omitted. */
export const settings = <T extends z.ZodMiniObject>(schema: T) => z.prefault(schema, {} as z.input<T>);

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
