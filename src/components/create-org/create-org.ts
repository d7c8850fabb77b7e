import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComponentKey } from '../../appearance/index.js';
import { cardHeader, field, formAlert, primaryButton } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import { slugify } from './slug.js';

/**
 * @summary Clerk's `<CreateOrganization/>`: a card with the organization's name and its slug (generated from the
 * name until the user edits it). The new organization becomes the active one, then the page follows
 * `afterCreateOrganizationUrl` (`:id` and `:slug` replaced by the new organization's).
 *
 * @fires latch-organization-create - The organization exists; `detail.id` and `detail.slug`. Cancel it to stay.
 */
export class LatchCreateOrg extends FlowElement {
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'createOrganization';

  @property({ attribute: 'after-create-organization-url' }) afterCreateOrganizationUrl?: string;
  /**
   * Clerk's `skipInvitationScreen`. The invite step needs the organization-invitations endpoints, which arrive
   * with `<latch-org-profile>`; until then the card always ends after the organization is created.
   */
  @property({ type: Boolean, attribute: 'skip-invitation-screen' }) skipInvitationScreen = false;

  @state() private name = '';
  @state() private slug = '';
  /** Whether the user typed the slug (then the name no longer rewrites it). */
  @state() private slugEdited = false;

  protected override resetForm(): void {
    this.name = '';
    this.slug = '';
    this.slugEdited = false;
  }

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    return this.card(html`${cardHeader(this, { title: this.t('createOrganization.title') })}
      <div class=${this.cls('main')}>
        ${formAlert(this, this.status.formError)}
        <form class=${this.cls('form')} novalidate @submit=${this.submit}>
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
      const org = await latch.createOrganization({ name, slug: this.slug.trim() || undefined });
      const url = this.afterCreateOrganizationUrl?.replace(':id', org.id).replace(':slug', org.slug);
      const follow = this.emit('latch-organization-create', { id: org.id, slug: org.slug });
      await latch.setActive({ organization: org.id, redirectUrl: (follow && url) || undefined });
      this.resetForm();
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-create-org': LatchCreateOrg;
  }
}
