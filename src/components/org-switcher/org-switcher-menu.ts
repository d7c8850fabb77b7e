/**
 * The organization switcher's menu: "Manage organization", the personal account and the other organizations to
 * switch to, "Create organization", then the pending invitations and the suggestions with their accept actions,
 * and what choosing each does. Its own chunk: a page shows the trigger (the active organization) without it, and
 * the menu popover fetches it when the menu may first open (the pointer or focus on the trigger), with the
 * positioning library.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Latch } from '../../core/latch.js';
import type {
  OrganizationMembershipView,
  OrganizationSuggestion,
  OrganizationView,
  User,
  UserOrganizationInvitation,
} from '../../resources/index.js';
import { alertIcon } from '../../ui/icons.js';
import { menuFocusout, menuKeydown } from '../../ui/menu-keys.js';
import { EnrollmentLists } from '../base/enrollment-lists.js';
import type { OrgPreview, LatchOrgSwitcher as SwitcherHost } from './org-switcher.js';

export { orgSwitcherMenuCss as stepCss } from './org-switcher-menu.styles.js';

/** The popover of `host`'s menu, drawn while it is open. */
export function renderOrgSwitcherMenu(
  host: SwitcherHost,
  latch: Latch,
  user: User,
  active: OrganizationView | null,
): TemplateResult {
  // The lists arrive with the menu, not with the trigger: most page views never open it. They are fetched once
  // per user (EnrollmentLists), into a controller the element keeps from then on.
  host.enrollment ??= new EnrollmentLists(host, (error) => void host.fail(error));
  host.enrollment.showFor(user);
  const { menu } = host;
  const others = user.organizationMemberships.filter((m) => m.organization.id !== active?.id);
  const showPersonal = active !== null && !host.hidePersonal;
  return html`<div class=${`${host.cls('organizationSwitcherPopoverRootBox')} ${host.cls('popoverBox')}`}
    @focusout=${(event: FocusEvent) => menuFocusout(menu, host, event)}>
    <div class=${`${host.cls('organizationSwitcherPopoverCard')}`}>
      <div class=${host.cls('organizationSwitcherPopoverMain')}>
        <div id=${host.menuId} role="menu" aria-label=${host.t('organizationSwitcher.action__openOrganizationSwitcher')}
          @keydown=${(event: KeyboardEvent) => menuKeydown(menu, event)}>
          ${
            active && (host.organizationProfileMode === 'modal' || profileUrl(host, latch))
              ? html`<div class=${host.cls('organizationSwitcherPopoverActions', { id: 'active' })} role="none">
                  ${item(host, 'manageOrganization', host.t('organizationSwitcher.action__manageOrganization'), () => manage(host, latch))}
                </div>`
              : nothing
          }
          <div class=${host.cls('organizationSwitcherPopoverActions', { id: 'switch' })} role="none">
            ${showPersonal ? item(host, 'personal', host.preview(null, user, host.t('organizationSwitcher.personalWorkspace'), 'personal'), () => select(host, latch, null)) : nothing}
            ${others.map((m) => item(host, 'organization', host.preview(m.organization, user, m.organization.name, m.organization.id), () => select(host, latch, m)))}
            ${item(host, 'createOrganization', host.t('organizationSwitcher.action__createOrganization'), () => create(host, latch))}
          </div>
          ${renderEnrollment(host, latch, user, host.enrollment)}
        </div>
      </div>
    </div>
  </div>`;
}

/** The pending invitations and the suggestions, each with its accept action (a menu item). */
function renderEnrollment(
  host: SwitcherHost,
  latch: Latch,
  user: User,
  enrollment: EnrollmentLists,
): TemplateResult | typeof nothing {
  const { invitations, suggestions } = enrollment;
  if (invitations.length === 0 && suggestions.length === 0) return nothing;
  // The error alert of the element's forms (formAlert in src/ui/form.ts), written here: that module comes with the
  // flow elements' chunk, which the menu does not need.
  return html`<div class=${host.cls('organizationSwitcherPopoverInvitationActions')} role="none">
    ${
      host.error
        ? html`<div class=${host.cls('alert', { state: 'error' })} role="alert">
            ${alertIcon()}<p class=${host.cls('alertText')}>${host.error}</p>
          </div>`
        : nothing
    }
    ${invitations.map((i) => invitationRow(host, latch, user, enrollment, i))}
    ${suggestions.map((s) => suggestionRow(host, user, enrollment, s))}
  </div>`;
}

/**
 * A row: the organization's preview (hidden from assistive technology, the action's name repeats it) and its
 * action, or the label that replaced it.
 */
function enrollmentRow(host: SwitcherHost, user: User, id: string, org: OrgPreview, action: TemplateResult) {
  return html`<div class=${host.cls('organizationSwitcherPopoverInvitationActionsBox', { id })} role="none">
    <span aria-hidden="true">${host.preview(org, user, org.name, id)}</span>
    ${action}
  </div>`;
}

function acceptButton(host: SwitcherHost, id: string, label: string, org: OrgPreview, action: () => Promise<void>) {
  return html`<button type="button" role="menuitem" tabindex="-1" aria-label=${`${label}: ${org.name}`}
    aria-busy=${host.acceptingId === id ? 'true' : 'false'}
    class=${host.cls('organizationSwitcherInvitationAcceptButton')} @click=${() => accept(host, id, action)}>
    ${label}
  </button>`;
}

function invitationRow(
  host: SwitcherHost,
  latch: Latch,
  user: User,
  enrollment: EnrollmentLists,
  invitation: UserOrganizationInvitation,
): TemplateResult {
  const org = invitation.publicOrganizationData;
  const label = host.t('organizationSwitcher.action__invitationAccept');
  return enrollmentRow(
    host,
    user,
    'invitation',
    org,
    acceptButton(host, invitation.id, label, org, () =>
      enrollment.acceptInvitation(invitation, () => latch.reloadClient()),
    ),
  );
}

function suggestionRow(
  host: SwitcherHost,
  user: User,
  enrollment: EnrollmentLists,
  suggestion: OrganizationSuggestion,
): TemplateResult {
  const org = suggestion.publicOrganizationData;
  if (suggestion.status !== 'accepted') {
    const label = host.t('organizationSwitcher.action__suggestionsAccept');
    return enrollmentRow(
      host,
      user,
      'suggestion',
      org,
      acceptButton(host, suggestion.id, label, org, () => enrollment.acceptSuggestion(suggestion)),
    );
  }
  // Still a menu item (disabled), so that arrow keys reach it and a screen reader says the request is pending.
  const pending = host.t('organizationSwitcher.suggestionsAcceptedLabel');
  return enrollmentRow(
    host,
    user,
    'suggestion',
    org,
    html`<span role="menuitem" tabindex="-1" aria-disabled="true" aria-label=${`${org.name}: ${pending}`}
      class=${host.cls('badge', { id: 'suggestionAccepted' })}>${pending}</span>`,
  );
}

/** Runs an accept action; focus moves to the first item, as the accepted row's button is gone or changed. */
async function accept(host: SwitcherHost, id: string, action: () => Promise<void>): Promise<void> {
  if (host.acceptingId) return;
  host.acceptingId = id;
  host.error = '';
  try {
    await action();
  } catch (error) {
    await host.fail(error);
  } finally {
    host.acceptingId = '';
  }
  await host.updateComplete;
  if (!host.querySelector(':focus')) host.menu.items()[0]?.focus();
}

function item(host: SwitcherHost, id: string, content: TemplateResult | string, onClick: () => unknown) {
  return html`<button type="button" role="menuitem" tabindex="-1" aria-busy=${host.busy ? 'true' : 'false'}
    class=${`${host.cls('organizationSwitcherPopoverActionButton', { id })}`}
    @click=${onClick}>${content}</button>`;
}

function profileUrl(host: SwitcherHost, latch: Latch): string {
  if (host.organizationProfileMode !== 'navigation') return '';
  return host.organizationProfileUrl || latch.buildOrganizationProfileUrl() || '';
}

// Before a modal opens, focus goes back to the trigger: the modal returns focus to what had it (a menu item
// would be gone by then).
async function manage(host: SwitcherHost, latch: Latch): Promise<void> {
  const modal = host.organizationProfileMode === 'modal';
  host.menu.close(modal);
  if (modal) latch.openOrganizationProfile({ afterLeaveOrganizationUrl: host.afterLeaveOrganizationUrl });
  else await latch.navigate(profileUrl(host, latch));
}

/** Makes `membership`'s organization (null: the personal account) active, then follows the after-select URL. */
async function select(host: SwitcherHost, latch: Latch, membership: OrganizationMembershipView | null) {
  if (host.busy) return;
  host.busy = true;
  try {
    const org = membership?.organization ?? null;
    const url = org
      ? host.afterSelectOrganizationUrl?.replace(':id', org.id).replace(':slug', org.slug)
      : host.afterSelectPersonalUrl;
    await latch.setActive({ organization: org ? org.id : null, redirectUrl: url || undefined });
  } finally {
    host.busy = false;
    host.menu.close(true);
  }
}

async function create(host: SwitcherHost, latch: Latch): Promise<void> {
  const url =
    host.createOrganizationMode === 'navigation' && (host.createOrganizationUrl || latch.buildCreateOrganizationUrl());
  host.menu.close(!url);
  if (url) await latch.navigate(url);
  else latch.openCreateOrganization({ afterCreateOrganizationUrl: host.afterCreateOrganizationUrl });
}
