import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

/** Usernames and phone numbers on, so every section of the Account page shows. */
function fullEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.username = { ...attributes.username, enabled: true };
  attributes.phone_number = { ...attributes.phone_number, enabled: true };
  return environment;
}

async function mountProfile(users: MemoryUserSeed[] = [ALICE]) {
  const ctx = await loadedLatch({ users, clientState: 'signed-in', environment: fullEnvironment() });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSection__emailAddresses'), 'account page');
  return { ...ctx, el };
}

const button = (el: HTMLElement, selector: string) => {
  const found = el.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** Whether the input named `name` has focus (false while it is not drawn yet). */
const focused = (el: HTMLElement, name: string) =>
  document.activeElement !== null && el.querySelector(`input[name="${name}"]`) === document.activeElement;

async function type(text: string) {
  await sendKeys({ type: text });
}

describe('<latch-user-profile> Account page', function () {
  // The first test loads the page chunks and runs axe: generous on a loaded machine.
  this.timeout(30_000);
  it('shows the navbar and every section, accessibly', async () => {
    const { el } = await mountProfile();
    expect(el.querySelector('.cl-navbarButton__account')?.getAttribute('aria-current')).to.equal('page');
    for (const id of ['profile', 'username', 'emailAddresses', 'phoneNumbers']) {
      expect(el.querySelector(`.cl-profileSection__${id}`), id).to.exist;
    }
    expect(el.querySelector('.cl-profileSection__emailAddresses')!.textContent).to.contain('alice@example.com');
    expect(el.querySelector('.cl-badge__primary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('edits the name with the keyboard; a refused save keeps what was typed and shows the error at its field', async () => {
    const { el, api, latch } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__profile').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, 'firstName'), 'first name focused');
    await expect(el).to.be.accessible();
    input(el, 'firstName').select();
    await type('<img src=x onerror=alert(1)>');
    api.failNext(
      'updateMe',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'form_param_format_invalid', message: 'is invalid', meta: { paramName: 'last_name' } }],
      }),
    );
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__lastName'), 'error under last name');
    expect(input(el, 'firstName').value).to.equal('<img src=x onerror=alert(1)>');
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('form'), 'form closed');
    expect(latch.user?.firstName).to.equal('<img src=x onerror=alert(1)>');
    expect(el.querySelector('img[src="x"]')).to.not.exist;
    expect(el.querySelector('.cl-profileSection__profile')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(document.activeElement).to.equal(button(el, '.cl-profileSectionPrimaryButton__profile'));
  });

  it('uploads a photo, refuses a non-image before any upload, and removes the photo', async () => {
    const { el, api, latch } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__profile').click();
    await until(() => el.querySelector('input[type="file"]'), 'file input');
    const choose = async (file: File) => {
      const fileInput = el.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      fileInput.files = transfer.files;
      fileInput.dispatchEvent(new Event('change'));
    };
    await choose(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    await until(() => el.querySelector('.cl-formFieldErrorText__file'), 'file error');
    expect(api.calls.some((c) => c.method === 'setProfileImage')).to.equal(false);
    await choose(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' }));
    await until(() => latch.user?.hasImage, 'image uploaded');
    await until(() => el.querySelector('.cl-avatarImageActionsRemove'), 'remove button');
    await expect(el).to.be.accessible();
    button(el, '.cl-avatarImageActionsRemove').click();
    await until(() => latch.user?.hasImage === false, 'image removed');
  });

  it('refuses a photo over 2 MB before any upload, at the photo field, and keeps the typed name', async () => {
    const { el, api, latch } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__profile').click();
    await until(() => focused(el, 'firstName'), 'first name focused');
    input(el, 'firstName').select();
    await type('Alicia');
    const bytes = new Uint8Array(2 * 1024 * 1024 + 1);
    bytes.set([0x89, 0x50, 0x4e, 0x47]);
    const fileInput = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'big.png', { type: 'image/png' }));
    fileInput.files = transfer.files;
    fileInput.dispatchEvent(new Event('change'));
    await until(() => el.querySelector('.cl-formFieldErrorText__file'), 'size error');
    expect(el.querySelector('.cl-formFieldErrorText__file')!.textContent).to.contain('2 MB');
    expect(api.calls.some((c) => c.method === 'setProfileImage')).to.equal(false);
    expect(latch.user?.hasImage).to.equal(false);
    expect(input(el, 'firstName').value).to.equal('Alicia');
    await expect(el).to.be.accessible();
  });

  it('sets a username; a taken one shows the error at the field', async () => {
    const { el, latch } = await mountProfile([ALICE, { emailAddress: 'bob@example.com', username: 'bobby' }]);
    button(el, '.cl-profileSectionPrimaryButton__username').click();
    await until(() => focused(el, 'username'), 'username focused');
    await expect(el).to.be.accessible();
    await type('bobby');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__username'), 'taken');
    expect(input(el, 'username').value).to.equal('bobby');
    await expect(el).to.be.accessible();
    input(el, 'username').select();
    await type('alice_l');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.user?.username === 'alice_l', 'username saved');
  });

  it('adds an email, verifies it by code, makes it primary and removes the old one after confirming', async () => {
    const { el, latch } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__emailAddresses').click();
    await until(() => focused(el, 'emailAddress'), 'email focused');
    await type('alice.new@example.com');
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, 'code'), 'code focused');
    await expect(el).to.be.accessible();
    await type('000000');
    await until(() => el.querySelector('.cl-formFieldErrorText__code'), 'wrong code');
    input(el, 'code').select();
    await type('424242');
    await until(() => !el.querySelector('form'), 'verified');
    const section = () => el.querySelector<HTMLElement>('.cl-profileSection__emailAddresses')!;
    expect(section().querySelectorAll('.cl-badge__unverified')).to.have.length(0);
    button(section(), '.cl-button__makePrimary').click();
    await until(() => latch.user?.primaryEmailAddress?.emailAddress === 'alice.new@example.com', 'primary');
    await until(() => section().querySelector('.cl-button__remove'), 'remove for the old one');
    button(section(), '.cl-button__remove').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-form__remove'), 'confirm');
    expect(el.querySelector('.cl-form__remove')!.textContent).to.contain('alice@example.com');
    await expect(el).to.be.accessible();
    button(el, '.cl-form__remove .cl-formButtonPrimary').click();
    await until(() => latch.user?.emailAddresses.length === 1, 'removed');
    expect(section().textContent).to.not.contain('alice@example.com');
  });

  it('adds a phone number and verifies it by SMS code; a malformed one is refused at the field', async () => {
    const { el, api, latch } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__phoneNumbers').click();
    await until(() => focused(el, 'phoneNumber'), 'phone focused');
    await expect(el).to.be.accessible();
    await type('12');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__phoneNumber'), 'malformed');
    expect(input(el, 'phoneNumber').value).to.equal('12');
    await expect(el).to.be.accessible();
    input(el, 'phoneNumber').select();
    await type('+1 555 555 0100');
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, 'code'), 'code focused');
    expect(api.sentSms.at(-1)?.phoneNumber).to.equal('+15555550100');
    await expect(el).to.be.accessible();
    await type('424242');
    await until(() => latch.user?.phoneNumbers[0]?.verification?.status === 'verified', 'verified');
    await until(() => !el.querySelector('.cl-form__verify'), 'code form closed');
    await expect(el).to.be.accessible();
  });

  it('Cancel closes a form and returns focus to its section button', async () => {
    const { el } = await mountProfile();
    button(el, '.cl-profileSectionPrimaryButton__emailAddresses').click();
    await until(() => focused(el, 'emailAddress'), 'email focused');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.classList.contains('cl-formButtonReset')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('form'), 'closed');
    expect(document.activeElement).to.equal(button(el, '.cl-profileSectionPrimaryButton__emailAddresses'));
  });
});
