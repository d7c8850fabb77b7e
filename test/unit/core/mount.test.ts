import { expect } from '@open-wc/testing';
import { Latch } from '../../../src/core/latch.js';
import { setDefaultLatch } from '../../../src/core/registry.js';
import { FakeFrontendApi } from './fake-api.js';

// No component module is imported: the core must create elements by tag name alone.
type Mounted = HTMLElement & { latch?: Latch; [prop: string]: unknown };

/** Looks an element up by a plain string tag, so the global tag-name typings of the components don't apply. */
const find = (root: ParentNode | null | undefined, selector: string) =>
  (root?.querySelector(selector) ?? null) as Mounted | null;

describe('Latch mount / open', () => {
  let latch: Latch;
  let host: HTMLDivElement;

  beforeEach(() => {
    latch = new Latch(undefined, { api: new FakeFrontendApi() });
    host = document.createElement('div');
    document.body.appendChild(host);
  });

  afterEach(() => {
    host.remove();
    latch.closeSignIn();
    latch.closeSignUp();
    setDefaultLatch(null);
  });

  it('mountSignIn creates <latch-sign-in> by tag name with the props and latch, unmount removes it', () => {
    latch.mountSignIn(host, { forceRedirectUrl: '/done', routing: 'hash' });
    const element = find(host, 'latch-sign-in');
    expect(element).to.exist;
    expect(element?.latch).to.equal(latch);
    expect(element?.forceRedirectUrl).to.equal('/done');
    expect(element?.routing).to.equal('hash');
    latch.unmountSignIn(host);
    expect(host.querySelector('latch-sign-in')).to.equal(null);
  });

  it('mountSignUp and mountUserButton use their own tags; unmount only removes its own element', () => {
    latch.mountSignUp(host);
    latch.mountUserButton(host, { showName: true });
    expect(host.querySelector('latch-sign-up')).to.exist;
    expect(find(host, 'latch-user-button')?.showName).to.equal(true);
    latch.unmountSignUp(host);
    expect(host.querySelector('latch-sign-up')).to.equal(null);
    expect(host.querySelector('latch-user-button')).to.exist;
    latch.unmountUserButton(host);
    expect(host.children).to.have.length(0);
  });

  it('mounting twice into the same node replaces the element; unmounting an empty node is harmless', () => {
    latch.mountSignIn(host, { path: '/a' });
    latch.mountSignIn(host, { path: '/b' });
    expect(host.querySelectorAll('latch-sign-in')).to.have.length(1);
    expect(find(host, 'latch-sign-in')?.path).to.equal('/b');
    latch.unmountSignIn(document.createElement('div'));
  });

  it('openSignIn appends an open <latch-modal> holding the element to document.body; closeSignIn removes it', () => {
    latch.openSignIn({ fallbackRedirectUrl: '/x' });
    const modal = find(document.body, ':scope > latch-modal');
    expect(modal).to.exist;
    expect(modal?.open).to.equal(true);
    expect(modal?.latch).to.equal(latch);
    const element = find(modal, 'latch-sign-in');
    expect(element?.latch).to.equal(latch);
    expect(element?.fallbackRedirectUrl).to.equal('/x');
    expect(element?.routing, 'modal flows route in memory').to.equal('virtual');
    latch.closeSignIn();
    expect(document.body.querySelector('latch-modal')).to.equal(null);
  });

  it('the modal closes itself on latch-close; opening again replaces the previous one', () => {
    latch.openSignUp();
    latch.openSignUp({ routing: 'hash' });
    const modals = document.body.querySelectorAll('latch-modal');
    expect(modals).to.have.length(1);
    expect(find(modals[0], 'latch-sign-up')?.routing).to.equal('hash');
    modals[0]?.dispatchEvent(new CustomEvent('latch-close', { bubbles: true, composed: true }));
    expect(document.body.querySelector('latch-modal')).to.equal(null);
  });

  it('sign-in and sign-up modals are independent', () => {
    latch.openSignIn();
    latch.openSignUp();
    expect(document.body.querySelectorAll('latch-modal')).to.have.length(2);
    latch.closeSignIn();
    expect(document.body.querySelector('latch-modal latch-sign-up')).to.exist;
    expect(document.body.querySelector('latch-modal latch-sign-in')).to.equal(null);
  });
});
