import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { Latch } from '../../core/latch.js';
import { loadErrorStrings } from '../../localization/load-error-strings.js';
import type { OrganizationView, User } from '../../resources/index.js';
import { avatar, avatarCss } from '../../ui/avatar.js';
import { lazyPart } from '../../ui/lazy-part.js';
import { MenuPopover } from '../../ui/menu-popover.js';
import { organizationPreviewCss } from '../../ui/organization-preview.styles.js';
import type { EnrollmentLists } from '../base/enrollment-lists.js';
import { LatchElement } from '../base/latch-element.js';
import { orgSwitcherCss } from './org-switcher.styles.js';

/**
 * The menu (its items, the invitations and suggestions, what they do, its rules): fetched when the menu may first
 * open, not with the trigger.
 */
const menuPart = lazyPart(() => import('./org-switcher-menu.js'));

/** What a preview shows of an organization: a membership's, an invitation's or a suggestion's. */
export type OrgPreview = Pick<OrganizationView, 'id' | 'name' | 'imageUrl'>;

/**
 * @summary Clerk's `<OrganizationSwitcher/>`: a button showing the active organization (or the personal account)
 * that opens a menu of the user's other organizations to switch to, "Manage organization" and "Create
 * organization" (`<latch-create-org>` in Latch's modal, or the `createOrganizationUrl` page). Below them, the user's
 * pending invitations (Join: the organization is joined and listed to switch to) and the organizations a verified
 * domain suggests (Ask to join: the row then awaits an admin's approval).
 *
 * `after-select-organization-url` may hold `:id` and `:slug`, replaced by the chosen organization's.
 * Keyboard and focus follow the user button's menu (src/ui/menu-popover.ts). The menu is a chunk of its own
 * (org-switcher-menu.ts), fetched when it may first open.
 */
export class LatchOrgSwitcher extends LatchElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    hidePersonal: { type: Boolean, attribute: 'hide-personal' },
    afterSelectOrganizationUrl: { attribute: 'after-select-organization-url' },
    afterSelectPersonalUrl: { attribute: 'after-select-personal-url' },
    afterCreateOrganizationUrl: { attribute: 'after-create-organization-url' },
    afterLeaveOrganizationUrl: { attribute: 'after-leave-organization-url' },
    createOrganizationMode: { attribute: 'create-organization-mode' },
    createOrganizationUrl: { attribute: 'create-organization-url' },
    organizationProfileMode: { attribute: 'organization-profile-mode' },
    organizationProfileUrl: { attribute: 'organization-profile-url' },
    defaultOpen: { type: Boolean, attribute: 'default-open' },
    busy: { state: true },
    error: { state: true },
    acceptingId: { state: true },
  };
  protected readonly componentKey: ComponentKey = 'organizationSwitcher';

  /** Leave the personal account out of the list (Clerk's `hidePersonal`). */
  hidePersonal = false;
  afterSelectOrganizationUrl?: string;
  afterSelectPersonalUrl?: string;
  afterCreateOrganizationUrl?: string;
  /** Where the browser goes after the user leaves (or deletes) the organization in the profile "Manage" opens. */
  afterLeaveOrganizationUrl?: string;
  /**
   * "Create organization" opens `<latch-create-org>` in Latch's modal (`modal`, the default:
   * `Latch.openCreateOrganization`) or goes to `createOrganizationUrl` (`navigation`; default: the instance's
   * page, else the modal).
   */
  createOrganizationMode: 'modal' | 'navigation' = 'modal';
  createOrganizationUrl?: string;
  /**
   * "Manage organization" opens the organization profile in a modal (`modal`, the default) or goes to
   * `organizationProfileUrl` (`navigation`; default: the instance's page).
   */
  organizationProfileMode: 'modal' | 'navigation' = 'modal';
  organizationProfileUrl?: string;
  /** Start with the popover open (Clerk's `defaultOpen`). */
  defaultOpen = false;

  protected override get elementCss(): typeof orgSwitcherCss {
    return orgSwitcherCss;
  }

  /**
   * The menu's popover: open state, keyboard, focus and positioning (shared with the user button). Its content
   * comes with the menu's chunk, fetched when the menu may first open.
   * @internal
   */
  readonly menu = new MenuPopover(this, {
    trigger: '.cl-organizationSwitcherTrigger',
    popover: '.cl-organizationSwitcherPopoverRootBox',
    rtl: () => this.localizer.dir === 'rtl',
    align: 'start',
    content: menuPart.load,
  });
  /** @internal An organization being made active. */
  busy = false;
  /** @internal The menu's error (a failed accept), localized. */
  error = '';
  /** @internal The invitation or suggestion being accepted. */
  acceptingId = '';
  /** @internal The pending invitations and the suggestions: made by the menu's chunk when it first draws. */
  enrollment?: EnrollmentLists;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultOpen) void this.menu.show();
  }

  /** @internal */
  get menuId(): string {
    return `${this.scopeClass}-menu`;
  }

  override render(): TemplateResult | typeof nothing {
    const latch = this.resolvedLatch;
    const user = latch?.user;
    if (!this.isReady || !user || !latch) return nothing;
    this.adoptCss(avatarCss);
    this.adoptCss(organizationPreviewCss);
    const active = latch.organization ?? null;
    const label = active
      ? active.name
      : this.t(this.hidePersonal ? 'organizationSwitcher.notSelected' : 'organizationSwitcher.personalWorkspace');
    return html`<div class=${`${this.cls('rootBox')} ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>
      <button type="button" class=${this.cls('organizationSwitcherTrigger', { state: this.menu.open ? 'open' : undefined })}
        aria-haspopup="menu" aria-expanded=${this.menu.open ? 'true' : 'false'} aria-controls=${this.menuId}
        @click=${this.toggle} @keydown=${this.menu.onTriggerKeydown}
        @pointerenter=${this.menu.prefetch} @focus=${this.menu.prefetch}>
        ${this.preview(active, user, label, 'organizationSwitcherTrigger')}
      </button>
      ${this.menu.open ? this.renderPopover(latch, user, active) : nothing}
    </div>`;
  }

  /** @internal An organization's (or the personal account's) avatar and name. */
  preview(org: OrgPreview | null, user: User, name: string, id: string): TemplateResult {
    const subject = org ? { firstName: org.name, imageUrl: org.imageUrl, hasImage: Boolean(org.imageUrl) } : user;
    return html`<span class=${this.cls('organizationPreview', { id })}>
      ${avatar(this, subject, 'organizationPreviewAvatarBox', 'organizationPreviewAvatarImage')}
      <span class=${this.cls('organizationPreviewTextContainer')}>
        <span class=${this.cls('organizationPreviewMainIdentifier')}>${name}</span>
      </span>
    </span>`;
  }

  /**
   * The open menu, once its chunk is in (opening waits for it). A chunk that could not be fetched leaves the
   * error in the popover; the next opening tries again.
   */
  private renderPopover(latch: Latch, user: User, active: OrganizationView | null): TemplateResult {
    const part = menuPart.module;
    if (part) {
      this.adoptCss(part.stepCss);
      return part.renderOrgSwitcherMenu(this, latch, user, active);
    }
    return html`<div class=${`${this.cls('organizationSwitcherPopoverRootBox')} ${this.cls('popoverBox')}`}>
      <p class=${this.cls('alert')} role="alert">${this.t('unstable__errors.network_error')}</p>
    </div>`;
  }

  /**
   * @internal Shows `error` (a failed fetch of the lists, a failed accept) in the menu, localized: once the error
   * strings are in (they never reject), so a server's refusal is not shown in its own words first.
   */
  async fail(error: unknown): Promise<void> {
    await loadErrorStrings();
    this.error = this.localizer.translateError(error);
  }

  private toggle = () => {
    this.error = '';
    this.menu.toggle();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-org-switcher': LatchOrgSwitcher;
  }
}
