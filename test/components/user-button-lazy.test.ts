import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-button/index.js';
import type { LatchUserButton } from '../../src/components/user-button/user-button.js';
import { ALICE, expectMenuUnavailable, failMenuDownload, loadedLatch, until } from './helpers.js';

// Its own file: the menu's chunk must not have been fetched by an earlier test on this page.

const trigger = (el: Element) => el.querySelector<HTMLButtonElement>('.cl-userButtonTrigger')!;
const items = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const alert = (el: Element) => el.querySelector('.cl-userButtonPopoverRootBox [role="alert"]');

describe('<latch-user-button> menu chunk', () => {
  it('is not fetched with the button, shows the localized network error when it cannot be downloaded, and retries on the next opening', async () => {
    const { latch } = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
    const el = await fixture<LatchUserButton>(html`<latch-user-button .latch=${latch}></latch-user-button>`);
    await until(() => trigger(el), 'trigger');
    const menuFetched = () =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/user-button/user-button-menu.'));
    expect(menuFetched(), 'the menu module came with the button').to.equal(false);
    // The download of the menu's module, as the popover asks for it (prefetch and opening): failing first.
    const download = failMenuDownload(el);

    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => alert(el), 'error in the popover');
    expect(download.attempts).to.be.greaterThan(0);
    await expectMenuUnavailable(el, trigger(el), alert(el));

    // Enter on the button again closes it.
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !alert(el), 'closed');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');

    // The network is back: the next opening fetches the module and the menu takes focus on its first item.
    download.restore();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => document.activeElement === items(el)[0], 'first item focused');
    expect(menuFetched()).to.equal(true);
    expect(alert(el)).to.equal(null);
    expect(items(el).map((i) => i.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      el.t('userButton.action__manageAccount'),
      el.t('userButton.action__signOut'),
    ]);
    await expect(el).to.be.accessible();
  });
});
