/**
 * Keeps a `position: fixed` popover next to its trigger: below it, aligned with its end edge (its start edge in a
 * right-to-left page), above it instead when there is no room below but there is above, and slid along the edge
 * so it stays `padding` inside the viewport. Follows scrolling (of any ancestor), resizing of the window, the
 * trigger and the popover, until the returned function stops it. Positions are written through the CSSOM
 * (allowed under `style-src 'self'`; style="" markup would not be). This replaces @floating-ui/dom (~5 KB gzip)
 * for the one placement the user button needs.
 */
export interface PlacementOptions {
  rtl: boolean;
  /** Space between trigger and popover, in px. */
  offset?: number;
  /** Least space between the popover and the viewport's edges, in px. */
  padding?: number;
}

export function placePopover(trigger: Element, popover: HTMLElement, options: PlacementOptions): () => void {
  const { rtl, offset = 8, padding = 8 } = options;
  const place = () => {
    const anchor = trigger.getBoundingClientRect();
    const { width, height } = popover.getBoundingClientRect();
    const viewport = document.documentElement;
    const below = anchor.bottom + offset;
    const above = anchor.top - offset - height;
    const fitsBelow = below + height <= viewport.clientHeight - padding;
    const top = !fitsBelow && above >= padding ? above : below;
    const start = rtl ? anchor.left : anchor.right - width;
    const left = Math.max(padding, Math.min(start, viewport.clientWidth - padding - width));
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  };
  place();
  const scroll = { capture: true, passive: true };
  addEventListener('scroll', place, scroll);
  addEventListener('resize', place);
  const sizes = new ResizeObserver(place);
  sizes.observe(trigger);
  sizes.observe(popover);
  return () => {
    removeEventListener('scroll', place, scroll);
    removeEventListener('resize', place);
    sizes.disconnect();
  };
}
