/**
 * Custom pages and links of the user profile's navbar (Clerk's `<UserProfile.Page>`, `<UserProfile.Link>` and,
 * for JavaScript, the `customPages` prop), given as children of `<latch-user-profile>` (or of
 * `<latch-user-button>`, whose "Manage account" opens the profile with them):
 *
 * ```html
 * <latch-user-profile>
 *   <latch-user-profile-page label="Help" url="help">
 *     <svg slot="labelIcon">…</svg>
 *     <h2>Help</h2><p>Any markup: it is moved, not copied, into the profile when the page first shows.</p>
 *   </latch-user-profile-page>
 *   <latch-user-profile-link label="Home" url="/"></latch-user-profile-link>
 *   <latch-user-profile-page label="account"></latch-user-profile-page>  <!-- moves the Account page here -->
 * </latch-user-profile>
 * ```
 *
 * Both describing elements keep an empty shadow root, so neither they nor their content show where they are
 * written (the profile's and the user button's styles hide them until this module has arrived); each is turned
 * into the JavaScript shape (`CustomPage`), which is the one the profile draws.
 *
 * This module is a lazy chunk: the profile fetches it only when it has custom pages, the user button only when
 * it opens the profile with some.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink } from '../../core/redirects.js';
import type { UiHost } from '../../ui/form.js';
import { defineElement } from '../base/define.js';

export class LatchUserProfilePage extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

/** A link of the profile's navbar (`label`, `url`; icon in `slot="labelIcon"`). */
export class LatchUserProfileLink extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

defineElement('latch-user-profile-page', LatchUserProfilePage);
defineElement('latch-user-profile-link', LatchUserProfileLink);

/**
 * Clerk's `customPages` entry: a page (`label`, `url`, `mount`), a link (`label`, `url`, no `mount`), or a
 * default page placed by its label (`account`, `security`). The profile calls `mount` once, the first time the
 * page shows, and keeps that content in place (hidden on other pages) until the page leaves the list or the
 * profile leaves the document, when it calls `unmount`. Same for `mountIcon` / `unmountIcon` and the navbar icon.
 */
export interface CustomPage {
  label: string;
  url?: string;
  mount?: (el: HTMLDivElement) => void;
  unmount?: (el?: HTMLDivElement) => void;
  mountIcon?: (el: HTMLDivElement) => void;
  unmountIcon?: (el?: HTMLDivElement) => void;
}

/** The profile's built-in pages, which custom entries can reorder by naming them as a label. */
export type DefaultPage = 'account' | 'security';
const DEFAULT_PAGES: readonly DefaultPage[] = ['account', 'security'];
const isDefaultPage = (label: string): label is DefaultPage => (DEFAULT_PAGES as readonly string[]).includes(label);

/**
 * One navbar entry, resolved. `route` is where a page lives (`''` for the first page, the root), `name` its own
 * route (`account`, `security`, a custom page's url), which also reaches it when it is the root.
 */
export type NavEntry =
  | { kind: 'default'; id: DefaultPage; route: string; name: string }
  | { kind: 'custom'; id: string; route: string; name: string; page: CustomPage }
  | { kind: 'link'; id: string; href: string; page: CustomPage };

/** An entry that shows a page (not a link). */
export type PageEntry = Exclude<NavEntry, { kind: 'link' }>;

/** A page's own route: its `url` without surrounding slashes. */
const routeOf = (url: string) => url.replace(/^\/+|\/+$/g, '');

/** A class-name-safe id for the element keys' `__id` variant (a URL may hold anything). */
const idOf = (url: string) => routeOf(url).replace(/[^\w-]+/g, '-') || 'root';

/**
 * The navbar in order, as Clerk builds it: the default pages the custom list does not name come first, then the
 * custom list in its order, where a named default sits at its own place. The first page is at the root; the
 * others at their route (`account`, `security`, a custom page's `url`). Entries that are neither a page, a link
 * nor a known default, and pages whose route is already taken, are left out with a console warning.
 */
function navEntries(custom: readonly CustomPage[]): NavEntry[] {
  const named = new Set(custom.filter((c) => !c.url && isDefaultPage(c.label)).map((c) => c.label));
  const entries: NavEntry[] = DEFAULT_PAGES.filter((id) => !named.has(id)).map((id) => ({
    kind: 'default',
    id,
    route: id,
    name: id,
  }));
  const routes = new Set<string>(DEFAULT_PAGES);
  for (const page of custom) {
    if (!page.url && isDefaultPage(page.label)) {
      entries.push({ kind: 'default', id: page.label, route: page.label, name: page.label });
    } else if (page.label && page.url && page.mount) {
      const route = routeOf(page.url);
      if (!route || routes.has(route)) {
        console.warn(`[latch] user profile: the custom page "${page.url}" has no route of its own; left out`);
        continue;
      }
      routes.add(route);
      entries.push({ kind: 'custom', id: idOf(route), route, name: route, page });
    } else if (page.label && page.url) {
      entries.push({ kind: 'link', id: idOf(page.url), href: page.url, page });
    } else {
      console.warn('[latch] user profile: a custom page needs a label and a url (and mount for a page); left out');
    }
  }
  const first = entries.find((e): e is PageEntry => e.kind !== 'link');
  if (first) first.route = '';
  return entries;
}

/** Each describing element's CustomPage, made once so that its mounted content keeps its identity. */
const fromElements = new WeakMap<Element, CustomPage>();

/** The custom pages and links declared as children of `host`, in document order. */
export function pagesFromChildren(host: Element): CustomPage[] {
  const pages: CustomPage[] = [];
  for (const child of host.children) {
    if (child.localName !== 'latch-user-profile-page' && child.localName !== 'latch-user-profile-link') continue;
    let page = fromElements.get(child);
    if (!page) {
      page = pageFromElement(child, child.localName === 'latch-user-profile-page');
      fromElements.set(child, page);
    }
    pages.push(page);
  }
  return pages;
}

const isIcon = (node: Node) => node instanceof Element && node.getAttribute('slot') === 'labelIcon';

/**
 * The JavaScript shape of a describing element. Its content moves into the profile when mounted and back into
 * the (hidden) element when unmounted, so that another profile (the next "Manage account" modal) can show it again.
 */
function pageFromElement(element: Element, isPage: boolean): CustomPage {
  const page: CustomPage = {
    get label() {
      return element.getAttribute('label') ?? '';
    },
    get url() {
      return element.getAttribute('url') ?? undefined;
    },
    mountIcon: (el) => {
      const icon = [...element.children].find(isIcon)?.cloneNode(true);
      if (icon instanceof Element) {
        icon.removeAttribute('slot');
        el.append(icon);
      }
    },
    unmountIcon: (el) => el?.replaceChildren(),
  };
  if (!isPage) return page;
  page.mount = (el) => el.append(...[...element.childNodes].filter((node) => !isIcon(node)));
  page.unmount = (el) => {
    if (el) element.append(...el.childNodes);
  };
  return page;
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-profile-page': LatchUserProfilePage;
    'latch-user-profile-link': LatchUserProfileLink;
  }
}

/** What the profile lends the custom navbar: its classes, and its navbar button (the one every page uses). */
export interface CustomNavHost extends UiHost {
  navButton(entry: PageEntry, current: boolean, label: string, icon: Node): TemplateResult;
}

/**
 * The custom part of the profile's navbar and pages. It keeps the boxes it hands to custom pages and their
 * icons: each made and mounted once, kept (so the content keeps its own DOM and state across page switches,
 * hidden on other pages), and unmounted when its page leaves the list or the profile leaves the document.
 */
export class CustomNav {
  readonly #pages = new Map<CustomPage, HTMLDivElement>();
  readonly #icons = new Map<CustomPage, HTMLDivElement>();

  constructor(private readonly host: CustomNavHost) {}

  /** The navbar for these custom pages; what is no longer in it is unmounted. */
  entries(custom: readonly CustomPage[]): NavEntry[] {
    const entries = navEntries(custom);
    this.release(new Set(entries.flatMap((e) => (e.kind === 'default' ? [] : [e.page]))));
    return entries;
  }

  /** A custom page's navbar button, or a link's anchor (left out unless it is a plain link). */
  navItem(entry: Exclude<NavEntry, { kind: 'default' }>, current: boolean): TemplateResult | typeof nothing {
    const ui = this.host;
    const icon = this.#box(this.#icons, entry.page, entry.page.mountIcon);
    icon.className = ui.cls('navbarButtonIcon', { id: entry.id });
    icon.setAttribute('aria-hidden', 'true');
    if (entry.kind === 'custom') return ui.navButton(entry, current, entry.page.label, icon);
    // The URL is the page author's, but may come from data: only plain links, never `javascript:` and the like.
    if (!isSafeLink(entry.href)) return nothing;
    return html`<a class=${ui.cls('navbarButton', { id: entry.id })} href=${entry.href}>
      ${icon}<span class=${ui.cls('navbarButtonText')}>${entry.page.label}</span>
    </a>`;
  }

  /**
   * Every custom page shown so far, the current one visible, in the order first shown (so the template never
   * moves their boxes).
   */
  pages(entry: PageEntry): Node[] {
    if (entry.kind === 'custom') this.#box(this.#pages, entry.page, entry.page.mount);
    return [...this.#pages].map(([page, box]) => {
      const current = entry.kind === 'custom' && entry.page === page;
      box.className = this.host.cls('profilePage', { id: current ? entry.id : undefined });
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', page.label);
      box.hidden = !current;
      return box;
    });
  }

  /** Unmounts whatever is not in `keep` (everything without it). */
  release(keep: ReadonlySet<CustomPage> = new Set()): void {
    for (const [boxes, unmount] of [
      [this.#pages, (page: CustomPage) => page.unmount],
      [this.#icons, (page: CustomPage) => page.unmountIcon],
    ] as const) {
      for (const [page, box] of boxes) {
        if (keep.has(page)) continue;
        boxes.delete(page);
        unmount(page)?.(box);
      }
    }
  }

  #box(boxes: Map<CustomPage, HTMLDivElement>, page: CustomPage, mount?: (el: HTMLDivElement) => void) {
    let box = boxes.get(page);
    if (!box) {
      box = document.createElement('div');
      boxes.set(page, box);
      try {
        mount?.(box);
      } catch (error) {
        console.error(`[latch] user profile: mounting the custom page "${page.label}" failed`, error);
      }
    }
    return box;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-profile-page': LatchUserProfilePage;
    'latch-user-profile-link': LatchUserProfileLink;
  }
}
