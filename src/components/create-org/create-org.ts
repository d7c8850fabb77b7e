import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { Organization } from '../../resources/index.js';
import { avatar, avatarCss } from '../../ui/avatar.js';
import { cardHeader, field, formAlert, primaryButton } from '../../ui/form.js';
import { organizationPreviewCss } from '../../ui/organization-preview.styles.js';
import { FlowElement } from '../base/flow-element.js';
import { imageField, imageProblem } from '../user-profile/image-field.js';
import type { InviteStep } from './invite-step.js';
import { slugify } from './slug.js';

const loadInviteStep = () => import('./invite-step.js');

/** The server's refusals of a name or slug (taken, markup, bad format) show under that field, not as the form's alert. */
const PARAM_TO_FIELD = { name: 'name', slug: 'slug' };

/**
 * @summary Clerk's `<CreateOrganization/>`: a card with the organization's logo, name and slug (generated from the
 * name until the user edits it). The new organization becomes the active one, the user may invite people to it
 * (unless `skipInvitationScreen`), then the page follows `afterCreateOrganizationUrl` (`:id` and `:slug`
 * replaced by the new organization's).
 *
 * @fires latch-organization-create - The organization exists; `detail.id` and `detail.slug`. Cancel it to stay.
 */
export class LatchCreateOrg extends FlowElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    afterCreateOrganizationUrl: { attribute: 'after-create-organization-url' },
    skipInvitationScreen: { type: Boolean, attribute: 'skip-invitation-screen' },
    name: { state: true },
    slug: { state: true },
    slugEdited: { state: true },
    logo: { state: true },
    inviteStep: { state: true },
  };
  protected override readonly placeholderShape = { fields: 3, footer: false };

  protected readonly componentKey: ComponentKey = 'createOrganization';

  afterCreateOrganizationUrl?: string;
  /** Clerk's `skipInvitationScreen`: end right after the organization is created, without the invite step. */
  skipInvitationScreen = false;

  private name = '';
  private slug = '';
  /** Whether the user typed the slug (then the name no longer rewrites it). */
  private slugEdited = false;
  /** The logo chosen for the organization, uploaded once it exists, and its preview (a data: URL). */
  private logo: { file: File; url: string } | undefined;
  /** The step after creation, while the user invites people (or reads that the logo failed). */
  private inviteStep: { step: InviteStep; org: Organization } | undefined;

  protected override resetForm(): void {
    this.name = '';
    this.slug = '';
    this.slugEdited = false;
    this.logo = undefined;
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    this.adoptCss(avatarCss);
    this.adoptCss(organizationPreviewCss);
    if (this.inviteStep) return this.card(this.inviteStep.step.render());
    return this.card(html`${cardHeader(this, { title: this.t('createOrganization.title') })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submit}>
          ${imageField(this, {
            label: this.t('organizationProfile.start.profileSection.uploadAction__title'),
            uploadLabel: this.t('organizationProfile.profilePage.imageFormSubtitle'),
            removeLabel: this.t('organizationProfile.profilePage.imageFormDestructiveActionSubtitle'),
            hint: this.t('organizationProfile.profilePage.fileDropAreaHint'),
            error: this.status.error('file'),
            preview: avatar(
              this,
              { firstName: this.name, imageUrl: this.logo?.url, hasImage: !!this.logo },
              'organizationPreviewAvatarBox',
              'organizationPreviewAvatarImage',
            ),
            onRemove: this.logo
              ? () => {
                  this.logo = undefined;
                }
              : undefined,
            onChange: this.chooseLogo,
            containerKey: 'organizationAvatarUploaderContainer',
          })}
          ${field(this, {
            id: 'name',
            label: this.t('formFieldLabel__organizationName'),
            name: 'name',
            autocomplete: 'organization',
            placeholder: this.t('formFieldInputPlaceholder__organizationName'),
            value: this.name,
            error: this.status.error('name'),
            required: true,
            autofocus: true,
            onInput: (value) => {
              this.name = value;
              if (!this.slugEdited) this.slug = slugify(value);
            },
          })}
          ${field(this, {
            id: 'slug',
            label: this.t('formFieldLabel__organizationSlug'),
            name: 'slug',
            autocomplete: 'off',
            placeholder: this.t('formFieldInputPlaceholder__organizationSlug'),
            value: this.slug,
            error: this.status.error('slug'),
            onInput: (value) => {
              this.slug = value;
              this.slugEdited = true;
            },
          })}
          ${primaryButton(this, { label: this.t('createOrganization.formButtonSubmit'), busy: this.status.busy })}
        </form>
      </div>`);
  }

  private submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = this.name.trim();
    if (!name) {
      await this.status.reject({ name: () => this.t('unstable__errors.form_param_nil') });
      return;
    }
    if (await this.rejectHiddenCharacters('name', name)) return;
    await this.status.run(async () => {
      const latch = this.loadedLatch;
      // Loaded first: a failed download must not leave an organization created behind an error.
      const { InviteStep } = await loadInviteStep();
      const org = await latch.createOrganization({ name, slug: this.slug.trim() || undefined });
      // From here on the organization exists: a failed logo upload is said on the next step, not thrown.
      const logoFailed = this.logo
        ? await org.setLogo({ file: this.logo.file }).then(
            () => false,
            () => true,
          )
        : false;
      await latch.setActive({ organization: org.id });
      this.resetForm();
      if (this.skipInvitationScreen && !logoFailed) return this.inviteStepDone(org);
      const step = new InviteStep(this, org, logoFailed ? 'unstable__latch.organizationLogoNotSaved' : '', (error) =>
        this.localizer.translateError(error),
      );
      this.inviteStep = { step, org };
      await this.updateComplete;
      step.focus();
    }, PARAM_TO_FIELD);
  };

  /** Called by the invite step when it is over, or right after creation without one. */
  inviteStepDone(org = this.inviteStep?.org): void {
    this.inviteStep = undefined;
    if (!org) return;
    const url = this.afterCreateOrganizationUrl?.replace(':id', org.id).replace(':slug', org.slug);
    const follow = this.emit('latch-organization-create', { id: org.id, slug: org.slug });
    if (follow && url) void this.loadedLatch.navigate(url);
  }

  private chooseLogo = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) return this.status.reject({ file: () => this.t(problem) });
    this.status.clear();
    await this.replaceLogo(file);
  };

  /**
   * Previews the chosen logo from a data: URL, which a page's CSP allows where it often refuses blob: images
   * (the demo's `img-src 'self' data: https:`).
   */
  private async replaceLogo(file: File): Promise<void> {
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    this.logo = { file, url };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-create-org': LatchCreateOrg;
  }
}
