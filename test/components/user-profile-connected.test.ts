import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment, withSocialProviders } from '../../src/api/memory/default-environment.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, reverificationDialog, reverificationRequired, until } from './helpers.js';

const SECTION = '.cl-profileSection__connectedAccounts';
const WITH_GITHUB: MemoryUserSeed = {
  ...ALICE,
  externalAccounts: [{ provider: 'oauth_github', emailAddress: 'alice@github.example' }],
};

async function mountProfile(user: MemoryUserSeed = ALICE, providers = ['google', 'github']) {
  const environment = withSocialProviders(defaultEnvironment(), ...providers);
  const ctx = await loadedLatch({ users: [user], clientState: 'signed-in', environment });
  const el = await fixture<LatchUserProfile>(
    html`<latch-user-profile .latch=${ctx.latch} routing="virtual"></latch-user-profile>`,
  );
  await until(() => el.querySelector('.cl-profileSection__emailAddresses'), 'account page');
  return { ...ctx, el };
}

const rows = (el: HTMLElement) => [...el.querySelectorAll(`${SECTION} .cl-profileSectionItem__connectedAccounts`)];

describe('<latch-user-profile> Connected accounts', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lists the connected account with its provider icon and email, accessibly', async () => {
    const { el } = await mountProfile(WITH_GITHUB);
    const [row] = rows(el);
    expect(row?.textContent).to.contain('GitHub');
    expect(row?.textContent).to.contain('alice@github.example');
    expect(row?.querySelector('.cl-providerIcon__github')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is absent when the instance has no provider and nothing is connected', async () => {
    const { el } = await mountProfile(ALICE, []);
    expect(el.querySelector(SECTION)).to.not.exist;
  });

  it('connects with the keyboard: the list offers only providers not connected yet, Esc closes it, a provider goes to its page', async () => {
    const { el, api, latch } = await mountProfile(WITH_GITHUB);
    const open = el.querySelector<HTMLButtonElement>('.cl-profileSectionPrimaryButton__connectedAccounts')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.classList.contains('cl-menuItem'), 'first provider focused');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const items = [...el.querySelectorAll('.cl-menuItem')].map((item) => item.textContent?.trim());
    expect(items).to.deep.equal(['Connect Google']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(
      () => document.activeElement === el.querySelector('.cl-profileSectionPrimaryButton__connectedAccounts'),
      'focus back',
    );
    expect(el.querySelector('.cl-menuList__connectedAccounts')).to.not.exist;

    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.classList.contains('cl-menuItem'), 'list again');
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.startsWith('#/mock-oauth'), 'sent to the provider');
    expect(location.hash).to.contain('strategy=oauth_google');
    const call = api.calls.find((c) => c.method === 'createExternalAccount');
    const params = call?.params[0] as { redirectUrl: string } | undefined;
    expect(params?.redirectUrl).to.match(/^http/);
    await latch.user?.reload();
    expect(latch.user?.externalAccounts.map((account) => account.provider)).to.deep.equal([
      'oauth_github',
      'oauth_google',
    ]);
  });

  it('a refused connection shows the server error in the section', async () => {
    const { el, api } = await mountProfile();
    api.failNext(
      'createExternalAccount',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'external_account_exists', message: 'already exists', meta: {} }],
      }),
    );
    el.querySelector<HTMLButtonElement>('.cl-profileSectionPrimaryButton__connectedAccounts')!.click();
    await until(() => el.querySelector('.cl-menuItem__github'), 'list');
    el.querySelector<HTMLButtonElement>('.cl-menuItem__github')!.click();
    await until(() => el.querySelector(`${SECTION} [role="alert"]`), 'error');
    expect(el.querySelector(`${SECTION} [role="alert"]`)!.textContent).to.contain('already connected');
    expect(location.hash).to.not.contain('mock-oauth');
  });

  it('removes an account after a confirmation; Cancel keeps it and gives focus back', async () => {
    const { el, latch } = await mountProfile(WITH_GITHUB);
    const remove = () => el.querySelector<HTMLButtonElement>(`${SECTION} .cl-button__remove`)!;
    remove().focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector(`${SECTION} form`), 'confirmation');
    expect(el.querySelector(`${SECTION} form`)!.textContent).to.contain('GitHub');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>(`${SECTION} .cl-formButtonReset`)!.click();
    await until(() => document.activeElement === remove(), 'focus back on Remove');
    expect(rows(el)).to.have.length(1);

    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.matches(`${SECTION} button[type="submit"]`), 'submit focused');
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 0, 'removed');
    expect(latch.user?.externalAccounts).to.have.length(0);
  });
});

describe('<latch-user-profile> reverification before removing a connected account', () => {
  const reverify = reverificationRequired;
  const dialog = reverificationDialog;

  async function confirmRemove(el: HTMLElement) {
    el.querySelector<HTMLButtonElement>(`${SECTION} .cl-button__remove`)!.click();
    await until(() => el.querySelector(`${SECTION} form button[type="submit"]`), 'confirmation');
    el.querySelector<HTMLButtonElement>(`${SECTION} form button[type="submit"]`)!.click();
    await until(() => dialog(el)?.open, 'reverification prompt');
  }

  it('asks for the password in a modal card (a wrong one is refused there), then retries the removal once', async () => {
    const { el, api, latch } = await mountProfile(WITH_GITHUB);
    api.failNext('deleteExternalAccount', reverify());
    await confirmRemove(el);
    await until(() => document.activeElement?.matches('dialog input[name="password"]'), 'password focused');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'wrong password' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => dialog(el)?.querySelector('.cl-formFieldErrorText__reverificationPassword, [role="alert"]'),
      'error',
    );
    expect(rows(el)).to.have.length(1);
    const password = dialog(el)!.querySelector<HTMLInputElement>('input[name="password"]')!;
    password.select();
    await sendKeys({ type: ALICE.password });
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 0, 'removed after the retry');
    expect(dialog(el)).to.not.exist;
    expect(api.calls.filter((c) => c.method === 'deleteExternalAccount')).to.have.length(2);
    expect(latch.user?.externalAccounts).to.have.length(0);
  });

  it('verifies with a code by email instead', async () => {
    const { el, api } = await mountProfile(WITH_GITHUB);
    api.failNext('deleteExternalAccount', reverify());
    await confirmRemove(el);
    dialog(el)!.querySelector<HTMLButtonElement>('.cl-formFieldAction__reverification')!.click();
    await until(() => dialog(el)?.querySelector('input[name="code"]'), 'code field');
    expect(api.sentCodes.at(-1)?.emailAddress).to.equal(ALICE.emailAddress);
    dialog(el)!.querySelector<HTMLInputElement>('input[name="code"]')!.focus();
    await sendKeys({ type: '424242' });
    await until(() => rows(el).length === 0, 'removed after the retry');
  });

  it('Esc cancels: nothing is removed and the section says so', async () => {
    const { el, api } = await mountProfile(WITH_GITHUB);
    api.failNext('deleteExternalAccount', reverify());
    await confirmRemove(el);
    await until(() => document.activeElement?.matches('dialog input'), 'focus in the card');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el), 'closed');
    await until(() => el.querySelector(`${SECTION} [role="alert"]`), 'cancelled message');
    expect(el.querySelector(`${SECTION} [role="alert"]`)!.textContent).to.contain('Nothing was changed');
    expect(rows(el)).to.have.length(1);
  });
});
