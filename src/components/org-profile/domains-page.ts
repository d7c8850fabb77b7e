/**
 * The organization profile's Domains page (instances that verify domains, `org:sys_domains:manage`): add a
 * domain, verify it with a code mailed to an address at it, choose how people with such an address join
 * (enrollment mode), remove it. One form is open at a time; what was typed stays until the server accepts it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Organization } from '../../resources/index.js';
import type { OrganizationDomain } from '../../resources/organization-domain.js';
import { CODE_LENGTH, codeField } from '../../ui/code-field.js';
import { field, formAlert } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { stepsCss } from '../base/steps.styles.js';
import { formButtons, profileSection, sectionPrimaryButton } from '../user-profile/section.js';
import type { LatchOrgProfile, OrgProfilePage } from './org-profile.js';

const MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'] as const;
const MODE_KEY: Record<string, string> = {
  manual_invitation: 'manualInvitation',
  automatic_invitation: 'automaticInvitation',
  automatic_suggestion: 'automaticSuggestion',
};
const PARAM_TO_FIELD = { name: 'domain', affiliation_email_address: 'affiliationEmailAddress', code: 'code' };

type Editing =
  | { form: 'add' }
  | { form: 'email'; id: string }
  | { form: 'code'; id: string }
  | { form: 'enrollment'; id: string }
  | { form: 'remove'; id: string }
  | null;

export class DomainsPage implements OrgProfilePage {
  /** The code field, resend and back link rules, adopted with the page (FlowElement.lazyStep). */
  static readonly stepCss = stepsCss;

  readonly #host: LatchOrgProfile;
  readonly #status: FormStatus;
  #loadedFor = '';
  #domains: OrganizationDomain[] | undefined;
  #editing: Editing = null;
  #value = '';
  #code = '';
  #mode = '';

  constructor(host: LatchOrgProfile) {
    this.#host = host;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  render(org: Organization): TemplateResult {
    const ui = this.#host;
    if (this.#loadedFor !== org.id) {
      this.#loadedFor = org.id;
      this.#domains = undefined;
      void this.#status.run(() => this.#load(org));
    }
    const key = 'organizationProfile.profilePage.domainSection';
    const content = html`<ul class=${ui.cls('profileSectionItemList', { id: 'organizationDomains' })}>
        ${(this.#domains ?? []).map((d) => this.#item(d))}
      </ul>
      ${
        this.#editing?.form === 'add'
          ? this.#addForm(org)
          : sectionPrimaryButton(ui, 'organizationDomains', ui.t(`${key}.primaryButton`), () =>
              this.#open({ form: 'add' }),
            )
      }`;
    return html`<div class=${ui.cls('profilePage', { id: 'organizationDomains' })}>
      <h1 class=${ui.cls('headerTitle')}>${ui.t('organizationProfile.navbar.domains')}</h1>
      ${this.#editing ? nothing : formAlert(ui, this.#status.formError)}
      <div class=${ui.cls('profilePageContent', { id: 'organizationDomains' })}>
        ${profileSection(ui, 'organizationDomains', ui.t(`${key}.title`), content)}
      </div>
    </div>`;
  }

  #item(domain: OrganizationDomain): TemplateResult {
    const ui = this.#host;
    const verified = domain.verification?.status === 'verified';
    const editing = this.#editing;
    const here = editing && 'id' in editing && editing.id === domain.id ? editing.form : null;
    const key = 'organizationProfile.profilePage.domainSection';
    const action = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${ui.cls('button', { id })} @click=${onClick}>${label}
        <span class="latch-visually-hidden">${domain.name}</span></button>`;
    return html`<li class=${ui.cls('profileSectionItem', { id: 'organizationDomain' })}>
      <span dir="ltr">${domain.name}</span>
      ${
        verified
          ? html`<span class=${ui.cls('badge', { id: domain.enrollmentMode })}>${ui.t(`organizationProfile.badge__${MODE_KEY[domain.enrollmentMode] ?? 'manualInvitation'}`)}</span>`
          : html`<span class=${ui.cls('badge', { id: 'unverified' })}>${ui.t('organizationProfile.badge__unverified')}</span>`
      }
      ${
        here
          ? nothing
          : html`<span class=${ui.cls('profileSectionButtonGroup', { id: 'organizationDomain' })}>
              ${verified ? action('enrollment', ui.t(`${key}.menuAction__manage`), () => this.#open({ form: 'enrollment', id: domain.id }, domain.enrollmentMode)) : action('verify', ui.t(`${key}.menuAction__verify`), () => this.#open({ form: 'email', id: domain.id }, domain.affiliationEmailAddress ?? ''))}
              ${action('remove', ui.t(`${key}.menuAction__remove`), () => this.#open({ form: 'remove', id: domain.id }))}
            </span>`
      }
      ${here === 'email' ? this.#emailForm(domain) : nothing}
      ${here === 'code' ? this.#codeForm(domain) : nothing}
      ${here === 'enrollment' ? this.#enrollmentForm(domain) : nothing}
      ${here === 'remove' ? this.#removeForm(domain) : nothing}
    </li>`;
  }

  #addForm(org: Organization): TemplateResult {
    const ui = this.#host;
    return html`<form class=${ui.cls('form', { id: 'addDomain' })} novalidate @submit=${(e: SubmitEvent) => this.#add(e, org)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('organizationProfile.createDomainPage.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('organizationProfile.createDomainPage.subtitle')}</p>
      ${formAlert(ui, this.#status.formError)}
      ${field(ui, {
        id: 'domain',
        label: ui.t('formFieldLabel__organizationDomain'),
        name: 'domain',
        autocomplete: 'off',
        placeholder: ui.t('formFieldInputPlaceholder__organizationDomain'),
        value: this.#value,
        error: this.#status.error('domain'),
        required: true,
        onInput: (value) => {
          this.#value = value;
        },
      })}
      ${this.#buttons(ui.t('userProfile.formButtonPrimary__add'))}
    </form>`;
  }

  #emailForm(domain: OrganizationDomain): TemplateResult {
    const ui = this.#host;
    const tokens = { domainName: domain.name };
    return html`<form class=${ui.cls('form', { id: 'verifyDomain' })} novalidate @submit=${(e: SubmitEvent) => this.#sendCode(e, domain)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('organizationProfile.verifyDomainPage.title', tokens)}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('organizationProfile.verifyDomainPage.subtitle', tokens)}</p>
      ${formAlert(ui, this.#status.formError)}
      ${field(ui, {
        id: 'affiliationEmailAddress',
        label: ui.t('formFieldLabel__organizationDomainEmailAddress'),
        name: 'affiliationEmailAddress',
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        value: this.#value,
        error: this.#status.error('affiliationEmailAddress'),
        required: true,
        onInput: (value) => {
          this.#value = value;
        },
      })}
      ${this.#buttons(ui.t('formButtonPrimary'))}
    </form>`;
  }

  #codeForm(domain: OrganizationDomain): TemplateResult {
    const ui = this.#host;
    const key = 'organizationProfile.verifyDomainPage';
    return html`<form class=${ui.cls('form', { id: 'verifyDomainCode' })} novalidate @submit=${(e?: SubmitEvent) => this.#verify(e, domain)}>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t(`${key}.formSubtitle`, { emailAddress: this.#value })}</p>
      ${formAlert(ui, this.#status.formError)}
      ${codeField(ui, {
        label: ui.t(`${key}.formTitle`),
        value: this.#code,
        error: this.#status.error('code'),
        onInput: (code) => {
          this.#code = code;
        },
        onComplete: () => void this.#verify(undefined, domain),
      })}
      <button type="button" class=${ui.cls('formResendCodeLink')} @click=${() => void this.#status.run(() => this.#prepare(domain))}>
        ${ui.t(`${key}.resendButton`)}
      </button>
      ${this.#buttons(ui.t('userProfile.formButtonPrimary__verify'))}
    </form>`;
  }

  #enrollmentForm(domain: OrganizationDomain): TemplateResult {
    const ui = this.#host;
    const key = 'organizationProfile.verifiedDomainPage.enrollmentTab';
    return html`<form class=${ui.cls('form', { id: 'enrollmentMode' })} novalidate @submit=${(e: SubmitEvent) => this.#saveMode(e, domain)}>
      ${formAlert(ui, this.#status.formError)}
      <fieldset class=${ui.cls('formFieldRadioGroup', { id: 'enrollmentMode' })}>
        <legend class=${ui.cls('formFieldLabel', { id: 'enrollmentMode' })}>${ui.t(`${key}.subtitle`)}</legend>
        ${MODES.map((mode) => {
          const id = `${ui.scopeClass}-mode-${mode}`;
          return html`<div class=${ui.cls('formFieldRadioGroupItem', { id: mode })}>
            <input type="radio" id=${id} name="enrollmentMode" value=${mode} class=${ui.cls('formFieldRadioInput', { id: mode })}
              .checked=${this.#mode === mode} @change=${() => {
                this.#mode = mode;
              }} />
            <label for=${id} class=${ui.cls('formFieldRadioLabel', { id: mode })}>
              <span class=${ui.cls('formFieldRadioLabelTitle', { id: mode })}>${ui.t(`${key}.${MODE_KEY[mode]}Option__label`)}</span>
            </label>
          </div>`;
        })}
      </fieldset>
      ${this.#buttons(ui.t('userProfile.formButtonPrimary__save'))}
    </form>`;
  }

  #removeForm(domain: OrganizationDomain): TemplateResult {
    const ui = this.#host;
    return html`<form class=${ui.cls('form', { id: 'removeDomain' })} novalidate @submit=${(e: SubmitEvent) => this.#remove(e, domain)}>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('organizationProfile.removeDomainPage.messageLine1', { domain: domain.name })}</p>
      ${formAlert(ui, this.#status.formError)}
      ${this.#buttons(ui.t('userProfile.formButtonPrimary__remove'))}
    </form>`;
  }

  #buttons(label: string): TemplateResult {
    return formButtons(this.#host, label, this.#status.busy, this.#cancel);
  }

  // ---- actions ----------------------------------------------------------------------------------------

  async #load(org: Organization): Promise<void> {
    this.#domains = (await org.getDomains({ pageSize: 100 })).data;
    this.#host.requestUpdate();
  }

  #open(editing: NonNullable<Editing>, value = ''): void {
    this.#status.clear();
    this.#editing = editing;
    this.#value = value;
    this.#mode = value;
    this.#code = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#host
        .querySelector<HTMLElement>('.cl-profilePage form input, .cl-profilePage form button[type="submit"]')
        ?.focus();
    });
  }

  #cancel = () => {
    const editing = this.#editing;
    this.#status.clear();
    this.#editing = null;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const selector =
        editing && 'id' in editing
          ? `.cl-profileSectionItem__organizationDomain .cl-button__remove`
          : '.cl-profileSectionPrimaryButton__organizationDomains';
      this.#host.querySelector<HTMLElement>(selector)?.focus();
    });
  };

  async #afterChange(): Promise<void> {
    const org = this.#host.profileLatch.organization;
    if (org) await this.#load(org);
  }

  #add = async (event: SubmitEvent, org: Organization) => {
    event.preventDefault();
    const name = this.#value.trim().toLowerCase();
    if (!name) return this.#status.reject({ domain: () => this.#host.t('unstable__errors.form_param_nil') });
    let created: OrganizationDomain | undefined;
    const ok = await this.#status.run(async () => {
      created = await org.createDomain(name);
      await this.#load(org);
    }, PARAM_TO_FIELD);
    if (ok && created) this.#open({ form: 'email', id: created.id });
  };

  #prepare(domain: OrganizationDomain): Promise<void> {
    return domain.prepareAffiliationVerification({ affiliationEmailAddress: this.#value.trim() }).then(() => undefined);
  }

  #sendCode = async (event: SubmitEvent, domain: OrganizationDomain) => {
    event.preventDefault();
    if (!this.#value.trim()) {
      return this.#status.reject({ affiliationEmailAddress: () => this.#host.t('unstable__errors.form_param_nil') });
    }
    const ok = await this.#status.run(() => this.#prepare(domain), PARAM_TO_FIELD);
    if (!ok) return;
    const value = this.#value;
    this.#open({ form: 'code', id: domain.id }, value);
  };

  #verify = async (event: SubmitEvent | undefined, domain: OrganizationDomain) => {
    event?.preventDefault();
    if (this.#code.length < CODE_LENGTH) {
      return this.#status.reject({
        code: () => this.#host.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }),
      });
    }
    const ok = await this.#status.run(async () => {
      await domain.attemptAffiliationVerification({ code: this.#code });
      await this.#afterChange();
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  #saveMode = async (event: SubmitEvent, domain: OrganizationDomain) => {
    event.preventDefault();
    const ok = await this.#status.run(async () => {
      await domain.updateEnrollmentMode({ enrollmentMode: this.#mode });
      await this.#afterChange();
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  #remove = async (event: SubmitEvent, domain: OrganizationDomain) => {
    event.preventDefault();
    const ok = await this.#status.run(async () => {
      await domain.delete();
      await this.#afterChange();
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };
}
