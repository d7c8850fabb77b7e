import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-profile/index.js';
import type { CustomPage } from '../../src/components/user-profile/custom-pages.js';
import type { LatchUserProfile } from '../../src/components/user-profile/user-profile.js';
import { ALICE, loadedLatch, until } from './helpers.js';

/** The navbar's entries' text (without icons), in order. */
const navLabels = (el: HTMLElement) =>
  [...el.querySelectorAll('.cl-navbarButton .cl-navbarButtonText')].map((b) => b.textContent!.trim());
const navButton = (el: HTMLElement, id: string) => {
  const found = el.querySelector<HTMLElement>(`.cl-navbarButton__${id}`);
  if (!found) throw new Error(`no navbar entry ${id}`);
  return found;
};
const currentNav = (el: HTMLElement) =>
  el.querySelector('.cl-navbarButton[aria-current="page"] .cl-navbarButtonText')?.textContent?.trim();
/** The custom page box on show, if any. */
const shownCustomPage = (el: HTMLElement) =>
  el.querySelector<HTMLElement>('.cl-profilePage[role="region"]:not([hidden])');

async function signedIn() {
  return loadedLatch({ users: [ALICE], clientState: 'signed-in' });
}

describe('<latch-user-profile> custom pages and links', function () {
  // Several pages, axe runs and chunk loads in one test: generous on a loaded machine.
  this.timeout(30_000);
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('adds child pages and links in order, reorders the defaults, and keeps the content’s own DOM', async () => {
    const { latch } = await signedIn();
    const el = await fixture<LatchUserProfile>(html`<latch-user-profile .latch=${latch} routing="virtual">
      <latch-user-profile-page label="Help" url="help">
        <svg slot="labelIcon" class="help-icon" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"></circle></svg>
        <h2>Need help?</h2>
        <label>Question <input name="question"></label>
      </latch-user-profile-page>
      <latch-user-profile-page label="security"></latch-user-profile-page>
      <latch-user-profile-link label="Home" url="/home"></latch-user-profile-link>
    </latch-user-profile>`);
    await until(() => navLabels(el).length === 4, 'navbar with custom entries');
    expect(navLabels(el)).to.deep.equal(['Profile', 'Help', 'Sign-in & security', 'Home']);
    expect(currentNav(el)).to.equal('Profile');
    expect(navButton(el, 'help').querySelector('.cl-navbarButtonIcon__help .help-icon')).to.exist;
    expect(navButton(el, 'help').querySelector('.cl-navbarButtonIcon')!.getAttribute('aria-hidden')).to.equal('true');
    const home = navButton(el, 'home') as HTMLAnchorElement;
    expect(home.localName).to.equal('a');
    expect(home.getAttribute('href')).to.equal('/home');
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    await expect(el).to.be.accessible();

    // Keyboard: Tab to "Help" in the navbar, Enter shows the page with the author's own nodes, focused.
    const question = el.querySelector<HTMLInputElement>('input[name="question"]')!;
    navButton(el, 'help').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shownCustomPage(el), 'help page shown');
    expect(currentNav(el)).to.equal('Help');
    expect(shownCustomPage(el)!.contains(question)).to.equal(true);
    expect(shownCustomPage(el)!.getAttribute('aria-label')).to.equal('Help');
    expect(shownCustomPage(el)!.className).to.contain('cl-profilePage__help');
    expect(el.querySelector('.cl-profilePage__account')).to.not.exist;
    await expect(el).to.be.accessible();
    question.value = 'typed';

    // Away and back: the same input, with what was typed.
    navButton(el, 'security').click();
    await until(() => el.querySelector('.cl-profilePage__security'), 'security page');
    expect(shownCustomPage(el)).to.not.exist;
    expect(question.isConnected).to.equal(true);
    expect(question.getClientRects().length, 'the kept page is not on screen').to.equal(0);
    navButton(el, 'help').click();
    await until(() => shownCustomPage(el), 'help page again');
    expect(el.querySelector<HTMLInputElement>('input[name="question"]')).to.equal(question);
    expect(question.value).to.equal('typed');
  });

  it('moves focus to the new page’s heading between custom and built-in pages, from the keyboard', async () => {
    const { latch } = await signedIn();
    // A custom page without a heading of its own: focus goes to its region, named by its navbar label.
    const customPages: CustomPage[] = [
      {
        label: 'Billing',
        url: 'billing',
        mount: (box) => box.append(Object.assign(document.createElement('p'), { textContent: 'Your plan' })),
      },
    ];
    const el =
      await fixture<LatchUserProfile>(html`<latch-user-profile .latch=${latch} routing="virtual" .customPages=${customPages}>
      <latch-user-profile-page label="Help" url="help"><h2 class="help-title">Need help?</h2><p>Ask us.</p></latch-user-profile-page>
    </latch-user-profile>`);
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    const press = async (id: string) => {
      navButton(el, id).focus();
      await sendKeys({ press: 'Enter' });
    };
    const focusIsOn = (selector: string) => document.activeElement?.matches(selector) === true;

    // Built-in to custom: the author's heading.
    await press('help');
    await until(() => focusIsOn('.cl-profilePage__help h2.help-title'), 'help heading focused');
    expect(currentNav(el)).to.equal('Help');
    await expect(el).to.be.accessible();

    // Custom to custom: the new page's region, as it has no heading.
    await press('billing');
    await until(() => focusIsOn('.cl-profilePage__billing[role="region"]'), 'billing region focused');
    expect(document.activeElement!.getAttribute('aria-label')).to.equal('Billing');
    await expect(el).to.be.accessible();

    // Custom to built-in (its chunk may still be on its way): the page's own heading once drawn.
    await press('security');
    await until(() => focusIsOn('.cl-profilePage__security > .cl-headerTitle'), 'security heading focused');

    // And back to a custom page kept from before: its heading again, content intact.
    await press('help');
    await until(() => focusIsOn('.cl-profilePage__help h2.help-title'), 'help heading focused again');
    // A redraw on the same page (the user types elsewhere, data changes) leaves focus where it is.
    navButton(el, 'help').focus();
    el.requestUpdate();
    await el.updateComplete;
    expect(document.activeElement).to.equal(navButton(el, 'help'));
  });

  it('takes customPages as a property: mount and mountIcon once, unmount when the profile goes; links too', async () => {
    const { latch } = await signedIn();
    const calls: string[] = [];
    const customPages: CustomPage[] = [
      { label: 'account' },
      {
        label: 'Billing',
        url: '/billing/',
        mount: (box) => {
          calls.push('mount');
          box.innerHTML = '<p class="billing">Your plan</p>';
        },
        unmount: () => calls.push('unmount'),
        mountIcon: (box) => {
          calls.push('mountIcon');
          box.textContent = '$';
        },
        unmountIcon: () => calls.push('unmountIcon'),
      },
      { label: 'Docs', url: 'https://docs.example.com/' },
      { label: 'Evil', url: 'javascript:alert(1)' },
    ];
    const el = await fixture<LatchUserProfile>(
      html`<latch-user-profile .latch=${latch} routing="virtual" .customPages=${customPages}></latch-user-profile>`,
    );
    await until(() => navLabels(el).length === 4, 'navbar');
    // Security is not named, so it comes first (and is the root page); the javascript: link is left out.
    expect(navLabels(el)).to.deep.equal(['Sign-in & security', 'Profile', 'Billing', 'Docs']);
    expect(currentNav(el)).to.equal('Sign-in & security');
    expect(el.querySelector('a[href^="javascript"]')).to.not.exist;
    expect(calls).to.deep.equal(['mountIcon']);
    navButton(el, 'billing').click();
    await until(() => el.querySelector('.billing'), 'billing page');
    navButton(el, 'account').click();
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    navButton(el, 'billing').click();
    await until(() => shownCustomPage(el), 'billing page again');
    expect(calls).to.deep.equal(['mountIcon', 'mount']);
    el.remove();
    expect(calls).to.deep.equal(['mountIcon', 'mount', 'unmount', 'unmountIcon']);
  });

  it('reaches a custom page by a deep link (hash routing) and by the URL after a click', async () => {
    const { latch } = await signedIn();
    history.replaceState(null, '', '#/help');
    const el = await fixture<LatchUserProfile>(html`<latch-user-profile .latch=${latch}>
      <latch-user-profile-page label="Help" url="help"><p class="help-text">Help text</p></latch-user-profile-page>
    </latch-user-profile>`);
    await until(() => shownCustomPage(el)?.querySelector('.help-text'), 'deep-linked help page');
    expect(currentNav(el)).to.equal('Help');
    navButton(el, 'account').click();
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    expect(location.hash).to.equal('');
    navButton(el, 'help').click();
    await until(() => location.hash === '#/help', 'hash of the custom page');
    history.back();
    await until(() => el.querySelector('.cl-profilePage__account'), 'back to the account page');
  });

  it('renders hostile labels and urls as text', async () => {
    const { latch } = await signedIn();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<LatchUserProfile>(html`<latch-user-profile .latch=${latch} routing="virtual">
      <latch-user-profile-page label=${hostile} url=${'a b"<c>'}><p>x</p></latch-user-profile-page>
    </latch-user-profile>`);
    await until(() => navLabels(el).length === 3, 'navbar');
    expect(navLabels(el)[2]).to.equal(hostile);
    expect(el.querySelector('img')).to.not.exist;
    const entry = el.querySelectorAll<HTMLElement>('.cl-navbarButton')[2]!;
    expect(entry.className).to.contain('cl-navbarButton__a-b-c-');
    entry.click();
    await until(() => shownCustomPage(el), 'hostile page shown');
    expect(shownCustomPage(el)!.getAttribute('aria-label')).to.equal(hostile);
    await expect(el).to.be.accessible();
  });

  it('follows children added, relabelled and removed after the first render', async () => {
    const { latch } = await signedIn();
    const el = await fixture<LatchUserProfile>(
      html`<latch-user-profile .latch=${latch} routing="virtual"></latch-user-profile>`,
    );
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    const page = document.createElement('latch-user-profile-page');
    page.setAttribute('label', 'Later');
    page.setAttribute('url', 'later');
    page.innerHTML = '<p class="later">Later content</p>';
    el.append(page);
    await until(() => navLabels(el).includes('Later'), 'added page');
    page.setAttribute('label', 'Renamed');
    await until(() => navLabels(el).includes('Renamed'), 'relabelled page');
    navButton(el, 'later').click();
    await until(() => shownCustomPage(el)?.querySelector('.later'), 'page shown');
    page.remove();
    await until(() => !navLabels(el).includes('Renamed'), 'removed page');
    await until(() => el.querySelector('.cl-profilePage__account'), 'account page');
    // Unmounted: the content went back into its describing element.
    expect(page.querySelector('.later')).to.exist;
  });
});
