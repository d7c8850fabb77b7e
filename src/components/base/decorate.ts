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
  const argCount = arguments.length;
  let result: unknown =
    argCount < 3
      ? target
      : descriptor === null
        ? (descriptor = Object.getOwnPropertyDescriptor(target, key as PropertyKey))
        : descriptor;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const decorator = decorators[i];
    if (!decorator) continue;
    result =
      (argCount < 3 ? decorator(result) : argCount > 3 ? decorator(target, key, result) : decorator(target, key)) ||
      result;
  }
  if (argCount > 3 && result) Object.defineProperty(target, key as PropertyKey, result as PropertyDescriptor);
  return result;
}
