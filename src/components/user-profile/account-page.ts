/**
 * The user profile's Account page: profile (photo, first and last name), username, email addresses and phone
 * numbers. A separate module so `<latch-user-profile>` draws its frame without it; one form is open at a time,
 * and what the user typed stays in it until the server accepts it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type EmailLinkFlow, emailLinkFlow } from '../../resources/email-link-flow.js';
import type { EmailAddress, PhoneNumber, User } from '../../resources/index.js';
import { avatar } from '../../ui/avatar.js';
import { CODE_LENGTH, codeField } from '../../ui/code-field.js';
import { field, formAlert, type UiHost } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import { stepsCss } from '../base/steps.styles.js';
import { ConnectedAccounts } from './connected-accounts.js';
import { imageField, imageProblem } from './image-field.js';
import { ReverificationGuard } from './reverification-guard.js';
import { formButtons, profileSection, sectionPrimaryButton } from './section.js';
import type { LatchUserProfile } from './user-profile.js';

type Kind = 'email' | 'phone';
type Identification = EmailAddress | PhoneNumber;

/** The open form, if any. */
type Editing =
  | { form: 'profile' }
  | { form: 'username' }
  | { form: 'add'; kind: Kind }
  | { form: 'verify'; kind: Kind; id: string }
  | { form: 'remove'; kind: Kind; id: string }
  | null;

/** FAPI params → the field each form shows them under. */
const PARAM_TO_FIELD = {
  first_name: 'firstName',
  last_name: 'lastName',
  username: 'username',
  email_address: 'emailAddress',
  phone_number: 'phoneNumber',
  code: 'code',
  file: 'file',
};

const KEYS = {
  email: {
    section: 'userProfile.start.emailAddressesSection',
    page: 'userProfile.emailAddressPage',
    codeForm: 'userProfile.emailAddressPage.emailCode',
    sectionId: 'emailAddresses',
  },
  phone: {
    section: 'userProfile.start.phoneNumbersSection',
    page: 'userProfile.phoneNumberPage',
    codeForm: 'userProfile.phoneNumberPage.phoneCode',
    sectionId: 'phoneNumbers',
  },
} as const;

const identifierOf = (item: Identification) => ('emailAddress' in item ? item.emailAddress : item.phoneNumber);

/** Where a verification link sends the browser back: this page, without the status of an earlier link. */
function linkReturnUrl(): string {
  const url = new URL(location.href);
  url.searchParams.delete('__clerk_status');
  return url.href;
}

export class AccountPage {
  /** The code field, resend and back link rules, adopted with the page (FlowElement.lazyStep). */
  static readonly stepCss = stepsCss;

  readonly #host: LatchUserProfile;
  readonly #status: FormStatus;
  #editing: Editing = null;
  #firstName = '';
  #lastName = '';
  #username = '';
  #newValue = '';
  #code = '';
  /** The chosen image, shown while it uploads. */
  #preview = '';
  readonly #connectedAccounts: ConnectedAccounts;
  readonly #guard: ReverificationGuard;
  /** The link being waited for (an address verified by link), polled until it is opened in any tab. */
  #linkFlow: EmailLinkFlow<string, User> | undefined;
  /** Said (politely) once an address is verified by its link, since that happens while the user is elsewhere. */
  #notice = '';

  constructor(host: LatchUserProfile) {
    this.#host = host;
    this.#guard = new ReverificationGuard(host);
    this.#connectedAccounts = new ConnectedAccounts(host, this.#guard);
    this.#status = new FormStatus(host, (error) => host.translateError(error));
    // No polling once the profile is gone.
    host.addController({ hostDisconnected: () => this.#stopLink() });
  }

  get #ui(): UiHost & ReactiveControllerHost {
    return this.#host;
  }

  render(user: User): TemplateResult {
    const ui = this.#ui;
    const attributes = this.#host.profileLatch.environment.userSettings.attributes;
    return html`<div class=${ui.cls('profilePage', { id: 'account' })}>
      <h1 class=${ui.cls('headerTitle')}>${ui.t('userProfile.start.headerTitle__account')}</h1>
      ${this.#editing ? nothing : formAlert(ui, this.#status.formError)}
      <div class=${ui.cls('profilePageContent', { id: 'account' })}>
        ${this.#profileSection(user)}
        ${attributes.username?.enabled ? this.#usernameSection(user) : nothing}
        ${this.#identificationSection(user, 'email')}
        ${attributes.phone_number?.enabled || user.phoneNumbers.length > 0 ? this.#identificationSection(user, 'phone') : nothing}
        ${this.#connectedAccounts.render(user)}
      </div>
      ${this.#guard.render()}
    </div>`;
  }

  // ---- sections ---------------------------------------------------------------------------------------

  #section(id: string, title: string, content: TemplateResult): TemplateResult {
    return profileSection(this.#ui, id, title, content);
  }

  #primaryButton(id: string, label: string, onClick: () => void): TemplateResult {
    return sectionPrimaryButton(this.#ui, id, label, onClick);
  }

  #profileSection(user: User): TemplateResult {
    const ui = this.#ui;
    const editing = this.#editing?.form === 'profile';
    const preview = this.#preview ? { ...user, imageUrl: this.#preview, hasImage: true } : user;
    const content = editing
      ? this.#profileForm(user, preview)
      : html`<div class=${ui.cls('profileSectionItem', { id: 'profile' })}>
          ${avatar(ui, user, 'userAvatarBox', 'userAvatarImage')}
          <span>${user.fullName ?? ''}</span>
        </div>
        ${this.#primaryButton('profile', ui.t('userProfile.start.profileSection.primaryButton'), () =>
          this.#open({ form: 'profile' }, () => {
            this.#firstName = user.firstName ?? '';
            this.#lastName = user.lastName ?? '';
          }),
        )}`;
    return this.#section('profile', ui.t('userProfile.start.profileSection.title'), content);
  }

  #profileForm(user: User, preview: Parameters<typeof avatar>[1]): TemplateResult {
    const ui = this.#ui;
    const status = this.#status;
    return html`<form class=${ui.cls('form', { id: 'profile' })} novalidate @submit=${this.#saveProfile}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.profilePage.title')}</h3>
      ${formAlert(ui, status.formError)}
      ${imageField(ui, {
        label: ui.t('userProfile.profilePage.imageFormTitle'),
        uploadLabel: ui.t('userProfile.profilePage.imageFormSubtitle'),
        removeLabel: ui.t('userProfile.profilePage.imageFormDestructiveActionSubtitle'),
        hint: ui.t('userProfile.profilePage.fileDropAreaHint'),
        error: status.error('file'),
        preview: avatar(ui, preview, 'userAvatarBox', 'userAvatarImage'),
        onRemove: user.hasImage ? this.#removeImage : undefined,
        onChange: this.#chooseImage,
      })}
      ${field(ui, {
        id: 'firstName',
        label: ui.t('formFieldLabel__firstName'),
        name: 'firstName',
        autocomplete: 'given-name',
        value: this.#firstName,
        error: status.error('firstName'),
        onInput: (value) => {
          this.#firstName = value;
        },
      })}
      ${field(ui, {
        id: 'lastName',
        label: ui.t('formFieldLabel__lastName'),
        name: 'lastName',
        autocomplete: 'family-name',
        value: this.#lastName,
        error: status.error('lastName'),
        onInput: (value) => {
          this.#lastName = value;
        },
      })}
      ${this.#formButtons(ui.t('userProfile.formButtonPrimary__save'))}
    </form>`;
  }

  #usernameSection(user: User): TemplateResult {
    const ui = this.#ui;
    const has = Boolean(user.username);
    const content =
      this.#editing?.form === 'username'
        ? html`<form class=${ui.cls('form', { id: 'username' })} novalidate @submit=${this.#saveUsername}>
            <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(has ? 'userProfile.usernamePage.title__update' : 'userProfile.usernamePage.title__set')}</h3>
            ${formAlert(ui, this.#status.formError)}
            ${field(ui, {
              id: 'username',
              label: ui.t('formFieldLabel__username'),
              name: 'username',
              autocomplete: 'username',
              value: this.#username,
              error: this.#status.error('username'),
              onInput: (value) => {
                this.#username = value;
              },
            })}
            ${this.#formButtons(ui.t('userProfile.formButtonPrimary__save'))}
          </form>`
        : html`${has ? html`<p class=${ui.cls('profileSectionItem', { id: 'username' })}>${user.username}</p>` : nothing}
          ${this.#primaryButton(
            'username',
            ui.t(`userProfile.start.usernameSection.primaryButton__${has ? 'updateUsername' : 'setUsername'}`),
            () =>
              this.#open({ form: 'username' }, () => {
                this.#username = user.username ?? '';
              }),
          )}`;
    return this.#section('username', ui.t('userProfile.start.usernameSection.title'), content);
  }

  #identificationSection(user: User, kind: Kind): TemplateResult {
    const ui = this.#ui;
    const keys = KEYS[kind];
    const items: Identification[] = kind === 'email' ? user.emailAddresses : user.phoneNumbers;
    const primaryId = kind === 'email' ? user.primaryEmailAddressId : user.primaryPhoneNumberId;
    const editing = this.#editing;
    const adding = editing?.form === 'add' && editing.kind === kind;
    const content = html`<ul class=${ui.cls('profileSectionItemList', { id: keys.sectionId })}>
        ${items.map((item) => this.#item(item, kind, item.id === primaryId))}
      </ul>
      ${
        kind === 'email'
          ? html`<p class=${ui.cls('formFieldSuccessText', { id: keys.sectionId })} role="status">${this.#notice}</p>`
          : nothing
      }
      ${
        adding
          ? this.#addForm(kind)
          : this.#primaryButton(keys.sectionId, ui.t(`${keys.section}.primaryButton`), () =>
              this.#open({ form: 'add', kind }, () => {
                this.#newValue = '';
              }),
            )
      }`;
    return this.#section(keys.sectionId, ui.t(`${keys.section}.title`), content);
  }

  #item(item: Identification, kind: Kind, primary: boolean): TemplateResult {
    const ui = this.#ui;
    const keys = KEYS[kind];
    const verified = item.verification?.status === 'verified';
    const editing = this.#editing;
    const here = editing && 'id' in editing && editing.id === item.id && editing.kind === kind ? editing.form : null;
    const action = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${ui.cls('button', { id })} @click=${onClick}>${label}</button>`;
    return html`<li class=${ui.cls('profileSectionItem', { id: keys.sectionId })}>
      <!-- An address or an E.164 number reads left to right on a right-to-left page too (no "15555550100+"). -->
      <span dir="ltr">${identifierOf(item)}</span>
      ${primary ? html`<span class=${ui.cls('badge', { id: 'primary' })}>${ui.t('badge__primary')}</span>` : nothing}
      ${verified ? nothing : html`<span class=${ui.cls('badge', { id: 'unverified' })}>${ui.t('badge__unverified')}</span>`}
      ${
        here
          ? nothing
          : html`<span class=${ui.cls('profileSectionButtonGroup', { id: keys.sectionId })}>
              ${verified ? nothing : action('verify', ui.t(`${keys.section}.detailsAction__unverified`), () => void this.#startVerify(kind, item))}
              ${verified && !primary ? action('makePrimary', ui.t(`${keys.section}.detailsAction__nonPrimary`), () => void this.#makePrimary(kind, item)) : nothing}
              ${
                primary && kind === 'email'
                  ? nothing
                  : action('remove', ui.t(`${keys.section}.destructiveAction`), () =>
                      this.#open({ form: 'remove', kind, id: item.id }),
                    )
              }
            </span>`
      }
      ${here === 'verify' ? (this.#byLink(kind) ? this.#linkForm(item) : this.#verifyForm(kind, item)) : nothing}
      ${here === 'remove' ? this.#removeForm(kind, item) : nothing}
    </li>`;
  }

  #addForm(kind: Kind): TemplateResult {
    const ui = this.#ui;
    const email = kind === 'email';
    const id = email ? 'emailAddress' : 'phoneNumber';
    return html`<form class=${ui.cls('form', { id })} novalidate @submit=${(e: SubmitEvent) => this.#add(e, kind)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(`${KEYS[kind].page}.title`)}</h3>
      ${formAlert(ui, this.#status.formError)}
      ${field(ui, {
        id,
        label: ui.t(email ? 'formFieldLabel__emailAddress' : 'formFieldLabel__phoneNumber'),
        name: id,
        type: email ? 'email' : 'tel',
        inputmode: email ? 'email' : 'tel',
        autocomplete: email ? 'email' : 'tel',
        placeholder: ui.t(email ? 'formFieldInputPlaceholder__emailAddress' : 'formFieldInputPlaceholder__phoneNumber'),
        hint: ui.t(
          email
            ? `userProfile.emailAddressPage.${this.#byLink(kind) ? 'emailLink.' : ''}formHint`
            : 'userProfile.phoneNumberPage.infoText',
        ),
        value: this.#newValue,
        error: this.#status.error(id),
        required: true,
        onInput: (value) => {
          this.#newValue = value;
        },
      })}
      ${this.#formButtons(ui.t('userProfile.formButtonPrimary__add'))}
    </form>`;
  }

  #verifyForm(kind: Kind, item: Identification): TemplateResult {
    const ui = this.#ui;
    const keys = KEYS[kind];
    return html`<form class=${ui.cls('form', { id: 'verify' })} novalidate @submit=${(e: SubmitEvent) => this.#verify(e, kind, item)}>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t(`${keys.codeForm}.formSubtitle`, { identifier: identifierOf(item) })}</p>
      ${formAlert(ui, this.#status.formError)}
      ${codeField(ui, {
        label: ui.t(`${keys.codeForm}.formTitle`),
        value: this.#code,
        error: this.#status.error('code'),
        onInput: (code) => {
          this.#code = code;
        },
        onComplete: () => void this.#verify(undefined, kind, item),
      })}
      <button type="button" class=${ui.cls('formResendCodeLink')} @click=${() => void this.#send(kind, item)}>
        ${ui.t(`${keys.codeForm}.resendButton`)}
      </button>
      ${this.#formButtons(ui.t('userProfile.formButtonPrimary__verify'))}
    </form>`;
  }

  /** Waiting for the mailed link to be opened: where it went, send another, or stop waiting. */
  #linkForm(item: Identification): TemplateResult {
    const ui = this.#ui;
    return html`<form class=${ui.cls('form', { id: 'verifyLink' })} novalidate @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.emailAddressPage.emailLink.formTitle')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>
        ${ui.t('userProfile.emailAddressPage.emailLink.formSubtitle', { identifier: identifierOf(item) })}
      </p>
      ${formAlert(ui, this.#status.formError)}
      <button type="button" class=${ui.cls('formResendCodeLink')} @click=${() => this.#waitForLink(item as EmailAddress)}>
        ${ui.t('userProfile.emailAddressPage.emailLink.resendButton')}
      </button>
      <div class=${ui.cls('profileSectionButtonGroup', { id: 'form' })}>
        <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonReset')}`} @click=${this.#cancel}>
          ${ui.t('userProfile.formButtonReset')}
        </button>
      </div>
    </form>`;
  }

  #removeForm(kind: Kind, item: Identification): TemplateResult {
    const ui = this.#ui;
    const keys = KEYS[kind];
    return html`<form class=${ui.cls('form', { id: 'remove' })} novalidate @submit=${(e: SubmitEvent) => this.#remove(e, item)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(`${keys.page}.removeResource.title`)}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t(`${keys.page}.removeResource.messageLine1`, { identifier: identifierOf(item) })}</p>
      ${formAlert(ui, this.#status.formError)}
      ${this.#formButtons(ui.t('userProfile.formButtonPrimary__remove'))}
    </form>`;
  }

  /** Submit and Cancel; Cancel closes the form and puts focus back on the section. */
  #formButtons(submitLabel: string): TemplateResult {
    return formButtons(this.#ui, submitLabel, this.#status.busy, this.#cancel);
  }

  // ---- actions ----------------------------------------------------------------------------------------

  /** Opens one form (closing any other), fills it, and moves focus into it. */
  #open(editing: NonNullable<Editing>, fill?: () => void): void {
    this.#stopLink();
    this.#status.clear();
    this.#notice = '';
    this.#editing = editing;
    fill?.();
    this.#code = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const form = this.#host.querySelector('.cl-profilePage form');
      form
        ?.querySelector<HTMLElement>('input:not([type="file"]), button[type="submit"], .cl-formResendCodeLink')
        ?.focus();
    });
  }

  #close(): void {
    this.#stopLink();
    this.#status.clear();
    this.#editing = null;
    this.#code = '';
    this.#host.requestUpdate();
  }

  #cancel = () => {
    const editing = this.#editing;
    this.#close();
    this.#preview = '';
    void this.#host.updateComplete.then(() => {
      const id = editing && 'kind' in editing ? KEYS[editing.kind].sectionId : (editing?.form ?? 'profile');
      this.#host.querySelector<HTMLElement>(`.cl-profileSectionPrimaryButton__${id}`)?.focus();
    });
  };

  get #user(): User {
    const user = this.#host.profileLatch.user;
    if (!user) throw new Error('signed out');
    return user;
  }

  #saveProfile = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await this.#status.run(async () => {
      await this.#user.update({ firstName: this.#firstName.trim() || null, lastName: this.#lastName.trim() || null });
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  #chooseImage = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) {
      await this.#status.reject({ file: () => this.#ui.t(problem) });
      return;
    }
    this.#preview = URL.createObjectURL(file);
    const preview = this.#preview;
    await this.#status.run(() => this.#user.setProfileImage({ file }).then(() => undefined), PARAM_TO_FIELD);
    URL.revokeObjectURL(preview);
    if (this.#preview === preview) this.#preview = '';
    this.#host.requestUpdate();
  };

  #removeImage = async () => {
    await this.#status.run(() => this.#user.setProfileImage({ file: null }).then(() => undefined), PARAM_TO_FIELD);
  };

  #saveUsername = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await this.#status.run(async () => {
      await this.#user.update({ username: this.#username.trim() || null });
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  #add = async (event: SubmitEvent, kind: Kind) => {
    event.preventDefault();
    const value = this.#newValue.trim();
    const fieldId = kind === 'email' ? 'emailAddress' : 'phoneNumber';
    if (!value) {
      await this.#status.reject({ [fieldId]: () => this.#ui.t('unstable__errors.form_param_nil') });
      return;
    }
    let created: Identification | undefined;
    const byLink = this.#byLink(kind);
    const ok = await this.#status.run(async () => {
      const user = this.#user;
      created =
        kind === 'email'
          ? await user.createEmailAddress({ email: value })
          : await user.createPhoneNumber({ phoneNumber: value });
      if (!byLink) await this.#prepare(kind, created);
    }, PARAM_TO_FIELD);
    if (!ok || !created) return;
    this.#open({ form: 'verify', kind, id: created.id });
    if (byLink) this.#waitForLink(created as EmailAddress);
  };

  /** The instance verifies added email addresses by a mailed link rather than a code (its `verifications`). */
  #byLink(kind: Kind): boolean {
    const email = this.#host.profileLatch.environment.userSettings.attributes.email_address;
    return kind === 'email' && Boolean(email?.verifications.includes('email_link'));
  }

  /**
   * Mails a link to the address (a new one replaces the last), then re-reads the user every 2 s until the link
   * has been opened, in this browser or another: the form then closes and says so. A failed send stops the wait.
   */
  #waitForLink(item: EmailAddress): void {
    this.#stopLink();
    const flow: EmailLinkFlow<string, User> = emailLinkFlow(
      async (redirectUrl: string) => {
        const sent = await this.#status.run(async () => {
          await item.prepareVerification({ strategy: 'email_link', redirectUrl });
        }, PARAM_TO_FIELD);
        if (!sent) flow.cancelEmailLinkFlow();
      },
      () => this.#user.reload(),
      (user) => user.emailAddresses.find((e) => e.id === item.id)?.verification?.status !== 'unverified',
    );
    this.#linkFlow = flow;
    flow.startEmailLinkFlow(linkReturnUrl()).then(
      (user) => {
        if (this.#linkFlow !== flow) return;
        const verified = user.emailAddresses.some((e) => e.id === item.id && e.verification?.status === 'verified');
        this.#cancel();
        if (verified) {
          this.#notice = this.#ui.t('userProfile.emailAddressPage.emailLink.successMessage', {
            identifier: item.emailAddress,
          });
          this.#host.requestUpdate();
        }
      },
      (error: unknown) => {
        if (this.#linkFlow === flow) this.#status.fail(error, PARAM_TO_FIELD);
      },
    );
  }

  #stopLink(): void {
    this.#linkFlow?.cancelEmailLinkFlow();
    this.#linkFlow = undefined;
  }

  #prepare(kind: Kind, item: Identification): Promise<unknown> {
    return kind === 'email'
      ? (item as EmailAddress).prepareVerification({ strategy: 'email_code' })
      : (item as PhoneNumber).prepareVerification({ strategy: 'phone_code' });
  }

  async #startVerify(kind: Kind, item: Identification): Promise<void> {
    this.#open({ form: 'verify', kind, id: item.id });
    if (this.#byLink(kind)) {
      this.#waitForLink(item as EmailAddress);
      return;
    }
    await this.#status.run(() => this.#prepare(kind, item).then(() => undefined), PARAM_TO_FIELD);
  }

  async #send(kind: Kind, item: Identification): Promise<void> {
    await this.#status.run(() => this.#prepare(kind, item).then(() => undefined), PARAM_TO_FIELD);
  }

  #verify = async (event: SubmitEvent | undefined, _kind: Kind, item: Identification) => {
    event?.preventDefault();
    if (this.#code.length < CODE_LENGTH) {
      await this.#status.reject({ code: () => this.#ui.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }) });
      return;
    }
    const ok = await this.#status.run(async () => {
      await item.attemptVerification({ code: this.#code });
    }, PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };

  async #makePrimary(kind: Kind, item: Identification): Promise<void> {
    this.#close();
    await this.#status.run(async () => {
      const user = this.#user;
      await this.#guard.run(() =>
        user.update(kind === 'email' ? { primaryEmailAddressId: item.id } : { primaryPhoneNumberId: item.id }),
      );
    }, PARAM_TO_FIELD);
  }

  #remove = async (event: SubmitEvent, item: Identification) => {
    event.preventDefault();
    const ok = await this.#status.run(() => item.destroy(), PARAM_TO_FIELD);
    if (ok) this.#cancel();
  };
}
