import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ComponentKey } from '../../appearance/index.js';
import type { Organization } from '../../resources/index.js';
import { stepLoading } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import { type CustomEntry, readCustomEntries } from './custom-pages.js';
import { orgProfileCss } from './org-profile.styles.js';

/** What a page module's class gives the profile: it draws itself for the active organization. */
export interface OrgProfilePage {
  render(organization: Organization): TemplateResult;
}
type OrgProfilePageClass = new (host: LatchOrgProfile) => OrgProfilePage;

interface DefaultPage {
  route: string;
  id: 'general' | 'members' | 'domains';
  label: string;
  /** Shown only when this says so (the active role's permissions, the instance's settings). */
  visible: (host: LatchOrgProfile) => boolean;
  load: () => Promise<OrgProfilePageClass>;
}

/** The default pages, in navbar order: each is its own chunk, fetched the first time it shows. */
const DEFAULT_PAGES: DefaultPage[] = [
  {
    route: '',
    id: 'general',
    label: 'organizationProfile.navbar.general',
    visible: () => true,
    load: () => import('./general-page.js').then((m) => m.GeneralPage),
  },
  {
    route: 'organization-members',
    id: 'members',
    label: 'organizationProfile.navbar.members',
    visible: (host) => host.can('org:sys_memberships:read') || host.can('org:sys_memberships:manage'),
    load: () => import('./members-page.js').then((m) => m.MembersPage),
  },
  {
    route: 'organization-domains',
    id: 'domains',
    label: 'organizationProfile.navbar.domains',
    visible: (host) => host.domainsEnabled && host.can('org:sys_domains:manage'),
    load: () => import('./domains-page.js').then((m) => m.DomainsPage),
  },
];

/** One navbar entry: a default page, a custom page (content from a child element) or a link. */
type NavEntry =
  | { kind: 'default'; page: DefaultPage }
  | { kind: 'custom'; route: string; label: string; node: HTMLElement }
  | { kind: 'link'; label: string; url: string };

/**
 * @summary The active organization's settings (Clerk's `<OrganizationProfile/>`): a navbar and the General page
 * (name, slug, logo, leave, delete), the People page (members, invitations, requests to join) and, when the
 * instance verifies domains, the Domains page. Each part shows only to roles whose permissions allow it; the
 * server enforces the same permissions.
 *
 * Custom pages and links come from child elements: `<latch-org-profile-page label="…" url="…">content</…>`,
 * `<latch-org-profile-link label="…" url="…">`, and `<latch-org-profile-page label="general|members">` to move a
 * default page. Pages are lazy chunks. `routing` is `hash` (default), `path` or `virtual` (inside the modal of
 * `latch.openOrganizationProfile()`).
 */
export class LatchOrgProfile extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    afterLeaveOrganizationUrl: { attribute: 'after-leave-organization-url' },
  };
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'organizationProfile';

  /** Where to go after the user leaves or deletes the organization (Clerk's `afterLeaveOrganizationUrl`). */
  afterLeaveOrganizationUrl?: string;

  protected override get elementCss(): typeof orgProfileCss {
    return orgProfileCss;
  }

  /** Each page's instance, made once its chunk has arrived (it keeps what the user typed across renders). */
  readonly #pages = new Map<string, OrgProfilePage>();
  /** The custom page and link elements the page author placed inside, read when the element connects. */
  #custom: CustomEntry[] = [];

  override connectedCallback(): void {
    this.#custom = readCustomEntries(this);
    super.connectedCallback();
  }

  /** The navbar: defaults first in their order, unless child elements place them; then custom pages and links. */
  #entries(): NavEntry[] {
    const defaults = (id: string) => DEFAULT_PAGES.find((p) => p.id === id);
    const placed = new Set(this.#custom.filter((c) => defaults(c.label)).map((c) => c.label));
    const entries: NavEntry[] = DEFAULT_PAGES.filter((p) => !placed.has(p.id)).map((page) => ({
      kind: 'default',
      page,
    }));
    for (const c of this.#custom) {
      const page = defaults(c.label);
      if (page) entries.push({ kind: 'default', page });
      else if (c.kind === 'page' && c.url) entries.push({ kind: 'custom', route: c.url, label: c.label, node: c.node });
      else if (c.kind === 'link' && c.url) entries.push({ kind: 'link', label: c.label, url: c.url });
    }
    return entries.filter((e) => e.kind !== 'default' || e.page.visible(this));
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const organization = this.loadedLatch.organization;
    if (!organization) return html``;
    const entries = this.#entries();
    const routeOf = (e: NavEntry) => (e.kind === 'default' ? e.page.route : e.kind === 'custom' ? e.route : null);
    const current = entries.find((e) => routeOf(e) === this.step) ?? entries.find((e) => e.kind !== 'link');
    return this.card(
      html`<div class="latch-profile-layout">
        <nav class=${this.cls('navbar')} aria-label=${this.t('organizationProfile.navbar.title')}>
          <ul class=${this.cls('navbarButtons')}>
            ${entries.map((entry) => this.#navButton(entry, entry === current))}
          </ul>
        </nav>
        ${current ? this.#renderEntry(current, organization) : nothing}
      </div>`,
      nothing,
    );
  }

  #navButton(entry: NavEntry, current: boolean): TemplateResult {
    const id = entry.kind === 'default' ? entry.page.id : entry.kind === 'custom' ? entry.route : 'link';
    const label = entry.kind === 'default' ? this.t(entry.page.label) : entry.label;
    const onClick = () => {
      if (entry.kind === 'link') void this.loadedLatch.navigate(entry.url);
      else this.go(entry.kind === 'default' ? entry.page.route : entry.route);
    };
    return html`<li>
      <button
        type="button"
        class=${this.cls('navbarButton', { id, state: current ? 'active' : undefined })}
        aria-current=${current ? 'page' : 'false'}
        @click=${onClick}
      >
        <span class=${this.cls('navbarButtonText')}>${label}</span>
      </button>
    </li>`;
  }

  #renderEntry(entry: NavEntry, organization: Organization): TemplateResult | typeof nothing {
    if (entry.kind === 'custom') {
      // The author's content moves into the card while its page shows, and back (hidden) when it does not.
      return html`<div class=${this.cls('profilePage', { id: entry.route })} ${ref(this.#showCustom(entry.node))}></div>`;
    }
    if (entry.kind !== 'default') return nothing;
    this.#hideCustom();
    const { page: def } = entry;
    let page = this.#pages.get(def.id);
    if (!page) {
      const PageClass = this.lazyStep(def.load);
      if (PageClass) {
        page = new PageClass(this);
        this.#pages.set(def.id, page);
      }
    }
    return page ? page.render(organization) : stepLoading(this);
  }

  #showCustom(node: HTMLElement) {
    return (container: Element | undefined) => {
      if (!container) return;
      this.#hideCustom(node);
      node.hidden = false;
      if (node.parentNode !== container) container.append(node);
    };
  }

  /** Puts every custom page but `except` back at the start of the element, hidden. */
  #hideCustom(except?: HTMLElement): void {
    for (const c of this.#custom) {
      if (c.kind !== 'page' || c.node === except) continue;
      c.node.hidden = true;
      if (c.node.parentNode !== this) this.prepend(c.node);
    }
  }

  // ---- for the page modules ---------------------------------------------------------------------------

  /** @internal The loaded Latch. */
  get profileLatch() {
    return this.loadedLatch;
  }

  /** @internal Whether the active membership's role carries `permission` (the server checks it again). */
  can(permission: string): boolean {
    return this.resolvedLatch?.session?.checkAuthorization({ permission }) ?? false;
  }

  /** @internal Whether the instance lets organizations verify domains. */
  get domainsEnabled(): boolean {
    const settings = this.resolvedLatch?.environment as { organizationSettings?: { domains?: { enabled?: boolean } } };
    return settings?.organizationSettings?.domains?.enabled === true;
  }

  /** @internal The FAPI error worded in the current language. */
  translateError(error: unknown): string {
    return this.localizer.translateError(error);
  }

  /**
   * @internal The user left or deleted the organization: `latch-organization-leave` fires, a modal around the
   * profile closes (its `latch-close`), and the browser goes to `afterLeaveOrganizationUrl` when one is set.
   */
  organizationGone(): void {
    this.emit('latch-organization-leave', {});
    if (this.closest('latch-modal')) this.emit('latch-close', {});
    this.requestUpdate();
    if (this.afterLeaveOrganizationUrl) void this.loadedLatch.navigate(this.afterLeaveOrganizationUrl);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-org-profile': LatchOrgProfile;
  }
}
