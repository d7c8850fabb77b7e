import type { LocalizationTree } from './types.js';

// Resources can come from JSON a page fetched; these keys must never reach an object's prototype chain.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isTree(value: unknown): value is LocalizationTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges `overrides` over `base`, last wins, without mutating any input. A leaf that is `undefined` or `''`
 * in an override is "not translated" and keeps the value underneath, as with Clerk's partial locales. Non-string
 * leaves are ignored: a resource holds text only.
 */
export function mergeResources(base: LocalizationTree, ...overrides: ReadonlyArray<LocalizationTree | undefined>) {
  let result: LocalizationTree = base;
  for (const override of overrides) {
    if (isTree(override)) result = mergeTree(result, override);
  }
  return result;
}

function mergeTree(base: LocalizationTree, override: LocalizationTree): LocalizationTree {
  const merged: LocalizationTree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (typeof value === 'string') {
      if (value !== '') merged[key] = value;
    } else if (isTree(value)) {
      const under = merged[key];
      merged[key] = mergeTree(isTree(under) ? under : {}, value);
    }
  }
  return merged;
}
