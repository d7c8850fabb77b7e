import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type {
  OrganizationMembershipView,
  OrganizationSuggestion,
  OrganizationView,
  User,
  UserOrganizationInvitation,
} from '../../resources/index.js';
import { avatar } from '../../ui/avatar.js';
import { formAlert } from '../../ui/form.js';
import { menuFocusout, menuKeydown } from '../../ui/menu-keys.js';
import { MenuPopover } from '../../ui/menu-popover.js';
import { EnrollmentLists } from '../base/enrollment-lists.js';
import { LatchElement } from '../base/latch-element.js';
import { orgSwitcherCss } from './org-switcher.styles.js';

/** What a preview shows of an organization: a membership's, an invitation's or a suggestion's. */
type OrgPreview = Pick<OrganizationView, 'id' | 'name' | 'imageUrl'>;

/**
 * @summary Clerk's `<OrganizationSwitcher/>`: a button showing the active organization (or the personal account)
 * that opens a menu of the user's other organizations to switch to, "Manage organization" and "Create
 * organization" (`<latch-create-org>` in Latch's modal, or the `createOrganizationUrl` page). Below them, the user's
 * pending invitations (Join: the organization is joined and listed to switch to) and the organizations a verified
 * domain suggests (Ask to join: the row then awaits an admin's approval).
 *
 * `after-select-organization-url` may hold `:id` and `:slug`, replaced by the chosen organization's.
 * Keyboard and focus follow the user button's menu (src/ui/menu-popover.ts).
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

  private readonly menu = new MenuPopover(this, {
    trigger: '.cl-organizationSwitcherTrigger',
    popover: '.cl-organizationSwitcherPopoverRootBox',
    rtl: () => this.localizer.dir === 'rtl',
    align: 'start',
  });
  private busy = false;
  private error = '';
  /** The invitation or suggestion being accepted. */
  private acceptingId = '';
  private readonly enrollment = new EnrollmentLists(this, (error) => {
    this.error = this.localizer.translateError(error);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultOpen) this.menu.open = true;
  }

  private get menuId() {
    return `${this.scopeClass}-menu`;
  }

  override render(): TemplateResult | typeof nothing {
    const latch = this.resolvedLatch;
    const user = latch?.user;
    if (!this.isReady || !user || !latch) return nothing;
    const active = latch.organization ?? null;
    const label = active
      ? active.name
      : this.t(this.hidePersonal ? 'organizationSwitcher.notSelected' : 'organizationSwitcher.personalWorkspace');
    return html`<div class=${`${this.cls('rootBox')} ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>
      <button type="button" class=${this.cls('organizationSwitcherTrigger', { state: this.menu.open ? 'open' : undefined })}
        aria-haspopup="menu" aria-expanded=${this.menu.open ? 'true' : 'false'} aria-controls=${this.menuId}
        @click=${this.toggle} @keydown=${this.menu.onTriggerKeydown}>
        ${this.preview(active, user, label, 'organizationSwitcherTrigger')}
      </button>
      ${this.menu.open ? this.renderPopover(user, active) : nothing}
    </div>`;
  }

  /** An organization's (or the personal account's) avatar and name. */
  private preview(org: OrgPreview | null, user: User, name: string, id: string): TemplateResult {
    const subject = org ? { firstName: org.name, imageUrl: org.imageUrl, hasImage: Boolean(org.imageUrl) } : user;
    return html`<span class=${this.cls('organizationPreview', { id })}>
      ${avatar(this, subject, 'organizationPreviewAvatarBox', 'organizationPreviewAvatarImage')}
      <span class=${this.cls('organizationPreviewTextContainer')}>
        <span class=${this.cls('organizationPreviewMainIdentifier')}>${name}</span>
      </span>
    </span>`;
  }

  private renderPopover(user: User, active: OrganizationView | null): TemplateResult {
    // Fetched when the popover first opens, not with the trigger: most page views never open it.
    this.enrollment.showFor(user);
    return html`<div class=${`${this.cls('organizationSwitcherPopoverRootBox')} ${this.cls('popoverBox')}`}
      @focusout=${(event: FocusEvent) => menuFocusout(this.menu, this, event)}>
      <div class=${`${this.cls('organizationSwitcherPopoverCard')}`}>
        <div class=${this.cls('organizationSwitcherPopoverMain')}>
          ${this.renderMenu(user, active)}
        </div>
      </div>
    </div>`;
  }

  private renderMenu(user: User, active: OrganizationView | null): TemplateResult {
    const others = user.organizationMemberships.filter((m) => m.organization.id !== active?.id);
    const showPersonal = active !== null && !this.hidePersonal;
    return html`<div id=${this.menuId} role="menu" aria-label=${this.t('organizationSwitcher.action__openOrganizationSwitcher')}
      @keydown=${(event: KeyboardEvent) => menuKeydown(this.menu, event)}>
      ${
        active && (this.organizationProfileMode === 'modal' || this.profileUrl)
          ? html`<div class=${this.cls('organizationSwitcherPopoverActions', { id: 'active' })} role="none">
              ${this.item('manageOrganization', this.t('organizationSwitcher.action__manageOrganization'), this.manage)}
            </div>`
          : nothing
      }
      <div class=${this.cls('organizationSwitcherPopoverActions', { id: 'switch' })} role="none">
        ${showPersonal ? this.item('personal', this.preview(null, user, this.t('organizationSwitcher.personalWorkspace'), 'personal'), () => this.select(null)) : nothing}
        ${others.map((m) => this.item('organization', this.preview(m.organization, user, m.organization.name, m.organization.id), () => this.select(m)))}
        ${this.item('createOrganization', this.t('organizationSwitcher.action__createOrganization'), this.create)}
      </div>
      ${this.renderEnrollment(user)}
    </div>`;
  }

  /** The pending invitations and the suggestions, each with its accept action (a menu item). */
  private renderEnrollment(user: User): TemplateResult | typeof nothing {
    const { invitations, suggestions } = this.enrollment;
    if (invitations.length === 0 && suggestions.length === 0) return nothing;
    return html`<div class=${this.cls('organizationSwitcherPopoverInvitationActions')} role="none">
      ${formAlert(this, this.error)}
      ${invitations.map((i) => this.invitationRow(user, i))}
      ${suggestions.map((s) => this.suggestionRow(user, s))}
    </div>`;
  }

  /**
   * A row: the organization's preview (hidden from assistive technology, the action's name repeats it) and its
   * action, or the label that replaced it.
   */
  private enrollmentRow(user: User, id: string, org: OrgPreview, action: TemplateResult): TemplateResult {
    return html`<div class=${this.cls('organizationSwitcherPopoverInvitationActionsBox', { id })} role="none">
      <span aria-hidden="true">${this.preview(org, user, org.name, id)}</span>
      ${action}
    </div>`;
  }

  private acceptButton(id: string, label: string, org: OrgPreview, accept: () => Promise<void>) {
    return html`<button type="button" role="menuitem" tabindex="-1" aria-label=${`${label}: ${org.name}`}
      aria-busy=${this.acceptingId === id ? 'true' : 'false'}
      class=${this.cls('organizationSwitcherInvitationAcceptButton')} @click=${() => this.accept(id, accept)}>
      ${label}
    </button>`;
  }

  private invitationRow(user: User, invitation: UserOrganizationInvitation): TemplateResult {
    const org = invitation.publicOrganizationData;
    const label = this.t('organizationSwitcher.action__invitationAccept');
    return this.enrollmentRow(
      user,
      'invitation',
      org,
      this.acceptButton(invitation.id, label, org, () =>
        this.enrollment.acceptInvitation(invitation, () => this.loadedLatch.reloadClient()),
      ),
    );
  }

  private suggestionRow(user: User, suggestion: OrganizationSuggestion): TemplateResult {
    const org = suggestion.publicOrganizationData;
    if (suggestion.status !== 'accepted') {
      const label = this.t('organizationSwitcher.action__suggestionsAccept');
      return this.enrollmentRow(
        user,
        'suggestion',
        org,
        this.acceptButton(suggestion.id, label, org, () => this.enrollment.acceptSuggestion(suggestion)),
      );
    }
    // Still a menu item (disabled), so that arrow keys reach it and a screen reader says the request is pending.
    const pending = this.t('organizationSwitcher.suggestionsAcceptedLabel');
    return this.enrollmentRow(
      user,
      'suggestion',
      org,
      html`<span role="menuitem" tabindex="-1" aria-disabled="true" aria-label=${`${org.name}: ${pending}`}
        class=${this.cls('badge', { id: 'suggestionAccepted' })}>${pending}</span>`,
    );
  }

  /** Runs an accept action; focus moves to the first item, as the accepted row's button is gone or changed. */
  private async accept(id: string, action: () => Promise<void>): Promise<void> {
    if (this.acceptingId) return;
    this.acceptingId = id;
    this.error = '';
    try {
      await action();
    } catch (error) {
      this.error = this.localizer.translateError(error);
    } finally {
      this.acceptingId = '';
    }
    await this.updateComplete;
    if (!this.querySelector(':focus')) this.menu.items()[0]?.focus();
  }

  private item(id: string, content: TemplateResult | string, onClick: () => unknown): TemplateResult {
    return html`<button type="button" role="menuitem" tabindex="-1" aria-busy=${this.busy ? 'true' : 'false'}
      class=${`${this.cls('organizationSwitcherPopoverActionButton', { id })}`}
      @click=${onClick}>${content}</button>`;
  }

  private toggle = () => {
    this.error = '';
    this.menu.toggle();
  };

  private get profileUrl(): string {
    if (this.organizationProfileMode !== 'navigation') return '';
    return this.organizationProfileUrl || this.resolvedLatch?.buildOrganizationProfileUrl() || '';
  }

  // Before a modal opens, focus goes back to the trigger: the modal returns focus to what had it (a menu item
  // would be gone by then).
  private manage = async () => {
    const modal = this.organizationProfileMode === 'modal';
    this.menu.close(modal);
    if (modal) {
      this.resolvedLatch?.openOrganizationProfile({ afterLeaveOrganizationUrl: this.afterLeaveOrganizationUrl });
    } else await this.resolvedLatch?.navigate(this.profileUrl);
  };

  /** Makes `membership`'s organization (null: the personal account) active, then follows the after-select URL. */
  private select = async (membership: OrganizationMembershipView | null) => {
    const latch = this.resolvedLatch;
    if (!latch || this.busy) return;
    this.busy = true;
    try {
      const org = membership?.organization ?? null;
      const url = org
        ? this.afterSelectOrganizationUrl?.replace(':id', org.id).replace(':slug', org.slug)
        : this.afterSelectPersonalUrl;
      await latch.setActive({ organization: org ? org.id : null, redirectUrl: url || undefined });
    } finally {
      this.busy = false;
      this.menu.close(true);
    }
  };

  private create = async () => {
    const latch = this.resolvedLatch;
    if (!latch) return;
    const url =
      this.createOrganizationMode === 'navigation' &&
      (this.createOrganizationUrl || latch.buildCreateOrganizationUrl());
    this.menu.close(!url);
    if (url) await latch.navigate(url);
    else latch.openCreateOrganization({ afterCreateOrganizationUrl: this.afterCreateOrganizationUrl });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-org-switcher': LatchOrgSwitcher;
  }
}
