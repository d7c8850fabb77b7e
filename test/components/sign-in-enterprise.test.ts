import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const JANE = { emailAddress: 'jane@acme.test', firstName: 'Jane', lastName: 'Doe' };
const ACME = { enterpriseSso: { name: 'Acme SSO', domains: ['acme.test'] } };

describe('<latch-sign-in> enterprise SSO (memory adapter)', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('an enterprise address, typed and submitted by keyboard, goes to the identity provider', async () => {
    const { latch, api } = await loadedLatch({ users: [ALICE, JANE], ...ACME });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('input[name="identifier"]'), 'the start step');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLInputElement>('input[name="identifier"]')!.focus();
    await sendKeys({ type: 'Jane@Acme.test' });
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.startsWith('#/mock-oauth'), 'sent to the identity provider');
    expect(location.hash).to.contain('strategy=enterprise_sso');

    const signIn = latch.client!.signIn;
    expect(signIn.supportedFirstFactors?.map((f) => f.strategy)).to.deep.equal(['enterprise_sso']);
    expect(signIn.firstFactorVerification?.strategy).to.equal('saml');
    const prepare = api.calls.find((c) => c.method === 'prepareSignInFirstFactor');
    const params = prepare?.params[1] as { strategy: string; redirectUrl: string };
    expect(params.strategy).to.equal('enterprise_sso');
    expect(new URL(params.redirectUrl).hash).to.equal('#/sso-callback');
  });

  it('back from the identity provider: signed in, with the enterprise account on the user', async () => {
    const { latch, api, navigations } = await loadedLatch({ users: [ALICE, JANE], ...ACME });
    await latch.client!.signIn.authenticateWithRedirect({
      strategy: 'enterprise_sso',
      identifier: JANE.emailAddress,
      redirectUrl: '#/sso-callback',
      redirectUrlComplete: '/done',
    });
    api.returnFromProvider({ emailAddress: JANE.emailAddress });
    history.replaceState(null, '', '#/sso-callback');
    await fixture(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => latch.user?.firstName === 'Jane', 'signed in');
    await until(() => navigations.length > 0, 'navigated after sign-in');
    const [account] = latch.user!.enterpriseAccounts;
    expect(account?.emailAddress).to.equal(JANE.emailAddress);
    expect(account?.active).to.equal(true);
    expect(account?.enterpriseConnection?.name).to.equal('Acme SSO');
    expect(latch.user!.externalAccounts).to.deep.equal([]);
  });

  it('an identity of another domain fails; a password for an enterprise address is refused', async () => {
    const { latch, api } = await loadedLatch({ users: [ALICE, JANE], ...ACME });
    await latch.client!.signIn.authenticateWithRedirect({
      strategy: 'enterprise_sso',
      identifier: JANE.emailAddress,
      redirectUrl: '#/sso-callback',
      redirectUrlComplete: '/done',
    });
    api.returnFromProvider({ emailAddress: ALICE.emailAddress });
    // Another arrival than the previous test's (the card handles each arriving URL once).
    history.replaceState(null, '', '#/sso-callback?refused');
    const el = await fixture(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('.cl-alert'), 'the error');
    expect(el.querySelector('.cl-alertText')?.textContent).to.match(/did not confirm/);
    expect(latch.user).to.equal(null);
    await expect(el).to.be.accessible();

    const refused = await latch
      .client!.signIn.create({ identifier: JANE.emailAddress, password: 'anything' })
      .catch((error: unknown) => error);
    expect((refused as { errors?: Array<{ code: string }> }).errors?.[0]?.code).to.equal('strategy_for_user_invalid');
  });
});
