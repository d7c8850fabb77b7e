/**
 * The parts of @floating-ui/dom the menu uses, as the module user-button.ts imports lazily: a dynamic import of
 * the package itself would keep all of its exports (~8 KB gzip instead of ~5 KB).
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
