import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { User } from '../../resources/index.js';
import { stepLoading } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import type { CustomNav, CustomNavHost, CustomPage, NavEntry, PageEntry } from './custom-pages.js';
import { userProfileCss } from './user-profile.styles.js';

/** What a page module's class gives the profile: it draws itself for the signed-in user. */
interface ProfilePage {
  render(user: User): TemplateResult;
}
type ProfilePageClass = new (host: LatchUserProfile) => ProfilePage;

/**
 * The built-in pages: the navbar label and each page's own chunk, fetched the first time the page shows. Their
 * order and routes come from navEntries (custom-pages.ts), which custom pages can change.
 */
const PAGES: Record<'account' | 'security', { label: string; load: () => Promise<ProfilePageClass> }> = {
  account: {
    label: 'userProfile.navbar.account',
    load: () => import('./account-page.js').then((m) => m.AccountPage),
  },
  security: {
    label: 'userProfile.navbar.security',
    load: () => import('./security-page.js').then((m) => m.SecurityPage),
  },
};

/** The navbar without custom pages: Account at the root, then Security. */
const DEFAULT_NAV: NavEntry[] = [
  { kind: 'default', id: 'account', route: '', name: 'account' },
  { kind: 'default', id: 'security', route: 'security', name: 'security' },
];

/** Custom pages' code (ordering, mounting), fetched only by a profile that has some. */
const loadCustomPages = () => import('./custom-pages.js');

/** The page a route shows: the one at that route, or at its own name when it is the root; else the first. */
function entryForRoute(entries: readonly NavEntry[], route: string): PageEntry {
  const pages = entries.filter((e): e is PageEntry => e.kind !== 'link');
  return pages.find((e) => e.route === route) ?? pages.find((e) => e.name === route) ?? (pages[0] as PageEntry);
}

/**
 * @summary The signed-in user's account (Clerk's `<UserProfile/>`): a navbar and the Account page, where the
 * user edits their photo and name, their username, and adds, verifies, makes primary and removes email
 * addresses and phone numbers. Every change goes through the server and the page redraws from its answer.
 *
 * Pages are lazy chunks. `routing` is `hash` (default), `path` or `virtual` (inside the modal of
 * `latch.openUserProfile()`); the Account page is at the root, the Security page at `security`.
 *
 * Custom pages and links (Clerk's `<UserProfile.Page>` / `<UserProfile.Link>`): `<latch-user-profile-page>` and
 * `<latch-user-profile-link>` children or the `customPages` property (see custom-pages.ts). They join the navbar
 * in order; naming `account` or `security` as a label moves that page; the first page is at the root and a
 * custom page at its `url`. A custom page's content is mounted once and kept, hidden on the other pages.
 */
export class LatchUserProfile extends FlowElement implements CustomNavHost {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    customPages: { attribute: false },
  };
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'userProfile';

  protected override get elementCss(): typeof userProfileCss {
    return userProfileCss;
  }

  /** Custom pages and links as data (Clerk's `customPages`); children, when present, come after them. */
  customPages: CustomPage[] = [];

  /** Each page's instance, made once its chunk has arrived (it keeps what the user typed across renders). */
  readonly #pages = new Map<string, ProfilePage>();
  /** Custom pages' navbar entries and mounted content, once their module has arrived. */
  #custom?: CustomNav;
  /** The page the last render drew, and the one drawn before it: a change moves focus to the new page. */
  #drawn?: PageEntry;
  #shownName?: string;
  /** A page change whose heading is not drawn yet (its chunk is on its way): focus goes there once it is. */
  #focusPending = false;
  /** Custom page children may be added, removed or relabelled at any time: redraw the navbar then. */
  readonly #childObserver = new MutationObserver((records) => {
    const isPage = (node: Node) => node instanceof Element && node.localName.startsWith('latch-user-profile-');
    const relevant = records.some((r) => isPage(r.target) || [...r.addedNodes, ...r.removedNodes].some(isPage));
    if (relevant) this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver.observe(this, {
      childList: true,
      attributes: true,
      attributeFilter: ['label', 'url'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    this.#custom?.release();
  }

  /**
   * The navbar: the defaults, or, with custom pages (as the property or children), their order once their module
   * has arrived (`undefined` until then).
   */
  #navEntries(): NavEntry[] | undefined {
    const hasChildren = this.querySelector(':scope > latch-user-profile-page, :scope > latch-user-profile-link');
    if (!this.customPages.length && !hasChildren) {
      this.#custom?.release();
      return DEFAULT_NAV;
    }
    const custom = this.lazyStep(loadCustomPages);
    if (!custom) return undefined;
    this.#custom ??= new custom.CustomNav(this);
    return this.#custom.entries([...this.customPages, ...custom.pagesFromChildren(this)]);
  }

  override render(): TemplateResult {
    this.#drawn = undefined;
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const user = this.loadedLatch.user;
    if (!user) return html``;
    const entries = this.#navEntries();
    if (!entries) return this.card(stepLoading(this), nothing);
    const entry = entryForRoute(entries, this.step);
    this.#drawn = entry;
    return this.card(
      html`<div class="latch-profile-layout">
        <nav class=${this.cls('navbar')} aria-label=${this.t('userProfile.navbar.title')}>
          <ul class=${this.cls('navbarButtons')}>
            ${entries.map(
              (e) =>
                html`<li>${
                  e.kind === 'default'
                    ? this.navButton(e, e === entry, this.t(PAGES[e.id].label))
                    : this.#custom?.navItem(e, e === entry)
                }</li>`,
            )}
          </ul>
        </nav>
        ${entry.kind === 'default' ? this.#renderDefaultPage(entry.id, user) : nothing}
        ${this.#custom?.pages(entry)}
      </div>`,
      nothing,
    );
  }

  #renderDefaultPage(id: 'account' | 'security', user: User): TemplateResult {
    let page = this.#pages.get(id);
    if (!page) {
      const PageClass = this.lazyStep(PAGES[id].load);
      if (PageClass) {
        page = new PageClass(this);
        this.#pages.set(id, page);
      }
    }
    return page ? page.render(user) : stepLoading(this);
  }

  /** @internal Opens the Account page (the two-step section sends a user with no verified phone there to add one). */
  openAccountPage(): void {
    const entry = this.#navEntries()?.find((e) => e.kind === 'default' && e.id === 'account');
    this.go(entry && 'route' in entry ? entry.route : '');
  }

  /** @internal A navbar button (built-in and custom pages). */
  navButton(entry: PageEntry, current: boolean, label: string, icon: Node | typeof nothing = nothing): TemplateResult {
    return html`<button
      type="button"
      class=${this.cls('navbarButton', { id: entry.id, state: current ? 'active' : undefined })}
      aria-current=${current ? 'page' : 'false'}
      @click=${() => this.go(entry.route)}
    >${icon}<span class=${this.cls('navbarButtonText')}>${label}</span></button>`;
  }

  /**
   * Moving to another page (built-in or custom, by the navbar, a link or the browser's history), focus goes to the
   * new page's heading, so keyboard and screen-reader users land in it. The base element's own check (its
   * `.cl-headerTitle` text changed) misses custom pages, which have no heading of ours: the profile tracks pages.
   */
  protected override stepChanged(): void {
    // Nothing here: updated() moves focus once the new page is drawn.
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const drawn = this.#drawn;
    if (!drawn) return;
    if (this.#shownName !== undefined && drawn.name !== this.#shownName) this.#focusPending = true;
    this.#shownName = drawn.name;
    if (this.#focusPending) this.#focusPending = !this.#focusPageHeading();
  }

  /**
   * Focuses the shown page's heading: ours on a built-in page; on a custom page the author's first heading, or the
   * page's region (labelled with the navbar label) when it has none. False while the page is still loading.
   */
  #focusPageHeading(): boolean {
    const page = this.querySelector<HTMLElement>(':scope .latch-profile-layout > .cl-profilePage:not([hidden])');
    if (!page) return false;
    const target = page.querySelector<HTMLElement>('.cl-headerTitle, h1, h2, h3, h4, h5, h6, [role="heading"]') ?? page;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    return true;
  }

  /** @internal For the page module: the loaded Latch and a translated-error formatter. */
  get profileLatch() {
    return this.loadedLatch;
  }

  /** @internal The FAPI error worded in the current language. */
  translateError(error: unknown): string {
    return this.localizer.translateError(error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-profile': LatchUserProfile;
  }
}
