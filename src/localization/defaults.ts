import { enUSCommon } from './en-US-common.js';
import { mergeResources } from './merge.js';
import type { LocalizationResource, LocalizationTree } from './types.js';

/**
 * The built-in strings a localizer falls back to: the shared English strings, plus the strings each element
 * module registers when it is defined. Localizers built earlier notice a new registration through `revision`.
 */
let defaults: LocalizationTree = enUSCommon;
let revision = 0;

export function registerDefaultStrings(part: LocalizationResource): void {
  defaults = mergeResources(defaults, part as LocalizationTree);
  revision++;
}

export function defaultStrings(): LocalizationTree {
  return defaults;
}

/** Bumped by every registration: a cached localizer older than this lacks some element's strings. */
export function defaultStringsRevision(): number {
  return revision;
}
