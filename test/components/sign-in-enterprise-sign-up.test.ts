import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const NIA = { emailAddress: 'nia@acme.test', firstName: 'Nia', lastName: 'Okafor' };
const ACME = { enterpriseSso: { name: 'Acme SSO', domains: ['acme.test'] } };

describe('<latch-sign-in> enterprise SSO for a new account (memory adapter)', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('by keyboard: an unknown address of the domain goes to the identity provider and comes back signed up', async () => {
    const { latch, api, navigations } = await loadedLatch({ users: [ALICE], ...ACME });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => el.querySelector('input[name="identifier"]'), 'the start step');
    el.querySelector<HTMLInputElement>('input[name="identifier"]')!.focus();
    await sendKeys({ type: NIA.emailAddress });
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.startsWith('#/mock-oauth'), 'sent to the identity provider');

    // The identity provider vouches for an identity no user has: the card transfers it to a sign-up.
    api.returnFromProvider(NIA);
    history.replaceState(null, '', '#/sso-callback?new-account');
    const back = await fixture<LatchSignIn>(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => latch.user, 'signed up', 5000);
    expect([latch.user!.firstName, latch.user!.lastName]).to.deep.equal(['Nia', 'Okafor']);
    expect(latch.user!.primaryEmailAddress?.emailAddress).to.equal(NIA.emailAddress);
    expect(latch.user!.enterpriseAccounts.map((a) => a.enterpriseConnection?.name)).to.deep.equal(['Acme SSO']);
    expect(latch.user!.passwordEnabled).to.equal(false);
    expect(api.calls.some((c) => c.method === 'createSignUp')).to.equal(true);
    await until(() => navigations.length > 0, 'navigated after sign-up');
    await expect(back).to.be.accessible();
  });

  it('an instance that also needs a username: the transfer goes on to the sign-up that asks for it', async () => {
    const environment = defaultEnvironment();
    Object.assign(environment.user_settings.attributes.username, { enabled: true, required: true });
    const { latch, api, navigations } = await loadedLatch({ users: [ALICE], environment, ...ACME });
    await latch.client!.signIn.authenticateWithRedirect({
      strategy: 'enterprise_sso',
      identifier: NIA.emailAddress,
      redirectUrl: '#/sso-callback',
      redirectUrlComplete: '/done',
    });
    api.returnFromProvider(NIA);
    history.replaceState(null, '', '#/sso-callback?needs-username');
    const el = await fixture<LatchSignIn>(html`<latch-sign-in .latch=${latch}></latch-sign-in>`);
    await until(() => navigations.length > 0, 'navigated to the sign-up');
    expect(latch.user).to.equal(null);
    const signUp = latch.client!.signUp;
    expect(signUp.status).to.equal('missing_requirements');
    expect(signUp.missingFields).to.deep.equal(['username']);
    expect(signUp.emailAddress).to.equal(NIA.emailAddress);
    expect(navigations.at(-1)).to.contain('continue');
    await expect(el).to.be.accessible();
  });
});
