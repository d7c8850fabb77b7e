/**
 * Limits on the shape of parsed JSON, checked without recursion so that a hostile value nested 20,000 levels
 * deep is measured (and refused) instead of overflowing the stack later, when it is validated or serialized.
 */
export interface JsonLimits {
  /** Deepest nesting of objects/arrays; a scalar is depth 0, `{}` is depth 1. */
  maxDepth: number;
  /** Most object keys plus array items in the whole value. */
  maxEntries: number;
}

/** Every parsed request body (JSON object or one JSON-encoded form value). */
export const BODY_JSON_LIMITS: JsonLimits = { maxDepth: 32, maxEntries: 10_000 };

/** `unsafe_metadata` and its kin: small, shallow objects that are shown back on every user and sign-up. */
export const METADATA_LIMITS: JsonLimits & { maxBytes: number } = { maxDepth: 10, maxEntries: 1_000, maxBytes: 8_192 };

export type JsonShapeProblem = 'too_deep' | 'too_many_entries';

/** The first limit `value` breaks, or null. Walks an explicit stack and stops at the first breach. */
export function jsonShapeProblem(value: unknown, limits: JsonLimits): JsonShapeProblem | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let entries = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limits.maxDepth) return 'too_deep';
    const children = Array.isArray(current) ? current : Object.values(current);
    entries += children.length;
    if (entries > limits.maxEntries) return 'too_many_entries';
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
