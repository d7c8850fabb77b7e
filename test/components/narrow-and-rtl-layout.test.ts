/**
 * Layout regressions found by looking at the demo page at 375 px and right to left (session 10): the sign-in
 * modal ran off a phone's screen (its 25rem card did not narrow in the dialog's grid), and the organization
 * profile put a left-to-right slug at the far left of a right-to-left page, away from the name above it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/modal/index.js';
import '../../src/components/org-profile/index.js';
import '../../src/components/sign-in/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { LatchOrgProfile } from '../../src/components/org-profile/org-profile.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const rect = (el: Element | null) => {
  if (!el) throw new Error('element missing');
  return el.getBoundingClientRect();
};

describe('narrow screens and right-to-left pages', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the sign-in modal, its card and its close button inside a 375 px wide screen', async () => {
    await setViewport({ width: 375, height: 700 });
    const { latch } = await loadedLatch({ users: [ALICE] });
    latch.openSignIn();
    await until(() => document.querySelector('body > latch-modal dialog[open]'), 'the dialog open');
    const dialog = document.querySelector<HTMLDialogElement>('body > latch-modal dialog[open]')!;
    await until(() => document.activeElement === input(dialog, 'identifier'), 'focus in the card');
    const card = rect(dialog.querySelector('.cl-cardBox'));
    const close = rect(dialog.querySelector('.cl-modalCloseButton'));
    expect(card.left, 'card left edge').to.be.at.least(0);
    expect(card.right, 'card right edge').to.be.at.most(window.innerWidth);
    expect(close.right, 'close button on screen').to.be.at.most(window.innerWidth);
    expect(dialog.scrollWidth, 'no sideways scrolling in the dialog').to.be.at.most(dialog.clientWidth);
    // The keyboard still gets from the field to the close button.
    await sendKeys({ press: 'Escape' });
    await until(() => !document.querySelector('body > latch-modal'), 'closed by Escape');
  });

  it('stacks the organization name and its slug on the same side, left to right and right to left', async () => {
    const { latch } = await loadedLatch({
      users: [ALICE],
      clientState: 'signed-in',
      activeOrganization: 'acme-labs',
      environment: { ...defaultEnvironment(), organization_settings: { enabled: true } } as never,
      organizations: [
        { name: 'Acme', slug: 'acme-labs', members: [{ emailAddress: ALICE.emailAddress, role: 'org:admin' }] },
      ],
    });
    const el = await fixture<LatchOrgProfile>(
      html`<latch-org-profile .latch=${latch} routing="virtual"></latch-org-profile>`,
    );
    await until(() => el.querySelector('.cl-organizationPreviewMainIdentifier'), 'the general page');
    const name = el.querySelector('.cl-organizationPreviewMainIdentifier');
    const slug = el.querySelector('.cl-organizationPreviewSecondaryIdentifier');
    expect(rect(slug).top, 'slug below the name').to.be.at.least(rect(name).bottom - 1);
    expect(Math.abs(rect(slug).left - rect(name).left), 'left aligned').to.be.below(2);

    document.documentElement.dir = 'rtl';
    latch.update({ appearance: {} });
    await until(() => el.querySelector('.cl-rootBox')?.getAttribute('dir') === 'rtl', 'rtl after a render');
    expect(Math.abs(rect(slug).right - rect(name).right), 'right aligned').to.be.below(2);
    await expect(el).to.be.accessible();
  });
});
