import type { ElementState } from './element-keys.js';
import type { ResolvedAppearance } from './types.js';

export interface ClassOptions {
  /** Instance id: `formField` + `emailAddress` → `cl-formField__emailAddress`. */
  id?: string;
  /** The node's current state, if any (pick one: loading > error > open > active). */
  state?: ElementState;
  /** Adds `cl-required`. */
  required?: boolean;
}

const classCache = new WeakMap<ResolvedAppearance, Map<string, string>>();

/**
 * The `class` attribute for a node: Latch's stable `cl-*` classes, then the user's class strings for the key,
 * its id and state variants, layer by layer. Memoized per resolved appearance, since it runs for every node on
 * every render.
 */
export function classesFor(resolved: ResolvedAppearance, key: string, options: ClassOptions = {}): string {
  const { id, state, required } = options;
  const cacheKey = `${key}|${id ?? ''}|${state ?? ''}|${required ? 1 : 0}`;
  let cache = classCache.get(resolved);
  if (!cache) {
    cache = new Map();
    classCache.set(resolved, cache);
  }
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;

  const classes = [`cl-${key}`];
  const lookups = [key];
  if (id) {
    classes.push(`cl-${key}__${id}`);
    lookups.push(`${key}__${id}`);
  }
  if (state) {
    classes.push(`cl-${key}__${state}`);
    lookups.push(`${key}__${state}`);
    if (id) lookups.push(`${key}__${id}__${state}`);
  }
  if (required) classes.push('cl-required');
  for (const layer of resolved.elements) {
    for (const lookup of lookups) {
      const value = layer[lookup];
      if (typeof value === 'string' && value.trim() !== '') classes.push(value.trim());
    }
  }
  const result = classes.join(' ');
  cache.set(cacheKey, result);
  return result;
}
