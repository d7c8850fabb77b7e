import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * @floating-ui/dom (~5 KB gzip) is its own chunk, fetched the first time a menu may open (the pointer or focus on
 * a trigger, or the opening itself), not with the element: a page shows the button without it. A failed fetch is
 * forgotten, so the next opening retries.
 */
let floatingUi: Promise<typeof import('./floating.js')> | undefined;
function loadFloatingUi(): Promise<typeof import('./floating.js') | undefined> {
  floatingUi ??= import('./floating.js').catch((error: unknown) => {
    floatingUi = undefined;
    throw error;
  });
  return floatingUi.catch((error: unknown) => {
    console.error('[latch] could not load the menu positioning', error);
    return undefined;
  });
}

export interface MenuPopoverOptions {
  /** Selectors, inside the host, of the button that opens the menu and of the positioned popover box. */
  trigger: string;
  popover: string;
  /** Right-to-left pages mirror the placement. */
  rtl: () => boolean;
  /** Which side of the trigger the popover lines up with (in left-to-right; mirrored for right-to-left). */
  align?: 'start' | 'end';
  /**
   * The module that renders the popover, when it is a lazy chunk: `prefetch` starts it with the positioning
   * library, and opening waits for it, so the first item exists to take focus. A failed download still opens
   * the menu (the host shows the error there); the next opening tries again.
   */
  content?: () => Promise<unknown>;
}

/**
 * A menu button's popover (the user button's and the organization switcher's): open state, keyboard and
 * focus rules, closing on an outside pointer, and positioning with @floating-ui/dom through the CSSOM (no
 * style="" markup, so a strict CSP holds). The host renders the trigger, the popover box while `open`, and
 * `role="menuitem"` items, and binds `toggle` and `onTriggerKeydown`; the popover binds `menuKeydown` and
 * `menuFocusout` (menu-keys.ts, which comes with the popover's own module).
 *
 * Keyboard: ArrowDown/ArrowUp on the trigger open the menu on its first/last item; arrows, Home and End move;
 * Escape closes and returns focus to the trigger; Tab closes and lets focus move on to what follows the trigger;
 * Shift+Tab closes and returns to the trigger.
 */
export class MenuPopover implements ReactiveController {
  #open = false;
  #stopAutoUpdate?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MenuPopoverOptions,
  ) {
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  set open(value: boolean) {
    if (value === this.#open) return;
    this.#open = value;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onOutsidePointer, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
    this.#stopPositioning();
  }

  hostUpdated(): void {
    if (!this.#open) {
      this.#stopPositioning();
      return;
    }
    const trigger = this.host.querySelector<HTMLElement>(this.options.trigger);
    const popover = this.host.querySelector<HTMLElement>(this.options.popover);
    if (!trigger || !popover || this.#stopAutoUpdate) return;
    // Closing (or disconnecting) while the library is still on its way must not start positioning afterwards.
    let stopped = false;
    let stopAutoUpdate: (() => void) | undefined;
    this.#stopAutoUpdate = () => {
      stopped = true;
      stopAutoUpdate?.();
    };
    const { align = 'end', rtl } = this.options;
    void loadFloatingUi().then((floating) => {
      if (floating && !stopped)
        stopAutoUpdate = floating.positionPopover(trigger, popover, () => (align === 'end') !== rtl());
    });
  }

  /** Bind to the trigger's pointerenter and focus: the positioning library is on its way before the click. */
  prefetch = (): void => {
    void loadFloatingUi();
    void this.#loadContent();
  };

  #loadContent(): Promise<unknown> {
    return this.options.content?.().catch((error: unknown) => error) ?? Promise.resolve();
  }

  /** Opens without moving focus (Clerk's `defaultOpen`), once the popover's module is in. */
  async show(): Promise<void> {
    await this.#loadContent();
    this.open = true;
  }

  toggle = (): void => {
    if (this.#open) this.close(false);
    else void this.openMenu();
  };

  async openMenu(focus: 'first' | 'last' = 'first'): Promise<void> {
    await this.#loadContent();
    this.open = true;
    await this.host.updateComplete;
    const items = this.items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.open = false;
    if (returnFocus) this.host.querySelector<HTMLElement>(this.options.trigger)?.focus();
  }

  items(): HTMLElement[] {
    return [...this.host.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape') {
      this.close(true);
    }
  };

  #onOutsidePointer = (event: PointerEvent): void => {
    if (this.#open && !event.composedPath().includes(this.host)) this.close(false);
  };

  #stopPositioning(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = undefined;
  }
}
