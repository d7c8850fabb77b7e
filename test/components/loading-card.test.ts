import { expect, fixture, html } from '@open-wc/testing';
import { MemoryFrontendApi } from '../../src/api/index.js';
import '../../src/components/sign-in/index.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { Latch } from '../../src/core/index.js';
import { ALICE, until } from './helpers.js';

/** A development key (instance type from its prefix) over the memory adapter, answering after `latencyMs`. */
const DEV_KEY = `pk_test_${btoa('clerk.example.com$')}`;
const slowLatch = (latencyMs = 150) =>
  new Latch(DEV_KEY, { api: new MemoryFrontendApi({ users: [ALICE], latencyMs }) });

const cardHeight = (el: Element) => el.querySelector('.cl-cardBox')!.getBoundingClientRect().height;

describe('the loading card (paint before data)', () => {
  it('draws the first step in placeholders with the final card height, so the form appears without a shift', async () => {
    const latch = slowLatch();
    // The memory instance turns the development badge off, which the key alone cannot tell: no badge either way.
    const appearance = { options: { unsafe_disableDevelopmentModeWarnings: true } };
    const el = await fixture<LatchSignIn>(
      html`<latch-sign-in routing="virtual" .latch=${latch} .appearance=${appearance}></latch-sign-in>`,
    );
    expect(el.querySelector('.latch-placeholder')).to.exist;
    expect(el.querySelector('form')).to.not.exist;
    const placeholder = cardHeight(el);
    void latch.load();
    await until(() => el.querySelector('.cl-formButtonPrimary'), 'the form');
    await el.updateComplete;
    expect(Math.abs(cardHeight(el) - placeholder)).to.be.below(1);
  });

  it('announces loading, hides the placeholders from assistive technology, and passes axe', async () => {
    const el = await fixture(html`<latch-sign-up routing="virtual" .latch=${slowLatch()}></latch-sign-up>`);
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.textContent?.trim()).to.not.equal('');
    for (const part of el.querySelectorAll('.latch-bone')) expect(part.closest('[aria-hidden="true"]')).to.exist;
    expect(el.querySelectorAll('.latch-bone--input').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('shimmers unless appearance.options.shimmer is false (v5 layout.shimmer too)', async () => {
    const on = await fixture(html`<latch-sign-in .latch=${slowLatch()}></latch-sign-in>`);
    expect(on.querySelector('.latch-shimmer')).to.exist;
    const off = await fixture(
      html`<latch-sign-in .latch=${slowLatch()} .appearance=${{ options: { shimmer: false } }}></latch-sign-in>`,
    );
    expect(off.querySelector('.latch-placeholder')).to.exist;
    expect(off.querySelector('.latch-shimmer')).to.not.exist;
    const v5 = await fixture(
      html`<latch-sign-in .latch=${slowLatch()} .appearance=${{ layout: { shimmer: false } }}></latch-sign-in>`,
    );
    expect(v5.querySelector('.latch-shimmer')).to.not.exist;
  });

  it('draws the development-mode line of the footer when the key is a development one', async () => {
    const dev = await fixture(html`<latch-sign-in .latch=${slowLatch()}></latch-sign-in>`);
    expect(dev.querySelector('.latch-bone--badge')).to.exist;
    const live = new Latch(`pk_live_${btoa('clerk.example.com$')}`, { api: new MemoryFrontendApi() });
    const prod = await fixture(html`<latch-sign-in .latch=${live}></latch-sign-in>`);
    expect(prod.querySelector('.latch-bone--badge')).to.not.exist;
  });
});
