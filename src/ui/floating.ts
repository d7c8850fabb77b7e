/**
 * Positions a menu's popover under its trigger with @floating-ui/dom: the module menu-popover.ts imports lazily,
 * fetched the first time a menu may open. Naming the parts here keeps what the bundler takes from the package
 * small (a dynamic import of the package itself would keep all of its exports: ~8 KB gzip instead of ~5 KB).
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * Keeps `popover` below `trigger`, lined up with its end (`alignEnd()`, already mirrored for right-to-left, asked
 * again at each move) or its start, while either moves; returns the function that stops it.
 */
export function positionPopover(trigger: HTMLElement, popover: HTMLElement, alignEnd: () => boolean): () => void {
  return autoUpdate(trigger, popover, async () => {
    const { x, y } = await computePosition(trigger, popover, {
      placement: alignEnd() ? 'bottom-end' : 'bottom-start',
      strategy: 'fixed',
      middleware: [offset(8), flip(), shift({ padding: 8 })],
    });
    // CSSOM writes are allowed under `style-src 'self'`; style="" markup would not be.
    popover.style.left = `${x}px`;
    popover.style.top = `${y}px`;
  });
}
