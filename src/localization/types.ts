import type { enUS } from './en-US.js';

/**
 * The loose shape every localization resource has: nested groups of strings, keyed like Clerk's
 * `LocalizationResource`. Kept open (an index signature at every level) so a resource object written for Clerk,
 * with keys this slice does not render yet, still type-checks and simply carries the extra strings along.
 */
export interface LocalizationTree {
  [key: string]: string | LocalizationTree | undefined;
}

/**
 * Every key of `T` optional at every depth, string leaves widened to `string`, and each level left open to other
 * keys (Clerk has many groups and keys Latch does not know yet).
 */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]>;
} & LocalizationTree;

/**
 * A localization resource: any subset of the keys Latch renders (autocompleted from en-US), at any depth, plus
 * whatever other Clerk keys the author has. `undefined` and `''` leaves mean "not translated": the value underneath
 * (en-US, or an earlier resource in the list) is used instead.
 */
export type LocalizationResource = DeepPartial<typeof enUS>;

/** Values that `{{token}}` placeholders can be filled with. */
export type LocalizationTokens = Record<string, unknown>;
