/**
 * Custom items of the user button's menu, given as children (Clerk's `<UserButton.MenuItems>`,
 * `<UserButton.Action>` and `<UserButton.Link>`):
 *
 * ```html
 * <latch-user-button>
 *   <latch-user-button-action label="Help" onclick="openHelp()"><svg slot="labelIcon">…</svg></latch-user-button-action>
 *   <latch-user-button-link label="Billing" href="/billing"></latch-user-button-link>
 *   <latch-user-button-action label="signOut"></latch-user-button-action>  <!-- moves the default item here -->
 *   <latch-user-button-action label="Help" open="help"></latch-user-button-action>  <!-- the profile's Help page -->
 *   <latch-user-profile-page label="Help" url="help">…</latch-user-profile-page>   <!-- given to that profile -->
 * </latch-user-button>
 * ```
 *
 * They only describe items: each keeps an empty shadow root so that neither it nor its icon shows where it is
 * written; the user button draws the item inside its menu. Choosing an action dispatches `click` on the
 * `<latch-user-button-action>` itself, so ordinary click listeners are the callback.
 */
export class LatchUserButtonAction extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

/** A link item of the user button's menu (`label`, `href`; icon in `slot="labelIcon"`). */
export class LatchUserButtonLink extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

/** The two built-in items that custom items can reorder by naming them as a label, as Clerk's API does. */
export type DefaultMenuItem = 'manageAccount' | 'signOut';

/** A custom item given as a property (Clerk's `customMenuItems`). */
export interface UserButtonMenuItem {
  /** Visible text, or `manageAccount` / `signOut` to place a default item. */
  label: string;
  /** Called when chosen (action items). */
  onClick?: () => void;
  /** Makes it a link item. */
  href?: string;
  /** Opens the profile at this custom page (its `url`), with the pages given to the button. */
  open?: string;
  /** An icon node, cloned into the item (decorative). */
  labelIcon?: Node;
  /** Draws the icon into the box it is given, once (Clerk's JavaScript shape); `unmountIcon` when the button goes. */
  mountIcon?: (el: HTMLDivElement) => void;
  unmountIcon?: (el?: HTMLDivElement) => void;
}

/** One item of the menu, resolved from children or the property. */
export type MenuEntry =
  | { kind: DefaultMenuItem }
  | { kind: 'action'; label: string; icon: Node | null; run: () => void; open?: string }
  | { kind: 'link'; label: string; icon: Node | null; href: string };

const isDefault = (label: string): label is DefaultMenuItem => label === 'manageAccount' || label === 'signOut';

/** The custom entries declared as children of `host`, in document order. */
export function entriesFromChildren(host: Element): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const child of host.children) {
    const tag = child.localName;
    if (tag !== 'latch-user-button-action' && tag !== 'latch-user-button-link') continue;
    const label = child.getAttribute('label') ?? '';
    const icon = child.querySelector('[slot="labelIcon"]');
    if (tag === 'latch-user-button-action') {
      if (isDefault(label)) entries.push({ kind: label });
      else if (label) {
        const open = child.getAttribute('open') ?? undefined;
        entries.push({ kind: 'action', label, icon, open, run: () => (child as HTMLElement).click() });
      }
    } else {
      const href = child.getAttribute('href');
      if (label && href) entries.push({ kind: 'link', label, icon, href });
    }
  }
  return entries;
}

/** The boxes `mountIcon` drew into, one per item, made once. */
const mountedIcons = new WeakMap<UserButtonMenuItem, HTMLDivElement>();

function iconOf(item: UserButtonMenuItem): Node | null {
  if (item.labelIcon || !item.mountIcon) return item.labelIcon ?? null;
  let box = mountedIcons.get(item);
  if (!box) {
    box = document.createElement('div');
    mountedIcons.set(item, box);
    item.mountIcon(box);
  }
  return box;
}

/** Gives back the icons `mountIcon` drew (`unmountIcon`), when the button leaves the document. */
export function releaseIcons(items: readonly UserButtonMenuItem[]): void {
  for (const item of items) {
    const box = mountedIcons.get(item);
    if (!box) continue;
    mountedIcons.delete(item);
    item.unmountIcon?.(box);
  }
}

/** The custom entries given as the `customMenuItems` (or `menuItems`) property. */
export function entriesFromProps(items: readonly UserButtonMenuItem[]): MenuEntry[] {
  return items.flatMap((item): MenuEntry[] => {
    if (isDefault(item.label)) return [{ kind: item.label }];
    if (!item.label) return [];
    const icon = iconOf(item);
    if (item.href) return [{ kind: 'link', label: item.label, icon, href: item.href }];
    return [{ kind: 'action', label: item.label, icon, open: item.open, run: () => item.onClick?.() }];
  });
}

/**
 * The final order, as Clerk builds it: the defaults the custom list does not name come first (Manage account,
 * then Sign out), then the custom list in its order, where a named default sits at its own place.
 */
export function menuEntries(custom: MenuEntry[]): MenuEntry[] {
  const placed = new Set(custom.map((e) => e.kind));
  const defaults = (['manageAccount', 'signOut'] as const)
    .filter((kind) => !placed.has(kind))
    .map((kind) => ({ kind }));
  return [...defaults, ...custom];
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-button-action': LatchUserButtonAction;
    'latch-user-button-link': LatchUserButtonLink;
  }
}
