import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

const BASE = '/test-sign-in';

/** The step the card shows: its password field appears on factor-one. */
const onFactorOne = (el: HTMLElement) => Boolean(el.querySelector('input[name="password"]'));

async function submitIdentifier(el: LatchSignIn) {
  const identifier = input(el, 'identifier');
  identifier.value = ALICE.emailAddress;
  identifier.dispatchEvent(new Event('input'));
  el.querySelector('form')!.requestSubmit();
  await until(() => onFactorOne(el), 'factor-one');
}

describe('routing="path"', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('puts the step under `path`, and Back / Forward move between the steps', async () => {
    const { latch } = await loadedLatch(undefined, { routerPush: undefined, routerReplace: undefined });
    history.replaceState(null, '', `${BASE}${location.search}`);
    const el = await fixture<LatchSignIn>(
      html`<latch-sign-in routing="path" path=${BASE} .latch=${latch}></latch-sign-in>`,
    );
    await submitIdentifier(el);
    expect(location.pathname).to.equal(`${BASE}/factor-one`);
    expect(location.search, 'the query string is kept').to.equal(new URL(start).search);
    history.back();
    await until(() => !onFactorOne(el) && location.pathname === BASE, 'back at the start');
    history.forward();
    await until(() => onFactorOne(el), 'forward to factor-one');
    await expect(el).to.be.accessible();
  });

  it('a deep link lands on its step', async () => {
    const { latch } = await loadedLatch(undefined, { routerPush: undefined, routerReplace: undefined });
    await latch.client!.signIn.create({ identifier: ALICE.emailAddress });
    history.replaceState(null, '', `${BASE}/factor-one${location.search}`);
    const el = await fixture<LatchSignIn>(
      html`<latch-sign-in routing="path" path=${BASE} .latch=${latch}></latch-sign-in>`,
    );
    await until(() => onFactorOne(el), 'factor-one from the URL');
  });

  it('goes through the application router (routerPush) when Latch has one', async () => {
    const pushed: string[] = [];
    const routerPush = async (to: string) => {
      pushed.push(to);
      await new Promise((resolve) => setTimeout(resolve, 20));
      history.pushState(null, '', to);
    };
    const { latch } = await loadedLatch(undefined, { routerPush });
    history.replaceState(null, '', BASE);
    const el = await fixture<LatchSignIn>(
      html`<latch-sign-in routing="path" path=${BASE} .latch=${latch}></latch-sign-in>`,
    );
    await submitIdentifier(el);
    expect(pushed).to.deep.equal([`${BASE}/factor-one`]);
    await until(() => location.pathname === `${BASE}/factor-one`, 'the router moved the URL');
    expect(onFactorOne(el), 'still on the step once the router has settled').to.be.true;
  });
});
