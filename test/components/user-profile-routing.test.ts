import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-profile/index.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const BASE = '/test-profile';

/** Which page the profile shows: `account`, `security`, or a custom page's region. */
const shown = (el: HTMLElement, id: string) =>
  Boolean(el.querySelector(`.latch-profile-layout > .cl-profilePage__${id}:not([hidden])`));

async function mountAt(url: string) {
  const { latch } = await loadedLatch(
    { users: [ALICE], clientState: 'signed-in' },
    { routerPush: undefined, routerReplace: undefined },
  );
  history.replaceState(null, '', `${url}${location.search}`);
  return fixture<LatchUserProfile>(html`<latch-user-profile routing="path" path=${BASE} .latch=${latch}>
    <latch-user-profile-page label="Help" url="help"><p class="help-content">Write to us.</p></latch-user-profile-page>
  </latch-user-profile>`);
}

describe('<latch-user-profile routing="path">', function () {
  // Each page is a lazy chunk, fetched on its first visit; axe runs too.
  this.timeout(30_000);
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('puts each page under `path`; the navbar moves by keyboard, Back and Forward follow', async () => {
    const el = await mountAt(BASE);
    await until(() => shown(el, 'account'), 'the Account page at the root');
    el.querySelector<HTMLButtonElement>('.cl-navbarButton__security')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shown(el, 'security'), 'the Security page');
    expect(location.pathname).to.equal(`${BASE}/security`);
    expect(location.search, 'the query string is kept').to.equal(new URL(start).search);
    expect(el.querySelector('.cl-navbarButton__security')!.getAttribute('aria-current')).to.equal('page');
    await expect(el).to.be.accessible();

    history.back();
    await until(() => shown(el, 'account') && location.pathname === BASE, 'back on the Account page');
    history.forward();
    await until(() => shown(el, 'security'), 'forward to the Security page');
    el.querySelector<HTMLButtonElement>('.cl-navbarButton__help')!.click();
    await until(() => el.querySelector('.help-content')?.closest('[hidden]') === null, 'the custom page');
    expect(location.pathname).to.equal(`${BASE}/help`);
  });

  it('a deep link lands on its page, a custom page included', async () => {
    const security = await mountAt(`${BASE}/security`);
    await until(() => shown(security, 'security'), 'the Security page from the URL');
    security.remove();
    const help = await mountAt(`${BASE}/help`);
    await until(
      () => help.querySelector('.help-content')?.closest('[hidden]') === null,
      'the custom page from the URL',
    );
    expect(shown(help, 'account')).to.equal(false);
  });
});
