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
  ...member: [key?: PropertyKey, descriptor?: PropertyDescriptor | null]
): unknown {
  // As TypeScript's helper: a class decorator gets the class; a member decorator (target, key[, descriptor]).
  const argCount = member.length + 2;
  const key = member[0] as PropertyKey;
  let result: unknown = target;
  if (argCount >= 3) {
    result = member[1] === null ? Object.getOwnPropertyDescriptor(target, key) : member[1];
  }
  for (let i = decorators.length - 1; i >= 0; i--) {
    const decorator = decorators[i];
    if (!decorator) continue;
    const decorated =
      argCount < 3 ? decorator(result) : argCount > 3 ? decorator(target, key, result) : decorator(target, key);
    result = decorated || result;
  }
  if (argCount > 3 && result) Object.defineProperty(target, key, result as PropertyDescriptor);
  return result;
}
