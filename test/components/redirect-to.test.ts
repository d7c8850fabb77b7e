import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/control/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import { Latch } from '../../src/core/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const OPTIONS = { signInUrl: '/sign-in', signUpUrl: '/sign-up' };

describe('redirect-to control elements', () => {
  it('send a signed-out visitor to sign-in and sign-up, keeping redirect_url and the redirect props', async () => {
    const { latch, navigations } = await loadedLatch(undefined, OPTIONS);
    const el = await fixture(
      html`<div><latch-redirect-to-sign-in .latch=${latch} sign-in-force-redirect-url="/after"></latch-redirect-to-sign-in>
        <latch-redirect-to-sign-up .latch=${latch} redirect-url="/protected"></latch-redirect-to-sign-up></div>`,
    );
    await until(() => navigations.length === 2, 'two redirects');
    const [signIn, signUp] = navigations.map((n) => new URL(n, location.href));
    expect(signIn!.pathname).to.equal('/sign-in');
    expect(signIn!.searchParams.get('redirect_url')).to.equal(location.href);
    expect(signIn!.searchParams.get('sign_in_force_redirect_url')).to.equal('/after');
    expect(signUp!.pathname).to.equal('/sign-up');
    expect(signUp!.searchParams.get('redirect_url')).to.equal('/protected');
    await expect(el).to.be.accessible();
  });

  it('do nothing before load, and nothing while a control element above hides them', async () => {
    const { latch, navigations } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' }, OPTIONS);
    await fixture(
      html`<latch-signed-out .latch=${latch}><latch-redirect-to-sign-in .latch=${latch}></latch-redirect-to-sign-in></latch-signed-out>`,
    );
    const notLoaded = new Latch(undefined, { api: latch.api, ...OPTIONS });
    await fixture(html`<latch-redirect-to-sign-in .latch=${notLoaded}></latch-redirect-to-sign-in>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigations).to.deep.equal([]);
    await latch.signOut();
    await until(() => navigations.length === 1, 'redirect once signed out');
    expect(new URL(navigations[0]!, location.href).pathname).to.equal('/sign-in');
  });

  it('send a signed-in user to the instance’s profile and organization pages', async () => {
    const environment = defaultEnvironment();
    Object.assign(environment.display_config, {
      user_profile_url: '/account',
      organization_profile_url: '/org',
      create_organization_url: '/org/new',
    });
    const { latch, navigations } = await loadedLatch({ users: [ALICE], clientState: 'signed-in', environment });
    await fixture(html`<div>
      <latch-redirect-to-user-profile .latch=${latch}></latch-redirect-to-user-profile>
      <latch-redirect-to-organization-profile .latch=${latch}></latch-redirect-to-organization-profile>
      <latch-redirect-to-create-organization .latch=${latch}></latch-redirect-to-create-organization>
    </div>`);
    await until(() => navigations.length === 3, 'three redirects');
    expect(navigations).to.deep.equal(['/account', '/org', '/org/new']);
    expect(latch.buildWaitlistUrl()).to.equal('');
  });
});
