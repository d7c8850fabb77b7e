/**
 * Security page → Two-step verification: add an authenticator app (QR code, or the secret typed by hand, then a
 * code from the app), remove it; SMS codes to one of the user's verified phone numbers (reserved for it, one of
 * them the default, each removable); and backup codes: shown once (copy, download) when the first second factor
 * is added and each time they are regenerated.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PhoneNumber, User } from '../../resources/index.js';
import { CODE_LENGTH, codeField } from '../../ui/code-field.js';
import { formAlert } from '../../ui/form.js';
import type { SecurityPageHost } from './security-page.js';

const FOCUS_SECTION = '.cl-profileSectionPrimaryButton__mfa';
type Bitmap = { size: number; get(x: number, y: number): boolean };

export class MfaSection {
  readonly #page: SecurityPageHost;
  /** The secret being set up, until a code from the app verifies it. */
  #pending: { secret: string; uri: string } | null = null;
  #qr: Bitmap | null = null;
  #code = '';
  /** Backup codes on screen: shown once, gone when the user closes them. */
  #codes: string[] | null = null;

  constructor(page: SecurityPageHost) {
    this.#page = page;
  }

  render(user: User): TemplateResult {
    const { ui } = this.#page;
    const editing = this.#page.editing;
    let content: TemplateResult;
    if (this.#codes) content = this.#backupCodes(this.#codes);
    else if (editing === 'totp' && this.#pending) content = this.#setup(this.#pending);
    else if (editing === 'totp-remove') content = this.#removeForm();
    else if (editing === 'phone-add') content = this.#phoneAddForm(user);
    else if (editing?.startsWith('phone-remove:')) content = this.#phoneRemoveForm(user, editing.slice(13));
    else content = this.#overview(user);
    return this.#page.section('mfa', ui.t('userProfile.start.mfaSection.title'), content);
  }

  #overview(user: User): TemplateResult {
    const { ui } = this.#page;
    const button = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${ui.cls('button', { id })} @click=${onClick}>${label}</button>`;
    return html`<ul class=${ui.cls('profileSectionItemList', { id: 'mfa' })}>
        ${
          user.totpEnabled
            ? html`<li class=${ui.cls('profileSectionItem', { id: 'totp' })}>
                <span>${ui.t('userProfile.start.mfaSection.totp.headerTitle')}</span>
                <span class=${ui.cls('profileSectionButtonGroup', { id: 'totp' })}>
                  ${button('remove', ui.t('userProfile.start.mfaSection.totp.destructiveActionTitle'), () => this.#page.open('totp-remove'))}
                </span>
              </li>`
            : nothing
        }
        ${reservedPhones(user).map((phone) => this.#phoneItem(phone))}
        ${
          user.backupCodeEnabled
            ? html`<li class=${ui.cls('profileSectionItem', { id: 'backupCodes' })}>
                <span>${ui.t('userProfile.start.mfaSection.backupCodes.headerTitle')}</span>
                <span class=${ui.cls('profileSectionButtonGroup', { id: 'backupCodes' })}>
                  ${button('regenerate', ui.t('userProfile.start.mfaSection.backupCodes.actionLabel__regenerate'), this.#regenerate)}
                </span>
              </li>`
            : nothing
        }
      </ul>
      ${user.totpEnabled ? nothing : this.#page.primaryButton('mfa', ui.t('userProfile.start.mfaSection.primaryButton'), this.#start)}
      ${this.#phonesEnabled(user) ? this.#page.primaryButton('phoneCode', ui.t('userProfile.mfaPhoneCodePage.title'), () => this.#page.open('phone-add')) : nothing}
      ${this.#page.editing ? nothing : formAlert(ui, this.#page.status.formError)}`;
  }

  // ---- SMS codes --------------------------------------------------------------------------------------

  #phonesEnabled(user: User): boolean {
    const phone = this.#page.ui.profileLatch.environment.userSettings.attributes.phone_number;
    return phone?.enabled === true || user.phoneNumbers.length > 0;
  }

  #phoneItem(phone: PhoneNumber): TemplateResult {
    const { ui } = this.#page;
    const button = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${ui.cls('button', { id })} @click=${onClick}>${label}</button>`;
    return html`<li class=${ui.cls('profileSectionItem', { id: 'phoneCode' })}>
      <span>${ui.t('userProfile.start.mfaSection.phoneCode.headerTitle')}</span>
      <!-- An E.164 number reads left to right on a right-to-left page too. -->
      <span dir="ltr">${phone.phoneNumber}</span>
      ${phone.defaultSecondFactor ? html`<span class=${ui.cls('badge', { id: 'default' })}>${ui.t('badge__default')}</span>` : nothing}
      <span class=${ui.cls('profileSectionButtonGroup', { id: 'phoneCode' })}>
        ${phone.defaultSecondFactor ? nothing : button('setDefault', ui.t('userProfile.start.mfaSection.phoneCode.actionLabel__setDefault'), () => void this.#makeDefault(phone))}
        ${button('remove', ui.t('userProfile.start.mfaSection.phoneCode.destructiveActionLabel'), () => this.#page.open(`phone-remove:${phone.id}`))}
      </span>
    </li>`;
  }

  /** The user's verified numbers not yet used for codes, one button each; none: a way to go and add one. */
  #phoneAddForm(user: User): TemplateResult {
    const { ui } = this.#page;
    const available = user.phoneNumbers.filter(
      (phone) => phone.verification?.status === 'verified' && !phone.reservedForSecondFactor,
    );
    return html`<div class=${ui.cls('form', { id: 'phoneCode' })} role="group" aria-labelledby=${`${ui.scopeClass}-phone-code-title`}>
      <h3 class=${ui.cls('formHeaderTitle')} id=${`${ui.scopeClass}-phone-code-title`}>${ui.t('userProfile.mfaPhoneCodePage.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>
        ${ui.t(available.length ? 'userProfile.mfaPhoneCodePage.subtitle__availablePhoneNumbers' : 'userProfile.mfaPhoneCodePage.subtitle__unavailablePhoneNumbers')}
      </p>
      ${formAlert(ui, this.#page.status.formError)}
      <ul class=${ui.cls('profileSectionItemList', { id: 'phoneCodeChoices' })}>
        ${available.map(
          (phone) => html`<li class=${ui.cls('profileSectionItem', { id: 'phoneCodeChoice' })}>
            <button type="button" class=${ui.cls('button', { id: 'phoneCodeChoice' })} dir="ltr" @click=${() => void this.#reserve(phone)}>
              ${phone.phoneNumber}
            </button>
          </li>`,
        )}
      </ul>
      <div class=${ui.cls('profileSectionButtonGroup', { id: 'form' })}>
        ${
          available.length
            ? nothing
            : html`<button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonPrimary', { id: 'addPhoneNumber' })}`} @click=${() => ui.openAccountPage()}>
                ${ui.t('userProfile.mfaPhoneCodePage.primaryButton__addPhoneNumber')}
              </button>`
        }
        <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonReset', { id: 'phoneCode' })}`} @click=${() => this.#page.close('.cl-profileSectionPrimaryButton__phoneCode')}>
          ${ui.t('userProfile.formButtonReset')}
        </button>
      </div>
    </div>`;
  }

  #phoneRemoveForm(user: User, id: string): TemplateResult {
    const { ui, status } = this.#page;
    const phone = user.phoneNumbers.find((p) => p.id === id);
    return html`<form class=${ui.cls('form', { id: 'phoneCodeRemove' })} novalidate @submit=${(event: SubmitEvent) => void this.#unreserve(event, phone)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.mfaPhoneCodePage.removeResource.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.mfaPhoneCodePage.removeResource.messageLine1', { identifier: phone?.phoneNumber ?? '' })}</p>
      ${formAlert(ui, status.formError)}
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__remove'), () => this.#page.close(FOCUS_SECTION))}
    </form>`;
  }

  #reserve = async (phone: PhoneNumber) => {
    const ok = await this.#page.save(async () => {
      const reserved = await phone.setReservedForSecondFactor({ reserved: true });
      if (reserved.backupCodes?.length) this.#codes = reserved.backupCodes;
    });
    if (ok) this.#page.close(this.#codes ? '.cl-formButtonPrimary__backupCodesDone' : FOCUS_SECTION);
  };

  #makeDefault = async (phone: PhoneNumber) => {
    const ok = await this.#page.save(async () => {
      await phone.makeDefaultSecondFactor();
    });
    if (ok) this.#page.close(FOCUS_SECTION);
  };

  #unreserve = async (event: SubmitEvent, phone: PhoneNumber | undefined) => {
    event.preventDefault();
    const ok = await this.#page.save(async () => {
      await phone?.setReservedForSecondFactor({ reserved: false });
    });
    if (ok) this.#page.close(FOCUS_SECTION);
  };

  #setup(pending: { secret: string; uri: string }): TemplateResult {
    const { ui, status } = this.#page;
    const qr = this.#qr;
    return html`<form class=${ui.cls('form', { id: 'totp' })} novalidate @submit=${this.#verify}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.mfaTOTPPage.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.mfaTOTPPage.authenticatorApp.infoText__ableToScan')}</p>
      <div class=${ui.cls('qrCodeRow')}>
        ${
          qr
            ? html`<div class=${ui.cls('qrCodeContainer')} role="img" aria-label=${ui.t('userProfile.mfaTOTPPage.authenticatorApp.qrCodeLabel')}>
                ${svg`<svg viewBox=${`-2 -2 ${qr.size + 4} ${qr.size + 4}`} width="180" height="180" aria-hidden="true" shape-rendering="crispEdges"><rect x="-2" y="-2" width=${qr.size + 4} height=${qr.size + 4} fill="#fff"/><path fill="#000" d=${qrPath(qr)}/></svg>`}
              </div>`
            : nothing
        }
      </div>
      <p class=${ui.cls('formFieldHintText', { id: 'totpSecret' })}>${ui.t('userProfile.mfaTOTPPage.authenticatorApp.inputLabel__unableToScan1')}</p>
      <p><code class=${ui.cls('formFieldInput', { id: 'totpSecret' })} dir="ltr">${groupSecret(pending.secret)}</code></p>
      ${formAlert(ui, status.formError)}
      ${codeField(ui, {
        label: ui.t('userProfile.mfaTOTPPage.verifyTitle'),
        hint: ui.t('userProfile.mfaTOTPPage.verifySubtitle'),
        value: this.#code,
        error: status.error('code'),
        onInput: (code) => {
          this.#code = code;
        },
        onComplete: () => void this.#verify(),
      })}
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__verify'), this.#cancel)}
    </form>`;
  }

  #removeForm(): TemplateResult {
    const { ui, status } = this.#page;
    return html`<form class=${ui.cls('form', { id: 'totpRemove' })} novalidate @submit=${this.#remove}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t('userProfile.mfaTOTPPage.removeResource.title')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.mfaTOTPPage.removeResource.messageLine1')}</p>
      ${formAlert(ui, status.formError)}
      ${this.#page.formButtons(ui.t('userProfile.formButtonPrimary__remove'), () => this.#page.close(FOCUS_SECTION))}
    </form>`;
  }

  #backupCodes(codes: string[]): TemplateResult {
    const { ui } = this.#page;
    const action = (id: string, label: string, onClick: () => void) =>
      html`<button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonReset', { id })}`} @click=${onClick}>${label}</button>`;
    return html`<div class=${ui.cls('form', { id: 'backupCodes' })} role="group" aria-labelledby=${`${ui.scopeClass}-backup-title`}>
      <h3 class=${ui.cls('formHeaderTitle')} id=${`${ui.scopeClass}-backup-title`}>${ui.t('userProfile.backupCodePage.title__codelist')}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t('userProfile.backupCodePage.subtitle__codelist')}</p>
      <ul class=${ui.cls('profileSectionItemList', { id: 'backupCodes' })} dir="ltr">
        ${codes.map((code) => html`<li class=${ui.cls('profileSectionItem', { id: 'backupCode' })}><code>${code}</code></li>`)}
      </ul>
      <div class=${ui.cls('profileSectionButtonGroup', { id: 'backupCodes' })}>
        ${action('copy', ui.t('userProfile.backupCodePage.actionLabel__copy'), () => void navigator.clipboard?.writeText(codes.join('\n')))}
        ${action('download', ui.t('userProfile.backupCodePage.actionLabel__download'), () => this.#download(codes))}
        <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonPrimary', { id: 'backupCodesDone' })}`} @click=${this.#done}>
          ${ui.t('userProfile.backupCodePage.actionLabel__done')}
        </button>
      </div>
    </div>`;
  }

  // ---- actions ----------------------------------------------------------------------------------------

  #start = async () => {
    this.#page.close();
    const ok = await this.#page.save(async () => {
      const totp = await this.#page.user.createTOTP();
      if (!totp.secret || !totp.uri) throw new Error('The server sent no secret.');
      this.#pending = { secret: totp.secret, uri: totp.uri };
      this.#code = '';
      // The QR library is its own chunk, fetched only by someone setting up an app.
      const { generate } = await import('lean-qr/nano');
      this.#qr = generate(totp.uri);
    });
    if (ok) this.#page.open('totp');
  };

  #verify = async (event?: SubmitEvent) => {
    event?.preventDefault();
    const { ui, status } = this.#page;
    if (this.#code.length < CODE_LENGTH) {
      return status.reject({ code: () => ui.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }) });
    }
    const ok = await this.#page.save(async () => {
      const totp = await this.#page.user.verifyTOTP({ code: this.#code });
      if (totp.backupCodes?.length) this.#codes = totp.backupCodes;
    });
    if (!ok) return;
    this.#pending = null;
    this.#qr = null;
    this.#page.close(this.#codes ? '.cl-formButtonPrimary__backupCodesDone' : FOCUS_SECTION);
  };

  #cancel = () => {
    this.#pending = null;
    this.#qr = null;
    this.#page.close(FOCUS_SECTION);
  };

  #remove = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await this.#page.save(async () => {
      await this.#page.user.disableTOTP();
    });
    if (ok) this.#page.close(FOCUS_SECTION);
  };

  #regenerate = async () => {
    this.#page.close();
    const ok = await this.#page.save(async () => {
      this.#codes = (await this.#page.user.createBackupCode()).codes;
    });
    if (ok) this.#page.close('.cl-formButtonPrimary__backupCodesDone');
  };

  #done = () => {
    this.#codes = null;
    this.#page.close(FOCUS_SECTION);
  };

  #download(codes: string[]): void {
    const { ui } = this.#page;
    const name = ui.profileLatch.environment.displayConfig.applicationName || 'account';
    const url = URL.createObjectURL(new Blob([`${codes.join('\n')}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}-backup-codes.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The user's numbers that receive second-factor codes, the default first. */
function reservedPhones(user: User): PhoneNumber[] {
  const reserved = user.phoneNumbers.filter((phone) => phone.reservedForSecondFactor);
  return reserved.sort((a, b) => Number(b.defaultSecondFactor === true) - Number(a.defaultSecondFactor === true));
}

/** One path of unit squares for the dark modules: a single node however big the code. */
function qrPath(qr: Bitmap): string {
  let d = '';
  for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return d;
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
