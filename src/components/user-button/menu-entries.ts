/**
 * The user button's menu entries, resolved from its item children and its `customMenuItems` property. Part of
 * the menu's chunk (user-button-menu.ts): a page shows the button without it.
 */
import type { DefaultMenuItem, MenuEntry, UserButtonMenuItem } from './menu-items.js';

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

/** Gives back the icons `mountIcon` drew (`unmountIcon`), when the button leaves the document. */
export function releaseIcons(items: readonly UserButtonMenuItem[]): void {
  for (const item of items) {
    const box = mountedIcons.get(item);
    if (!box) continue;
    mountedIcons.delete(item);
    item.unmountIcon?.(box);
  }
}
