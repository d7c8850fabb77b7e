import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { MemoryDeviceSeed, MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, input, loadedLatch, reverificationDialog, reverificationRequired, until } from './helpers.js';
import { stubCredentials } from './passkey-support.js';

const PHONE: MemoryDeviceSeed = {
  browser_name: 'Safari',
  browser_version: '17',
  device_type: 'iPhone',
  is_mobile: true,
  ip_address: '198.51.100.7',
  city: 'Paris',
  country: 'FR',
};

/** Passkeys on, so every section of the Security page shows. */
function securityEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.passkey = { ...attributes.passkey, enabled: true };
  return environment;
}

async function mountSecurity(users: MemoryUserSeed[] = [{ ...ALICE, passkeys: ['Work laptop'] }]) {
  const ctx = await loadedLatch({
    users,
    clientState: 'signed-in',
    environment: securityEnvironment(),
    otherDevices: [PHONE],
  });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual" initial-step="security"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-activeDeviceListItem'), 'security page with its devices');
  return { ...ctx, el };
}

const button = (el: HTMLElement, selector: string) => {
  const found = el.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

const focused = (el: HTMLElement, name: string) =>
  document.activeElement !== null && el.querySelector(`input[name="${name}"]`) === document.activeElement;

async function press(el: HTMLElement, selector: string) {
  button(el, selector).focus();
  await sendKeys({ press: 'Enter' });
}

describe('<latch-user-profile> Security page', () => {
  it('shows every section and marks the page in the navbar, accessibly', async function () {
    // The first test downloads the page's chunks and runs axe on a loaded machine.
    this.timeout(30_000);
    const { el } = await mountSecurity();
    expect(el.querySelector('.cl-navbarButton__security')?.getAttribute('aria-current')).to.equal('page');
    for (const id of ['password', 'passkeys', 'mfa', 'activeDevices', 'danger']) {
      expect(el.querySelector(`.cl-profileSection__${id}`), id).to.exist;
    }
    expect(el.querySelector('.cl-profileSection__passkeys')!.textContent).to.contain('Work laptop');
    await expect(el).to.be.accessible();
  });

  it('the navbar switches pages with the keyboard', async () => {
    const { el } = await mountSecurity();
    await press(el, '.cl-navbarButton__account');
    await until(() => el.querySelector('.cl-profileSection__profile'), 'account page');
    await press(el, '.cl-navbarButton__security');
    await until(() => el.querySelector('.cl-profileSection__password'), 'security page again');
  });

  it('changes the password with the keyboard: mismatch and a wrong current password keep what was typed', async () => {
    const { el, api, latch } = await mountSecurity();
    await press(el, '.cl-profileSectionPrimaryButton__password');
    await until(() => focused(el, 'currentPassword'), 'current password focused');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'wrong-password' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'new-secret-words' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'new-secret-wordz' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__confirmPassword'), 'mismatch under confirm');
    input(el, 'confirmPassword').select();
    await sendKeys({ type: 'new-secret-words' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__currentPassword'), 'error under current password');
    expect(input(el, 'newPassword').value).to.equal('new-secret-words');
    input(el, 'currentPassword').select();
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('form'), 'form closed');
    expect(api.calls.filter((c) => c.method === 'changePassword').at(-1)?.params[0]).to.deep.equal({
      currentPassword: ALICE.password,
      newPassword: 'new-secret-words',
      signOutOfOtherSessions: true,
    });
    expect(latch.user?.passwordEnabled).to.equal(true);
    expect(document.activeElement).to.equal(button(el, '.cl-profileSectionPrimaryButton__password'));
  });

  it('sets a first password with the keyboard for an account without one: no current password asked', async () => {
    const { el, api, latch } = await mountSecurity([{ ...ALICE, password: undefined }]);
    expect(latch.user?.passwordEnabled).to.equal(false);
    expect(el.querySelector('.cl-profileSection__password .cl-profileSectionItem__password')).to.not.exist;
    await press(el, '.cl-profileSectionPrimaryButton__password');
    await until(() => focused(el, 'newPassword'), 'new password focused');
    expect(el.querySelector('input[name="currentPassword"]')).to.not.exist;
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'first-secret-words' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__confirmPassword'), 'mismatch under confirm');
    expect(input(el, 'newPassword').value).to.equal('first-secret-words');
    input(el, 'confirmPassword').focus();
    await sendKeys({ type: 'first-secret-words' });
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('form'), 'form closed');
    expect(api.calls.filter((c) => c.method === 'changePassword').at(-1)?.params[0]).to.deep.equal({
      newPassword: 'first-secret-words',
      signOutOfOtherSessions: true,
    });
    expect(latch.user?.passwordEnabled).to.equal(true);
    expect(el.querySelector('.cl-profileSectionItem__password')).to.exist;
    expect(document.activeElement).to.equal(button(el, '.cl-profileSectionPrimaryButton__password'));
  });

  it('sets up an authenticator app: QR code and secret, a code, then backup codes shown once', async () => {
    const { el, latch } = await mountSecurity();
    await press(el, '.cl-profileSectionPrimaryButton__mfa');
    await until(() => focused(el, 'code'), 'code field focused');
    expect(el.querySelector('.cl-qrCodeContainer svg path')).to.exist;
    expect(el.querySelector('.cl-formFieldInput__totpSecret')!.textContent).to.match(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    await expect(el).to.be.accessible();
    await sendKeys({ type: '000000' });
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'wrong code at the field');
    input(el, 'code').select();
    await sendKeys({ type: '424242' });
    await until(() => el.querySelectorAll('.cl-profileSectionItem__backupCode').length === 10, 'ten backup codes');
    expect(latch.user?.totpEnabled).to.equal(true);
    await until(
      () => document.activeElement === el.querySelector('.cl-formButtonPrimary__backupCodesDone'),
      'focus on done',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('.cl-profileSectionItem__backupCode'), 'codes gone');
    expect(el.querySelector('.cl-profileSectionItem__totp')).to.exist;
    await press(el, '.cl-profileSectionItem__totp .cl-button__remove');
    await until(() => el.querySelector('.cl-form__totpRemove'), 'remove confirmation');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.totpEnabled === false, 'app removed');
  });

  it('regenerates backup codes', async () => {
    const { el } = await mountSecurity([{ ...ALICE, secondFactors: { totp: true, backupCodes: ['aaaa-bbbb'] } }]);
    await press(el, '.cl-profileSectionItem__backupCodes .cl-button__regenerate');
    await until(() => el.querySelectorAll('.cl-profileSectionItem__backupCode').length === 10, 'new codes');
    expect(el.textContent).not.to.contain('aaaa-bbbb');
    await expect(el).to.be.accessible();
  });

  it('a Security action clicked while the device list is still loading goes through', async () => {
    const ctx = await loadedLatch({
      users: [{ ...ALICE, secondFactors: { totp: true, backupCodes: ['aaaa-bbbb'] } }],
      clientState: 'signed-in',
      environment: securityEnvironment(),
      otherDevices: [PHONE],
    });
    // The device list answers only when released: the page is on screen, the list still loading.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const listSessions = ctx.api.getActiveSessions.bind(ctx.api);
    ctx.api.getActiveSessions = async () => {
      await held;
      return listSessions();
    };
    const el = await fixture<LatchUserProfile>(
      html`<latch-user-profile .latch=${ctx.latch} routing="virtual" initial-step="security"></latch-user-profile>`,
    );
    await until(() => el.querySelector('.cl-profileSectionItem__backupCodes .cl-button__regenerate'), 'the page');
    expect(el.querySelector('.cl-activeDeviceListItem')).to.not.exist;
    await press(el, '.cl-profileSectionItem__backupCodes .cl-button__regenerate');
    await until(() => el.querySelectorAll('.cl-profileSectionItem__backupCode').length === 10, 'new codes');
    release();
    await until(() => el.querySelectorAll('.cl-activeDeviceListItem').length === 2, 'the devices');
  });

  it('lists this device and another, and signs the other out', async () => {
    const { el } = await mountSecurity();
    const items = () => [...el.querySelectorAll('.cl-activeDeviceListItem')];
    expect(items()).to.have.length(2);
    expect(items()[0]!.querySelector('.cl-badge__thisDevice')).to.exist;
    expect(items()[0]!.querySelector('.cl-button__signOutDevice')).to.not.exist;
    expect(items()[1]!.textContent).to.contain('iPhone').and.to.contain('Safari 17').and.to.contain('198.51.100.7');
    // The short date of en-US ("Jan 5, 2026"), which the page's date modifiers give: not the bare ISO day.
    expect(items()[1]!.textContent).to.match(/Last active [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await expect(el).to.be.accessible();
    await press(el, '.cl-activeDeviceListItem .cl-button__signOutDevice');
    await until(() => items().length === 1, 'one device left');
    await expect(el).to.be.accessible();
  });

  it('renames and removes a passkey after confirming', async () => {
    const { el, latch } = await mountSecurity();
    await press(el, '.cl-profileSection__passkeys .cl-button__rename');
    await until(() => focused(el, 'passkeyName'), 'name field focused');
    await expect(el).to.be.accessible();
    input(el, 'passkeyName').select();
    await sendKeys({ type: 'Phone <b>key</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.passkeys[0]?.name === 'Phone <b>key</b>', 'renamed');
    expect(el.querySelector('.cl-profileSection__passkeys b')).to.not.exist;
    // The rename form closes on the next render: wait for the row's buttons to be back.
    await until(() => el.querySelector('.cl-profileSection__passkeys .cl-button__remove'), 'row buttons back');
    await press(el, '.cl-profileSection__passkeys .cl-button__remove');
    await until(() => el.querySelector('.cl-form__passkeyRemove'), 'remove confirmation');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.passkeys.length === 0, 'removed');
  });

  it('adds a passkey for this device with the keyboard; a cancelled ceremony says so and adds nothing', async () => {
    const { el, latch } = await mountSecurity([ALICE]);
    const refused = stubCredentials({ error: 'NotAllowedError' });
    try {
      await press(el, '.cl-profileSectionPrimaryButton__passkeys');
      await until(() => el.querySelector('[role="alert"]'), 'cancelled, said');
      expect(latch.user?.passkeys.filter((p) => p.verification?.status === 'verified')).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      refused.restore();
    }
    const accepted = stubCredentials({ credentialId: 'cred-alice-laptop' });
    try {
      await press(el, '.cl-profileSectionPrimaryButton__passkeys');
      await until(() => latch.user?.passkeys.some((p) => p.verification?.status === 'verified'), 'added');
      expect(accepted.calls.map((call) => call.kind)).to.deep.equal(['create']);
      await until(() => el.querySelector('.cl-profileSection__passkeys li'), 'listed');
      expect(el.querySelector('[role="alert"]')).to.not.exist;
      await expect(el).to.be.accessible();
    } finally {
      accepted.restore();
    }
  });

  it('deletes the account only after the confirmation phrase is typed', async () => {
    const { el, latch } = await mountSecurity();
    await press(el, '.cl-profileSectionPrimaryButton__danger');
    await until(() => focused(el, 'deleteConfirmation'), 'confirmation focused');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'delete' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__deleteConfirmation'), 'phrase mismatch');
    expect(latch.user).to.not.equal(null);
    input(el, 'deleteConfirmation').select();
    await sendKeys({ type: 'Delete account' });
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user === null, 'signed out, account gone');
  });
});

describe('<latch-user-profile> Security page behind reverification', () => {
  const reverify = reverificationRequired;
  const dialog = reverificationDialog;

  /** Opens the password form and submits a complete change with the keyboard. */
  async function submitPasswordChange(el: HTMLElement) {
    await press(el, '.cl-profileSectionPrimaryButton__password');
    await until(() => focused(el, 'currentPassword'), 'current password focused');
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'new-secret-words' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'new-secret-words' });
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.open, 'reverification prompt');
  }

  it('a password change asks to verify again, then goes through once verified', async () => {
    const { el, api } = await mountSecurity();
    api.failNext('changePassword', reverify());
    await submitPasswordChange(el);
    await until(() => document.activeElement?.matches('dialog input[name="password"]'), 'password focused');
    await expect(el).to.be.accessible();
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('.cl-form__password'), 'saved after the retry');
    expect(dialog(el)).to.not.exist;
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(2);
  });

  it('Esc cancels the prompt: nothing changed, the form keeps what was typed and says so', async () => {
    const { el, api } = await mountSecurity();
    api.failNext('changePassword', reverify());
    await submitPasswordChange(el);
    await until(() => document.activeElement?.matches('dialog input'), 'focus in the card');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el), 'closed');
    await until(() => el.querySelector('.cl-form__password [role="alert"]'), 'cancelled message in the form');
    expect(el.querySelector('.cl-form__password [role="alert"]')!.textContent).to.contain('Nothing was changed');
    expect(input(el, 'currentPassword').value).to.equal(ALICE.password);
    expect(input(el, 'newPassword').value).to.equal('new-secret-words');
    expect(input(el, 'confirmPassword').value).to.equal('new-secret-words');
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('setting up an authenticator app verifies the session first (a code by email), then shows the QR code', async () => {
    const { el, api } = await mountSecurity();
    api.failNext('createTotp', reverify());
    await press(el, '.cl-profileSectionPrimaryButton__mfa');
    await until(() => dialog(el)?.open, 'reverification prompt');
    dialog(el)!.querySelector<HTMLButtonElement>('.cl-formFieldAction__reverification')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.querySelector('input[name="code"]'), 'code field');
    await until(() => document.activeElement?.matches('dialog input[name="code"]'), 'code focused');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '424242' });
    await until(() => el.querySelector('.cl-qrCodeContainer'), 'QR code after the retry');
    expect(dialog(el)).to.not.exist;
  });

  // ---- with a second factor: the server asks for `multi_factor`, the password is followed by a second step ----

  const BACKUP_CODE = 'abcd-efgh-jk';
  const withTwoStep = () => mountSecurity([{ ...ALICE, secondFactors: { totp: true, backupCodes: [BACKUP_CODE] } }]);
  const multiFactor = () =>
    new LatchApiError({
      status: 403,
      errors: [
        {
          code: 'session_reverification_required',
          message: 'verify again',
          meta: { sessionVerification: { level: 'multi_factor', after_minutes: 10 } },
        },
      ],
    });
  const focusedInDialog = (el: HTMLElement, selector: string) =>
    document.activeElement === dialog(el)?.querySelector(selector);

  /** A refused password change, then the password in the prompt: the second step has the focus. */
  async function passFirstFactor(el: HTMLElement) {
    await submitPasswordChange(el);
    await until(() => focusedInDialog(el, 'input[name="password"]'), 'prompt asks for the password');
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });
    await until(() => focusedInDialog(el, 'input[name="code"]'), 'second step focused');
  }

  it('multi_factor: the authenticator code after the password, then the change is retried', async () => {
    const { el, api } = await withTwoStep();
    api.failNext('changePassword', multiFactor());
    await passFirstFactor(el);
    expect(dialog(el)!.querySelector('.cl-headerSubtitle')!.textContent).to.contain('authenticator app');
    await expect(el).to.be.accessible();
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(1);
    await sendKeys({ type: '424242' });
    await until(() => !el.querySelector('.cl-form__password'), 'saved after the retry');
    expect(dialog(el)).to.not.exist;
    expect(api.calls.find((c) => c.method === 'startSessionVerification')?.params[1]).to.deep.equal({
      level: 'multi_factor',
    });
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(2);
  });

  it('"use a backup code" switches the step; a wrong code is refused at the field, the right one finishes', async () => {
    const { el, api } = await withTwoStep();
    api.failNext('changePassword', multiFactor());
    await passFirstFactor(el);
    dialog(el)!.querySelector<HTMLButtonElement>('.cl-formFieldAction__reverification')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedInDialog(el, 'input[name="code"]:not([inputmode])'), 'backup code field focused');
    expect(dialog(el)!.querySelector('.cl-headerSubtitle')!.textContent).to.contain('backup codes');
    await sendKeys({ type: '<b>nope</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.querySelector('[id$="-error"]'), 'error at the field');
    expect(input(dialog(el)!, 'code').value).to.equal('<b>nope</b>');
    expect(dialog(el)!.querySelector('b')).to.not.exist;
    await expect(el).to.be.accessible();
    input(dialog(el)!, 'code').select();
    await sendKeys({ type: BACKUP_CODE });
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('.cl-form__password'), 'saved after the retry');
    const attempts = api.calls.filter((c) => c.method === 'attemptSessionVerificationSecondFactor');
    expect(attempts.map((c) => (c.params[1] as { strategy: string }).strategy)).to.deep.equal([
      'backup_code',
      'backup_code',
    ]);
  });

  it('Esc on the second step cancels: nothing changed, the form keeps what was typed', async () => {
    const { el, api } = await withTwoStep();
    api.failNext('changePassword', multiFactor());
    await passFirstFactor(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el), 'closed');
    await until(() => el.querySelector('.cl-form__password [role="alert"]'), 'cancelled message in the form');
    expect(input(el, 'newPassword').value).to.equal('new-secret-words');
    expect(api.calls.filter((c) => c.method === 'changePassword')).to.have.length(1);
  });
});
