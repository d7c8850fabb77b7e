/**
 * The organization profile's People page, in three tabs: Members (search, pages of ten, each member's avatar,
 * name, address, joined date and role; role change and removal with `org:sys_memberships:manage`), Invitations
 * (invite several addresses with one role, list and withdraw pending ones) and Requests (accept or decline
 * requests to join). The last two only with `org:sys_memberships:manage`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Organization, OrganizationMembership } from '../../resources/index.js';
import type { OrganizationMembershipRequest } from '../../resources/organization-domain.js';
import type { OrganizationInvitation, RoleView } from '../../resources/organization-invitation.js';
import { formAlert } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { formButtons, sectionPrimaryButton } from '../user-profile/section.js';
import { addressesProblem, defaultRole, INVITE_PARAMS, inviteFields, splitAddresses } from './invite-fields.js';
import type { LatchOrgProfile, OrgProfilePage } from './org-profile.js';
import { type PersonRow, personCell, roleSelect, tableOf } from './people-table.js';

const PAGE_SIZE = 10;
const SEARCH_DELAY_MS = 250;
type Tab = 'members' | 'invitations' | 'requests';

/** What a membership or a request carries of the person (the wire's `public_user_data`, viewed). */
interface PublicUserData {
  userId?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  imageUrl?: string;
  hasImage?: boolean;
  identifier?: string;
}
const personOf = (item: object): PublicUserData =>
  (item as { publicUserData?: PublicUserData | null }).publicUserData ?? {};

export class MembersPage implements OrgProfilePage {
  readonly #host: LatchOrgProfile;
  readonly #status: FormStatus;
  #tab: Tab = 'members';
  /** Which organization the lists below belong to; another one (or a change) reloads them. */
  #loadedFor = '';
  #query = '';
  #page = 1;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #members: { data: OrganizationMembership[]; total: number } | undefined;
  #invitations: OrganizationInvitation[] | undefined;
  #requests: OrganizationMembershipRequest[] | undefined;
  #roles: RoleView[] = [];
  #inviting = false;
  #addresses = '';
  #inviteRole = '';

  constructor(host: LatchOrgProfile) {
    this.#host = host;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  get #manage(): boolean {
    return this.#host.can('org:sys_memberships:manage');
  }

  render(org: Organization): TemplateResult {
    const ui = this.#host;
    if (this.#loadedFor !== org.id) {
      this.#loadedFor = org.id;
      this.#members = this.#invitations = this.#requests = undefined;
      void this.#reload(org);
    }
    const tabs: Tab[] = this.#manage ? ['members', 'invitations', 'requests'] : ['members'];
    const tab = tabs.includes(this.#tab) ? this.#tab : 'members';
    return html`<div class=${ui.cls('profilePage', { id: 'members' })}>
      <h1 class=${ui.cls('headerTitle')}>${ui.t('organizationProfile.start.headerTitle__members')}</h1>
      ${this.#inviting ? nothing : formAlert(ui, this.#status.formError)}
      ${
        tabs.length > 1
          ? html`<div class=${ui.cls('tabListContainer')} role="tablist" @keydown=${(e: KeyboardEvent) => this.#tabKeydown(e, tabs)}>
              ${tabs.map((t) => this.#tabButton(t, t === tab))}
            </div>`
          : nothing
      }
      <div class=${ui.cls('tabPanel', { id: tab })} role=${tabs.length > 1 ? 'tabpanel' : 'region'}
        id=${`${ui.scopeClass}-panel`} aria-labelledby=${`${ui.scopeClass}-tab-${tab}`}
        aria-label=${tabs.length > 1 ? nothing : ui.t('organizationProfile.membersPage.start.headerTitle__members')}>
        ${tab === 'members' ? this.#membersTab(org) : tab === 'invitations' ? this.#invitationsTab(org) : this.#requestsTab()}
      </div>
    </div>`;
  }

  #tabButton(tab: Tab, selected: boolean): TemplateResult {
    const ui = this.#host;
    const title = `headerTitle__${tab}`;
    return html`<button type="button" role="tab" class=${ui.cls('tabButton', { id: tab, state: selected ? 'active' : undefined })}
      id=${`${ui.scopeClass}-tab-${tab}`} aria-selected=${selected ? 'true' : 'false'} aria-controls=${`${ui.scopeClass}-panel`}
      tabindex=${selected ? '0' : '-1'} @click=${() => this.#select(tab)}>
      ${ui.t(`organizationProfile.membersPage.start.${title}`)}
    </button>`;
  }

  /** Arrow keys move between tabs, Home and End go to the first and last (the WAI-ARIA tabs pattern). */
  #tabKeydown(event: KeyboardEvent, tabs: Tab[]): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const edge = event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (!step && !edge) return;
    event.preventDefault();
    const rtl = this.#host.closest('[dir="rtl"]') !== null ? -1 : 1;
    const next = edge ?? (tabs[(tabs.indexOf(this.#tab) + step * rtl + tabs.length) % tabs.length] as Tab);
    this.#select(next);
    void this.#host.updateComplete.then(() => this.#host.querySelector<HTMLElement>(`.cl-tabButton__${next}`)?.focus());
  }

  #select(tab: Tab): void {
    this.#tab = tab;
    this.#inviting = false;
    this.#status.clear();
    this.#host.requestUpdate();
  }

  // ---- members ----------------------------------------------------------------------------------------

  #membersTab(org: Organization): TemplateResult {
    const ui = this.#host;
    const members = this.#members;
    const me = ui.profileLatch.user?.id;
    const rows: PersonRow[] = (members?.data ?? []).map((m) => {
      const person = personOf(m);
      const self = person.userId === me;
      return {
        id: m.id,
        person: personCell(ui, person, self ? ui.t('organizationProfile.membersPage.activeMembersTab.youBadge') : ''),
        date: (m as { createdAt?: Date }).createdAt,
        role:
          this.#manage && !self
            ? roleSelect(ui, {
                id: `role-${m.id}`,
                label: ui.t('formFieldLabel__role'),
                roles: this.#roles,
                value: m.role,
                onChange: (role) => void this.#changeRole(org, m, role),
              })
            : html`<span class=${ui.cls('badge', { id: 'role' })}>${this.#roleName(m.role)}</span>`,
        actions:
          this.#manage && !self
            ? html`<button type="button" class=${`${ui.cls('button', { id: 'remove' })}`} @click=${() => void this.#remove(org, m)}>
                ${ui.t('organizationProfile.membersPage.activeMembersTab.menuAction__remove')}
                <span class="latch-visually-hidden">${person.identifier ?? ''}</span>
              </button>`
            : nothing,
      };
    });
    const search = html`<div class=${ui.cls('profileSectionItem', { id: 'search' })}>
      <label class="latch-visually-hidden" for=${`${ui.scopeClass}-search`}>${ui.t('organizationProfile.membersPage.action__search')}</label>
      <input id=${`${ui.scopeClass}-search`} type="search" autocomplete="off"
        class=${`${ui.cls('input')} ${ui.cls('organizationProfileMembersSearchInput')}`}
        placeholder=${ui.t('organizationProfile.membersPage.action__search')}
        .value=${this.#query} @input=${this.#search} />
    </div>`;
    return html`${search}
      ${
        members
          ? tableOf(ui, {
              busy: this.#status.busy,
              id: 'members',
              dateHeader: ui.t('organizationProfile.membersPage.activeMembersTab.tableHeader__joined'),
              rows,
              empty: ui.t('organizationProfile.membersPage.detailsTitle__emptyRow'),
              withActions: this.#manage,
            })
          : html`<p class=${ui.cls('spinner')} role="status" aria-busy="true"></p>`
      }
      ${members ? this.#pagination(org, members.total) : nothing}`;
  }

  #roleName(key: string): string {
    return this.#roles.find((r) => r.key === key)?.name ?? key;
  }

  #pagination(org: Organization, total: number): TemplateResult | typeof nothing {
    const ui = this.#host;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (pages === 1) return nothing;
    const first = (this.#page - 1) * PAGE_SIZE + 1;
    const last = Math.min(total, this.#page * PAGE_SIZE);
    const go = (page: number) => () => {
      this.#page = page;
      void this.#loadMembers(org);
    };
    const key = 'organizationProfile.membersPage.pagination';
    return html`<div class=${ui.cls('profileSectionButtonGroup', { id: 'pagination' })}>
      <button type="button" class=${ui.cls('paginationButton', { id: 'previous' })} ?disabled=${this.#page <= 1} @click=${go(this.#page - 1)}>
        ${ui.t(`${key}.previous`)}
      </button>
      <span class=${ui.cls('paginationRowText')} aria-live="polite">${ui.t(`${key}.rowText`, { first, last, total })}</span>
      <button type="button" class=${ui.cls('paginationButton', { id: 'next' })} ?disabled=${this.#page >= pages} @click=${go(this.#page + 1)}>
        ${ui.t(`${key}.next`)}
      </button>
    </div>`;
  }

  #search = (event: Event) => {
    this.#query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#page = 1;
      const org = this.#host.profileLatch.organization;
      if (org) void this.#loadMembers(org);
    }, SEARCH_DELAY_MS);
  };

  // ---- invitations ------------------------------------------------------------------------------------

  #invitationsTab(org: Organization): TemplateResult {
    const ui = this.#host;
    const rows: PersonRow[] = (this.#invitations ?? []).map((inv) => ({
      id: inv.id,
      person: personCell(ui, { identifier: inv.emailAddress }, ''),
      date: inv.createdAt,
      role: html`<span class=${ui.cls('badge', { id: 'role' })}>${inv.roleName || this.#roleName(inv.role)}</span>`,
      actions: html`<button type="button" class=${ui.cls('button', { id: 'revoke' })} @click=${() => void this.#revoke(org, inv)}>
        ${ui.t('organizationProfile.membersPage.invitedMembersTab.menuAction__revoke')}
        <span class="latch-visually-hidden">${inv.emailAddress}</span>
      </button>`,
    }));
    return html`${
      this.#inviting
        ? this.#inviteForm(org)
        : html`<div class=${ui.cls('membersPageInviteButton')}>
            ${sectionPrimaryButton(ui, 'invite', ui.t('organizationProfile.membersPage.action__invite'), () => this.#openInvite())}
          </div>`
    }
      ${tableOf(ui, {
        busy: this.#status.busy,
        id: 'invitations',
        dateHeader: ui.t('organizationProfile.membersPage.invitedMembersTab.tableHeader__invited'),
        rows,
        empty: ui.t('organizationProfile.membersPage.invitedMembersTab.table__emptyRow'),
        withActions: true,
      })}`;
  }

  #inviteForm(org: Organization): TemplateResult {
    const ui = this.#host;
    const status = this.#status;
    return html`<form class=${ui.cls('form', { id: 'invite' })} novalidate @submit=${(e: SubmitEvent) => this.#invite(e, org)}>
      <h2 class=${ui.cls('formHeaderTitle')}>${ui.t('organizationProfile.invitePage.title')}</h2>
      ${formAlert(ui, status.formError)}
      ${inviteFields(ui, {
        addresses: this.#addresses,
        hint: ui.t('organizationProfile.invitePage.subtitle'),
        error: status.error('emailAddresses'),
        roles: this.#roles,
        role: this.#inviteRole,
        onAddresses: (value) => {
          this.#addresses = value;
        },
        onRole: (role) => {
          this.#inviteRole = role;
        },
      })}
      ${formButtons(ui, ui.t('organizationProfile.invitePage.formButtonPrimary__continue'), status.busy, this.#closeInvite)}
    </form>`;
  }

  #openInvite(): void {
    this.#status.clear();
    this.#inviting = true;
    this.#inviteRole ||= this.#defaultRole();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.querySelector<HTMLElement>('input[name="emailAddresses"]')?.focus(),
    );
  }

  #closeInvite = () => {
    this.#status.clear();
    this.#inviting = false;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.querySelector<HTMLElement>('.cl-profileSectionPrimaryButton__invite')?.focus(),
    );
  };

  #defaultRole(): string {
    return defaultRole(this.#roles);
  }

  #invite = async (event: SubmitEvent, org: Organization) => {
    event.preventDefault();
    const addresses = splitAddresses(this.#addresses);
    const problem = addressesProblem(addresses);
    if (problem) return this.#status.reject({ emailAddresses: () => this.#host.t(problem) });
    const ok = await this.#status.run(async () => {
      await org.inviteMembers({ emailAddresses: addresses, role: this.#inviteRole || this.#defaultRole() });
    }, INVITE_PARAMS);
    if (!ok) return;
    this.#addresses = '';
    this.#closeInvite();
    await this.#loadInvitations(org);
  };

  // ---- requests ---------------------------------------------------------------------------------------

  #requestsTab(): TemplateResult {
    const ui = this.#host;
    const rows: PersonRow[] = (this.#requests ?? []).map((request) => {
      const person = personOf(request);
      const action = (id: 'approve' | 'reject', call: () => Promise<unknown>) =>
        html`<button type="button" class=${ui.cls('button', { id })} @click=${() => void this.#answer(call)}>
          ${ui.t(`organizationProfile.membersPage.requestsTab.menuAction__${id}`)}
          <span class="latch-visually-hidden">${person.identifier ?? ''}</span>
        </button>`;
      return {
        id: request.id,
        person: personCell(ui, person, ''),
        date: (request as { createdAt?: Date }).createdAt,
        role: nothing,
        actions: html`${action('approve', () => request.accept())} ${action('reject', () => request.reject())}`,
      };
    });
    return tableOf(ui, {
      busy: this.#status.busy,
      id: 'requests',
      dateHeader: ui.t('organizationProfile.membersPage.requestsTab.tableHeader__requested'),
      rows,
      empty: ui.t('organizationProfile.membersPage.requestsTab.table__emptyRow'),
      withActions: true,
      withoutRole: true,
    });
  }

  // ---- loading and actions ----------------------------------------------------------------------------

  async #reload(org: Organization): Promise<void> {
    const manage = this.#manage;
    await this.#status.run(async () => {
      const [roles] = await Promise.all([
        org.getRoles(),
        this.#loadMembers(org, true),
        manage ? this.#loadInvitations(org, true) : undefined,
        manage ? this.#loadRequests(org, true) : undefined,
      ]);
      this.#roles = roles.data;
    });
  }

  async #loadMembers(org: Organization, raw = false): Promise<void> {
    const load = async () => {
      const page = await org.getMemberships({
        initialPage: this.#page,
        pageSize: PAGE_SIZE,
        query: this.#query.trim() || undefined,
      });
      this.#members = { data: page.data, total: page.total_count };
      this.#host.requestUpdate();
    };
    if (raw) return load();
    await this.#status.run(load);
  }

  async #loadInvitations(org: Organization, raw = false): Promise<void> {
    const load = async () => {
      this.#invitations = (await org.getInvitations({ status: ['pending'], pageSize: 100 })).data;
      this.#host.requestUpdate();
    };
    if (raw) return load();
    await this.#status.run(load);
  }

  async #loadRequests(org: Organization, raw = false): Promise<void> {
    const load = async () => {
      this.#requests = (await org.getMembershipRequests({ status: 'pending', pageSize: 100 })).data;
      this.#host.requestUpdate();
    };
    if (raw) return load();
    await this.#status.run(load);
  }

  async #changeRole(org: Organization, member: OrganizationMembership, role: string): Promise<void> {
    await this.#status.run(async () => {
      await member.update({ role });
      await this.#loadMembers(org, true);
    });
  }

  async #remove(org: Organization, member: OrganizationMembership): Promise<void> {
    await this.#status.run(async () => {
      await member.destroy();
      await this.#loadMembers(org, true);
    });
  }

  async #revoke(org: Organization, invitation: OrganizationInvitation): Promise<void> {
    await this.#status.run(async () => {
      await invitation.revoke();
      await this.#loadInvitations(org, true);
    });
  }

  async #answer(call: () => Promise<unknown>): Promise<void> {
    const org = this.#host.profileLatch.organization;
    await this.#status.run(async () => {
      await call();
      if (org) await Promise.all([this.#loadRequests(org, true), this.#loadMembers(org, true)]);
    });
  }
}
