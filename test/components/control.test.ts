import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/control/index.js';
import { Latch } from '../../src/core/index.js';
import { loadedLatch, until } from './helpers.js';

const visibleSlot = (el: Element) => el.shadowRoot?.querySelector('slot');

describe('control elements', () => {
  it('show nothing before load, then the branch that matches', async () => {
    const { latch } = await loadedLatch();
    const notLoaded = new Latch(undefined, { api: latch.api });
    const early = await fixture(html`<latch-signed-out .latch=${notLoaded}><p>out</p></latch-signed-out>`);
    expect(visibleSlot(early)).to.not.exist;

    const out = await fixture(html`<latch-signed-out .latch=${latch}><p>out</p></latch-signed-out>`);
    const inn = await fixture(
      html`<latch-signed-in .latch=${latch}><p>in</p><p slot="fallback">fallback</p></latch-signed-in>`,
    );
    expect(visibleSlot(out)?.name).to.equal('');
    expect(visibleSlot(inn)?.name).to.equal('fallback');
    await expect(out).to.be.accessible();
  });

  it('swap when a user signs in', async () => {
    const { latch } = await loadedLatch();
    const inn = await fixture(html`<latch-signed-in .latch=${latch}><p>in</p></latch-signed-in>`);
    expect(visibleSlot(inn)?.name).to.equal('fallback');
    const signIn = await latch.client!.signIn.create({
      identifier: 'alice@example.com',
      password: 'correct-horse-battery',
      strategy: 'password',
    });
    await latch.setActive({ session: signIn.createdSessionId });
    await until(() => visibleSlot(inn)?.name === '', 'signed-in branch');
  });

  it('latch-loading shows until load', async () => {
    const { latch } = await loadedLatch();
    const notLoaded = new Latch(undefined, { api: latch.api });
    const el = await fixture(html`<latch-loading .latch=${notLoaded}><p>loading</p></latch-loading>`);
    expect(visibleSlot(el)).to.exist;
    await notLoaded.load();
    await until(() => !visibleSlot(el), 'hidden after load');
  });
});
