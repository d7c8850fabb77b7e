import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { defaultEnvironment, withSocialProviders } from '../../src/api/memory/default-environment.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, until } from './helpers.js';

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
      new LatchApiError({ status: 422, errors: [{ code: 'external_account_exists', message: 'already exists', meta: {} }] }),
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
