import type { MenuPopover } from './menu-popover.js';

/**
 * The keys and focus rules inside an open menu (the user button's, the organization switcher's). They come with
 * the module that renders the popover, not with the trigger: a page shows the button without them.
 *
 * Arrows, Home and End move between items; Escape closes and returns focus to the trigger; Tab closes and lets
 * focus move on to what follows the trigger; Shift+Tab closes and returns to the trigger.
 */
export function menuKeydown(menu: MenuPopover, event: KeyboardEvent) {
  const items = menu.items();
  const index = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(items.length - 1);
    case 'Escape':
      event.preventDefault();
      return menu.close(true);
    case 'Tab':
      if (event.shiftKey) {
        event.preventDefault();
        return menu.close(true);
      }
      // Let the browser move focus first: closing now would re-render (microtasks run before the default
      // action) and remove the focused item, and Firefox/Safari would restart the Tab order at the page top.
      setTimeout(() => menu.close(false));
      return;
  }
}

/** Focus leaving the element `host` (Tab, a screen reader's focus move, a click elsewhere) closes the menu. */
export function menuFocusout(menu: MenuPopover, host: Element, event: FocusEvent): void {
  const to = event.relatedTarget;
  if (to instanceof Node && !host.contains(to)) menu.close(false);
}
