import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/org-switcher/index.js';
import type { LatchOrgSwitcher } from '../../src/components/org-switcher/org-switcher.js';
import { ALICE, expectMenuUnavailable, failMenuDownload, loadedLatch, until } from './helpers.js';

// Its own file: the menu's chunk must not have been fetched by an earlier test on this page.

const trigger = (el: Element) => el.querySelector<HTMLButtonElement>('.cl-organizationSwitcherTrigger')!;
const items = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const alert = (el: Element) => el.querySelector('.cl-organizationSwitcherPopoverRootBox [role="alert"]');

describe('<latch-org-switcher> menu chunk', () => {
  it('shows the localized network error when the menu cannot be downloaded, and retries on the next opening', async () => {
    const { latch } = await loadedLatch({
      users: [ALICE],
      clientState: 'signed-in',
      activeOrganization: 'acme',
      organizations: [
        { name: 'Acme', slug: 'acme', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      ],
    });
    const el = await fixture<LatchOrgSwitcher>(html`<latch-org-switcher .latch=${latch}></latch-org-switcher>`);
    await until(() => trigger(el), 'trigger');
    // The download of the menu's module, as the popover asks for it (prefetch and opening): failing first.
    const download = failMenuDownload(el);

    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => alert(el), 'error in the popover');
    expect(download.attempts).to.be.greaterThan(0);
    await expectMenuUnavailable(el, trigger(el), alert(el));
    expect(document.activeElement).to.equal(trigger(el));

    await sendKeys({ press: 'Escape' });
    await until(() => !alert(el), 'closed');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');

    // The network is back: the next opening fetches the module and the menu takes focus on its first item.
    download.restore();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => document.activeElement === items(el)[0], 'first item focused');
    expect(alert(el)).to.equal(null);
    expect(items(el).map((i) => i.textContent?.replace(/\s+/g, ' ').trim())).to.include('New organization');
  });
});
