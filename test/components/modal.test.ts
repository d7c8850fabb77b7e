import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/modal/index.js';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchModal } from '../../src/components/modal/modal.js';
import type { Latch } from '../../src/core/index.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const openModal = () => document.querySelector<LatchModal>('body > latch-modal');
const dialogOf = (modal: LatchModal | null) => modal?.querySelector<HTMLDialogElement>('dialog') ?? null;

/** A page with a button that opens the sign-in modal, the way an app would wire it. */
async function pageWithOpener(latch: Latch, open: (latch: Latch) => void = (l) => l.openSignIn()) {
  const button = await fixture<HTMLButtonElement>(html`<button type="button">Sign in</button>`);
  button.addEventListener('click', () => open(latch));
  button.focus();
  button.click();
  await until(() => dialogOf(openModal())?.open, 'the dialog open');
  return button;
}

describe('<latch-modal> (openSignIn / openSignUp)', () => {
  let latch: Latch;

  beforeEach(async () => {
    ({ latch } = await loadedLatch());
  });

  afterEach(() => {
    latch.closeSignIn();
    latch.closeSignUp();
  });

  it('opens a modal <dialog> with Clerk element keys; focus lands in the card; the page is inert and still', async () => {
    await pageWithOpener(latch);
    const modal = openModal()!;
    const dialog = dialogOf(modal)!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.classList.contains('cl-modalBackdrop')).to.equal(true);
    expect(dialog.querySelector('.cl-modalContent latch-sign-in')).to.exist;
    const close = dialog.querySelector<HTMLButtonElement>('.cl-modalCloseButton')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(dialog.getAttribute('aria-label')).to.equal('Welcome back');
    await until(() => document.activeElement === input(dialog, 'identifier'), 'focus on the identifier');
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    await expect(modal).to.be.accessible();
  });

  it('Escape closes it (latch-close), the page scrolls again and focus returns to the opener', async () => {
    const opener = await pageWithOpener(latch);
    const modal = openModal()!;
    let closed = 0;
    modal.addEventListener('latch-close', () => closed++);
    await until(() => document.activeElement === input(modal, 'identifier'), 'focus inside');
    await sendKeys({ press: 'Escape' });
    await until(() => !openModal(), 'modal removed');
    expect(closed).to.equal(1);
    expect(document.activeElement).to.equal(opener);
    expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
  });

  it('a click on the backdrop closes it; a click inside the card does not', async () => {
    const opener = await pageWithOpener(latch);
    const dialog = dialogOf(openModal())!;
    dialog.querySelector<HTMLElement>('.cl-card')!.click();
    expect(openModal()).to.exist;
    dialog.click();
    await until(() => !openModal(), 'modal removed');
    expect(document.activeElement).to.equal(opener);
  });

  it('keyboard: Tab reaches the close button, Enter closes', async () => {
    const opener = await pageWithOpener(latch);
    const close = openModal()!.querySelector<HTMLButtonElement>('.cl-modalCloseButton')!;
    for (let i = 0; i < 10 && document.activeElement !== close; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(close);
    await sendKeys({ press: 'Enter' });
    await until(() => !openModal(), 'modal removed');
    expect(document.activeElement).to.equal(opener);
  });

  it('signing in inside the modal closes it', async () => {
    await pageWithOpener(latch);
    const modal = openModal()!;
    const identifier = input(modal, 'identifier');
    identifier.value = ALICE.emailAddress;
    identifier.dispatchEvent(new Event('input'));
    modal.querySelector('form')!.requestSubmit();
    await until(() => modal.querySelector('input[name="password"]'), 'password step');
    const password = input(modal, 'password');
    password.value = ALICE.password;
    password.dispatchEvent(new Event('input'));
    modal.querySelector('form')!.requestSubmit();
    await until(() => latch.session && !openModal(), 'signed in and closed');
  });

  it('openSignUp: the sign-up card in the same dialog, named by its title', async () => {
    await pageWithOpener(latch, (l) => l.openSignUp());
    const dialog = dialogOf(openModal())!;
    expect(dialog.querySelector('latch-sign-up')).to.exist;
    expect(dialog.getAttribute('aria-label')).to.equal('Create an account');
    await expect(openModal()!).to.be.accessible();
  });

  it('the close button speaks French with the fr-FR resource', async () => {
    latch.update({ localization: frFR });
    await pageWithOpener(latch);
    const close = openModal()!.querySelector('.cl-modalCloseButton')!;
    expect(close.getAttribute('aria-label')).to.equal('Fermer');
  });

  it('appearance.elements styles the modal keys', async () => {
    latch.update({
      appearance: { elements: { modalContent: 'my-modal-content', modalCloseButton: { opacity: '0.5' } } },
    });
    await pageWithOpener(latch);
    const modal = openModal()!;
    expect(modal.querySelector('.cl-modalContent')?.classList.contains('my-modal-content')).to.equal(true);
    expect(getComputedStyle(modal.querySelector('.cl-modalCloseButton')!).opacity).to.equal('0.5');
  });
});
