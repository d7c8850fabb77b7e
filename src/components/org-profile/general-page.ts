/**
 * The organization profile's General page: the organization's logo, name and slug (editable with
 * `org:sys_profile:manage`), leaving it and deleting it (`org:sys_profile:delete`, when the instance lets admins
 * delete), both confirmed by typing the organization's name. Leaving is offered to everyone, as in Clerk: whether
 * another admin remains is the server's to tell at that moment (a list read earlier may be stale), and its refusal
 * (`organization_minimum_permissions_needed`) shows in the confirmation form, with what was typed kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Organization } from '../../resources/index.js';
import { avatar } from '../../ui/avatar.js';
import { field, formAlert } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { imageField, imageProblem } from '../user-profile/image-field.js';
import { formButtons, profileSection, sectionPrimaryButton } from '../user-profile/section.js';
import type { LatchOrgProfile, OrgProfilePage } from './org-profile.js';

/** The server's slug rule: lower-case ASCII letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PARAM_TO_FIELD = { name: 'name', slug: 'slug', file: 'file' };

type Editing = 'profile' | 'leave' | 'delete' | null;

export class GeneralPage implements OrgProfilePage {
  readonly #host: LatchOrgProfile;
  readonly #status: FormStatus;
  #editing: Editing = null;
  #name = '';
  #slug = '';
  #typed = '';

  constructor(host: LatchOrgProfile) {
    this.#host = host;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  render(org: Organization): TemplateResult {
    const ui = this.#host;
    return html`<div class=${ui.cls('profilePage', { id: 'general' })}>
      <h1 class=${ui.cls('headerTitle')}>${ui.t('organizationProfile.start.headerTitle__general')}</h1>
      ${this.#editing ? nothing : formAlert(ui, this.#status.formError)}
      <div class=${ui.cls('profilePageContent', { id: 'general' })}>
        ${this.#profileSection(org)}
        ${this.#dangerSection(org)}
      </div>
    </div>`;
  }

  #profileSection(org: Organization): TemplateResult {
    const ui = this.#host;
    const content =
      this.#editing === 'profile'
        ? this.#profileForm(org)
        : html`<div class=${ui.cls('profileSectionItem', { id: 'organizationProfile' })}>
            ${avatar(ui, { ...org, firstName: org.name }, 'organizationPreviewAvatarBox', 'organizationPreviewAvatarImage')}
            <span class=${ui.cls('organizationPreviewTextContainer')}>
              <span class=${ui.cls('organizationPreviewMainIdentifier')}>${org.name}</span>
              <span class=${ui.cls('organizationPreviewSecondaryIdentifier')} dir="ltr">${org.slug}</span>
            </span>
          </div>
          ${
            this.#host.can('org:sys_profile:manage')
              ? sectionPrimaryButton(
                  ui,
                  'organizationProfile',
                  ui.t('organizationProfile.start.profileSection.primaryButton'),
                  () =>
                    this.#open('profile', () => {
                      this.#name = org.name;
                      this.#slug = org.slug;
                    }),
                )
              : nothing
          }`;
    return profileSection(ui, 'organizationProfile', ui.t('organizationProfile.start.profileSection.title'), content);
  }

  #profileForm(org: Organization): TemplateResult {
    const ui = this.#host;
    const status = this.#status;
    return html`<form class=${ui.cls('form', { id: 'organizationProfile' })} novalidate @submit=${this.#save}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('organizationProfile.profilePage.title')}</h3>
      ${formAlert(ui, status.formError)}
      ${imageField(ui, {
        label: ui.t('organizationProfile.start.profileSection.uploadAction__title'),
        uploadLabel: ui.t('organizationProfile.profilePage.imageFormSubtitle'),
        removeLabel: ui.t('organizationProfile.profilePage.imageFormDestructiveActionSubtitle'),
        hint: ui.t('organizationProfile.profilePage.fileDropAreaHint'),
        error: status.error('file'),
        preview: avatar(
          ui,
          { ...org, firstName: org.name },
          'organizationPreviewAvatarBox',
          'organizationPreviewAvatarImage',
        ),
        onRemove: org.hasImage ? this.#removeLogo : undefined,
        onChange: this.#chooseLogo,
        containerKey: 'organizationAvatarUploaderContainer',
      })}
      ${field(ui, {
        id: 'name',
        label: ui.t('formFieldLabel__organizationName'),
        name: 'name',
        autocomplete: 'organization',
        value: this.#name,
        error: status.error('name'),
        required: true,
        onInput: (value) => {
          this.#name = value;
        },
      })}
      ${field(ui, {
        id: 'slug',
        label: ui.t('formFieldLabel__organizationSlug'),
        name: 'slug',
        autocomplete: 'off',
        hint: ui.t('organizationProfile.profilePage.slugHint'),
        value: this.#slug,
        error: status.error('slug'),
        required: true,
        onInput: (value) => {
          this.#slug = value;
        },
      })}
      ${formButtons(ui, ui.t('userProfile.formButtonPrimary__save'), status.busy, this.#cancel)}
    </form>`;
  }

  #dangerSection(org: Organization): TemplateResult {
    const ui = this.#host;
    const canDelete = ui.can('org:sys_profile:delete') && this.#adminDelete;
    const editing = this.#editing;
    const content =
      editing === 'leave' || editing === 'delete'
        ? this.#confirmForm(org, editing)
        : html`<div class=${ui.cls('profileSectionButtonGroup', { id: 'danger' })}>
            ${this.#dangerButton('leave', 'leaveOrganization')}
            ${canDelete ? this.#dangerButton('delete', 'deleteOrganization') : nothing}
          </div>`;
    return profileSection(ui, 'danger', ui.t('organizationProfile.profilePage.dangerSection.title'), content);
  }

  #dangerButton(form: 'leave' | 'delete', key: string): TemplateResult {
    const ui = this.#host;
    return sectionPrimaryButton(ui, form, ui.t(`organizationProfile.profilePage.dangerSection.${key}.title`), () =>
      this.#open(form, () => {
        this.#typed = '';
      }),
    );
  }

  #confirmForm(org: Organization, form: 'leave' | 'delete'): TemplateResult {
    const ui = this.#host;
    const key = `organizationProfile.profilePage.dangerSection.${form === 'leave' ? 'leaveOrganization' : 'deleteOrganization'}`;
    const tokens = { organizationName: org.name };
    return html`<form class=${ui.cls('form', { id: form })} novalidate @submit=${(e: SubmitEvent) => this.#confirm(e, org, form)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(`${key}.title`)}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t(`${key}.messageLine1`, tokens)}</p>
      ${formAlert(ui, this.#status.formError)}
      ${field(ui, {
        id: 'confirmDeletion',
        label: ui.t(`${key}.actionDescription`, tokens),
        name: 'confirmDeletion',
        autocomplete: 'off',
        value: this.#typed,
        error: this.#status.error('confirmDeletion'),
        required: true,
        onInput: (value) => {
          this.#typed = value;
        },
      })}
      ${formButtons(ui, ui.t(`${key}.confirm`), this.#status.busy, this.#cancel)}
    </form>`;
  }

  get #adminDelete(): boolean {
    const env = this.#host.profileLatch.environment as {
      organizationSettings?: { actions?: { adminDelete?: boolean } };
    };
    return env.organizationSettings?.actions?.adminDelete !== false;
  }

  // ---- actions ----------------------------------------------------------------------------------------

  #open(editing: Editing, fill: () => void): void {
    this.#status.clear();
    this.#editing = editing;
    fill();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#host.querySelector<HTMLElement>('.cl-profilePage form input:not([type="file"])')?.focus();
    });
  }

  #cancel = () => {
    const editing = this.#editing;
    this.#status.clear();
    this.#editing = null;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const id = editing === 'profile' ? 'organizationProfile' : editing;
      this.#host.querySelector<HTMLElement>(`.cl-profileSectionPrimaryButton__${id}`)?.focus();
    });
  };

  get #org(): Organization {
    const org = this.#host.profileLatch.organization;
    if (!org) throw new Error('no active organization');
    return org;
  }

  #save = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = this.#name.trim();
    const slug = this.#slug.trim();
    const t = (key: string) => () => this.#host.t(key);
    const errors: Record<string, () => string> = {};
    if (!name) errors.name = t('unstable__errors.form_param_nil');
    if (!slug) errors.slug = t('unstable__errors.form_param_nil');
    else if (!SLUG.test(slug)) errors.slug = t('unstable__errors.form_param_format_invalid__slug');
    if (Object.keys(errors).length > 0) return this.#status.reject(errors);
    const ok = await this.#status.run(async () => {
      await this.#org.update({ name, slug });
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  #chooseLogo = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) return this.#status.reject({ file: () => this.#host.t(problem) });
    await this.#status.run(() => this.#org.setLogo({ file }).then(() => undefined), PARAM_TO_FIELD);
  };

  #removeLogo = async () => {
    await this.#status.run(() => this.#org.setLogo({ file: null }).then(() => undefined), PARAM_TO_FIELD);
  };

  #confirm = async (event: SubmitEvent, org: Organization, form: 'leave' | 'delete') => {
    event.preventDefault();
    if (this.#typed.trim() !== org.name.trim()) {
      return this.#status.reject({
        confirmDeletion: () => this.#host.t('organizationProfile.profilePage.dangerSection.confirmMismatch'),
      });
    }
    const latch = this.#host.profileLatch;
    const ok = await this.#status.run(async () => {
      if (form === 'delete') await org.destroy();
      else await latch.user?.leaveOrganization(org.id);
    });
    if (!ok) return;
    this.#editing = null;
    this.#host.organizationGone();
  };
}
