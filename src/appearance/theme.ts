import type { Appearance } from './types.js';

/** A prebuilt theme: a plain appearance object, tagged so tooling can tell it from a user's own. */
export type PrebuiltTheme<T extends Appearance = Appearance> = T & { __type: 'prebuilt_appearance' };

/** Declares a theme; usable anywhere an appearance or a `theme` entry is. */
export function createTheme<T extends Appearance>(theme: T): PrebuiltTheme<T> {
  return { ...theme, __type: 'prebuilt_appearance' };
}
