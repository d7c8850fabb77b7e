import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { loadErrorStrings } from '../../localization/load-error-strings.js';
import type { OrganizationSuggestion, User, UserOrganizationInvitation } from '../../resources/index.js';
import { avatar, avatarCss } from '../../ui/avatar.js';
import { cardHeader, formAlert } from '../../ui/form.js';
import { organizationPreviewCss } from '../../ui/organization-preview.styles.js';
import { EnrollmentLists } from '../base/enrollment-lists.js';
import { FlowElement } from '../base/flow-element.js';
import { orgListCss } from './org-list.styles.js';

/** What a row shows: an organization's name and image (a membership's, an invitation's or a suggestion's). */
interface OrgPreview {
  id: string;
  name: string;
  slug: string;
  imageUrl: string;
}

/**
 * @summary Clerk's `<OrganizationList/>`: the user's organizations (and the personal account) to continue with,
 * the invitations to join (accept joins at once) and the organizations suggested by a verified domain of the
 * user's email (accept asks to join; the row then says it awaits approval), and "Create organization".
 *
 * `after-select-organization-url` and `after-create-organization-url` may hold `:id` and `:slug`.
 */
export class LatchOrgList extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    hidePersonal: { type: Boolean, attribute: 'hide-personal' },
    afterSelectOrganizationUrl: { attribute: 'after-select-organization-url' },
    afterSelectPersonalUrl: { attribute: 'after-select-personal-url' },
    afterCreateOrganizationUrl: { attribute: 'after-create-organization-url' },
    createOrganizationMode: { attribute: 'create-organization-mode' },
    createOrganizationUrl: { attribute: 'create-organization-url' },
    busyId: { state: true },
  };
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'organizationList';

  protected override get elementCss(): typeof orgListCss {
    return orgListCss;
  }

  hidePersonal = false;
  afterSelectOrganizationUrl?: string;
  afterSelectPersonalUrl?: string;
  afterCreateOrganizationUrl?: string;
  /**
   * `modal`: "Create organization" opens `<latch-create-org>` in Latch's modal (`Latch.openCreateOrganization`);
   * `navigation` (the default): it goes to `createOrganizationUrl`, else the instance's page, else the modal.
   */
  createOrganizationMode: 'modal' | 'navigation' = 'navigation';
  createOrganizationUrl?: string;

  // A server's refusal is worded once the error strings are in (loadErrorStrings never rejects).
  private readonly enrollment = new EnrollmentLists(this, async (error) => {
    await loadErrorStrings();
    this.status.formError = this.localizer.translateError(error);
    this.requestUpdate();
  });
  private busyId = '';

  protected override resetForm(): void {
    this.enrollment.reset();
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    this.adoptCss(avatarCss);
    this.adoptCss(organizationPreviewCss);
    const latch = this.loadedLatch;
    const user = latch.user;
    if (!user) return this.card(html`${cardHeader(this, { title: this.t('organizationList.title') })}`);
    this.enrollment.showFor(user);
    const appName = latch.environment?.displayConfig.applicationName ?? '';
    return this.card(html`${cardHeader(this, {
      title: this.t(this.hidePersonal ? 'organizationList.titleWithoutPersonal' : 'organizationList.title'),
      subtitle: this.t('organizationList.subtitle', { applicationName: appName }),
    })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <ul class=${this.cls('organizationListPreviewItems')} aria-busy=${this.busyId ? 'true' : 'false'}>
          ${this.hidePersonal ? nothing : this.personalRow(user)}
          ${user.organizationMemberships.map((m) => this.memberRow(m.organization))}
          ${this.enrollment.invitations.map((i) => this.invitationRow(i))}
          ${this.enrollment.suggestions.map((s) => this.suggestionRow(s))}
        </ul>
        <button type="button" class=${this.cls('organizationListCreateOrganizationActionButton')} @click=${this.create}>
          ${this.t('organizationList.createOrganization')}
        </button>
      </div>`);
  }

  private preview(org: OrgPreview | null, user: User, name: string): TemplateResult {
    const subject = org ? { firstName: org.name, imageUrl: org.imageUrl, hasImage: Boolean(org.imageUrl) } : user;
    return html`<span class=${this.cls('organizationPreview')}>
      ${avatar(this, subject, 'organizationPreviewAvatarBox', 'organizationPreviewAvatarImage')}
      <span class=${this.cls('organizationPreviewTextContainer')}>
        <span class=${this.cls('organizationPreviewMainIdentifier')}>${name}</span>
      </span>
    </span>`;
  }

  private personalRow(user: User): TemplateResult {
    const name = this.t('organizationList.personalWorkspace');
    return html`<li class=${this.cls('organizationListPreviewItem', { id: 'personal' })}>
      <button type="button" class=${this.cls('organizationListPreviewButton')} @click=${() => this.select(null)}>
        ${this.preview(null, user, name)}
      </button>
    </li>`;
  }

  private memberRow(org: OrgPreview): TemplateResult {
    const user = this.loadedLatch.user as User;
    return html`<li class=${this.cls('organizationListPreviewItem', { id: 'organization' })}>
      <button type="button" class=${this.cls('organizationListPreviewButton')} @click=${() => this.select(org)}>
        ${this.preview(org, user, org.name)}
      </button>
    </li>`;
  }

  /** A row with an action button, or the label that replaced it once accepted. */
  private actionRow(id: string, org: OrgPreview, action: TemplateResult | string): TemplateResult {
    const user = this.loadedLatch.user as User;
    return html`<li class=${this.cls('organizationListPreviewItem', { id })}>
      ${this.preview(org, user, org.name)} ${action}
    </li>`;
  }

  private actionButton(id: string, label: string, org: OrgPreview, onClick: () => Promise<void>): TemplateResult {
    return html`<button type="button" class=${this.cls('organizationListPreviewItemActionButton', { id })}
      aria-label=${`${label}: ${org.name}`} aria-busy=${this.busyId === id ? 'true' : 'false'}
      @click=${() => this.act(id, onClick)}>${label}</button>`;
  }

  private invitationRow(invitation: UserOrganizationInvitation): TemplateResult {
    const org = invitation.publicOrganizationData;
    return this.actionRow(
      'invitation',
      org,
      this.actionButton(invitation.id, this.t('organizationList.action__invitationAccept'), org, () =>
        this.enrollment.acceptInvitation(invitation, () => this.loadedLatch.reloadClient()),
      ),
    );
  }

  private suggestionRow(suggestion: OrganizationSuggestion): TemplateResult {
    const org = suggestion.publicOrganizationData;
    if (suggestion.status === 'accepted') {
      const label = html`<span class=${this.cls('badge', { id: 'suggestionAccepted' })}>${this.t('organizationList.suggestionsAcceptedLabel')}</span>`;
      return this.actionRow('suggestion', org, label);
    }
    return this.actionRow(
      'suggestion',
      org,
      this.actionButton(suggestion.id, this.t('organizationList.action__suggestionsAccept'), org, () =>
        this.enrollment.acceptSuggestion(suggestion),
      ),
    );
  }

  private async act(id: string, action: () => Promise<void>): Promise<void> {
    if (this.busyId) return;
    this.busyId = id;
    this.status.formError = '';
    try {
      await action();
    } catch (error) {
      await loadErrorStrings();
      this.status.formError = this.localizer.translateError(error);
    } finally {
      this.busyId = '';
    }
  }

  /** Makes `org` (null: the personal account) active, then follows the after-select URL. */
  private select = async (org: OrgPreview | null) => {
    await this.act(org?.id ?? 'personal', async () => {
      const url = org
        ? this.afterSelectOrganizationUrl?.replace(':id', org.id).replace(':slug', org.slug)
        : this.afterSelectPersonalUrl;
      await this.loadedLatch.setActive({ organization: org ? org.id : null, redirectUrl: url || undefined });
    });
  };

  private create = async () => {
    const latch = this.loadedLatch;
    const url =
      this.createOrganizationMode === 'navigation' &&
      (this.createOrganizationUrl || latch.buildCreateOrganizationUrl());
    if (url) {
      await latch.navigate(url);
      return;
    }
    latch.openCreateOrganization({ afterCreateOrganizationUrl: this.afterCreateOrganizationUrl });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-org-list': LatchOrgList;
  }
}
