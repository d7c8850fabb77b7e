import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'userProfile';

  protected override get elementCss(): typeof userProfileCss {
    return userProfileCss;
  }

  /** Custom pages and links as data (Clerk's `customPages`); children, when present, come after them. */
  @property({ attribute: false }) customPages: CustomPage[] = [];

  /** Each page's instance, made once its chunk has arrived (it keeps what the user typed across renders). */
  readonly #pages = new Map<string, ProfilePage>();
  /** Custom pages' navbar entries and mounted content, once their module has arrived. */
  #custom?: CustomNav;
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
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const user = this.loadedLatch.user;
    if (!user) return html``;
    const entries = this.#navEntries();
    if (!entries) return this.card(stepLoading(this), nothing);
    const entry = entryForRoute(entries, this.step);
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

  /** @internal A navbar button (built-in and custom pages). */
  navButton(entry: PageEntry, current: boolean, label: string, icon: Node | typeof nothing = nothing): TemplateResult {
    return html`<button
      type="button"
      class=${this.cls('navbarButton', { id: entry.id, state: current ? 'active' : undefined })}
      aria-current=${current ? 'page' : 'false'}
      @click=${() => this.go(entry.route)}
    >${icon}<span class=${this.cls('navbarButtonText')}>${label}</span></button>`;
  }

  /** On a custom page, focus goes to its content (it has no heading of ours); on a built-in page, to the heading. */
  protected override stepChanged(): void {
    const box = this.querySelector<HTMLElement>(
      ':scope .latch-profile-layout > .cl-profilePage[role="region"]:not([hidden])',
    );
    if (box) {
      box.tabIndex = -1;
      box.focus({ preventScroll: true });
    } else super.stepChanged();
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
