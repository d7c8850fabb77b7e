/**
 * The helper that compiled `@property()` / `@state()` decorators call (TypeScript's `__decorate`). The script-tag
 * builds point the compiler's own copy at this module (scripts/loader-build.mjs), which the loader carries and
 * shares with the chunks: otherwise the chunks that use decorators would share it as one more tiny chunk.
 */
// biome-ignore lint/complexity/noBannedTypes: a decorator is any function, as in TypeScript's helper
type Decorator = Function;

export default function decorate(
  decorators: readonly Decorator[],
  target: object,
  key?: PropertyKey,
  descriptor?: PropertyDescriptor | null,
): unknown {
  // As TypeScript's helper: a class decorator gets the class (no key); a member decorator (target, key,
  // descriptor), where the compiler passes `null` for "the one the target has" and `undefined` for a field.
  const member = key !== undefined;
  let result: unknown = member
    ? descriptor === null
      ? Object.getOwnPropertyDescriptor(target, key)
      : descriptor
    : target;
  for (let i = decorators.length; i--; ) {
    const decorator = decorators[i];
    result = (decorator && (member ? decorator(target, key, result) : decorator(result))) || result;
  }
  if (member && result) Object.defineProperty(target, key, result as PropertyDescriptor);
  return result;
}
