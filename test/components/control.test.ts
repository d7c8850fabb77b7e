import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LatchRuntimeError, MemoryFrontendApi } from '../../src/api/index.js';
import '../../src/components/control/index.js';
import { Latch, latchContext } from '../../src/core/index.js';
import { ALICE, loadedLatch, until } from './helpers.js';

const visibleSlot = (el: Element) => el.shadowRoot?.querySelector('slot');

async function signInAlice(latch: Latch): Promise<void> {
  const signIn = await latch.client!.signIn.create({
    identifier: 'alice@example.com',
    password: 'correct-horse-battery',
    strategy: 'password',
  });
  await latch.setActive({ session: signIn.createdSessionId });
}

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
    await signInAlice(latch);
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

  it('latch-failed replaces latch-loading when the load fails, and a retry brings the signed-out content', async () => {
    const api = new MemoryFrontendApi({ users: [ALICE] });
    api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'fetch failed'));
    const latch = new Latch(undefined, { api });
    const page = await fixture(html`<main>
      <latch-loading .latch=${latch}><p role="status">Loading…</p></latch-loading>
      <latch-failed .latch=${latch}>
        <p role="alert">The server could not be reached.</p>
        <button type="button">Try again</button>
      </latch-failed>
      <latch-signed-out .latch=${latch}><p>out</p></latch-signed-out>
      <latch-loaded .latch=${latch}><p>loaded</p></latch-loaded>
    </main>`);
    const loading = page.querySelector('latch-loading')!;
    const failed = page.querySelector('latch-failed')!;
    const out = page.querySelector('latch-signed-out')!;
    const loaded = page.querySelector('latch-loaded')!;
    expect(visibleSlot(loading)).to.exist;
    expect(visibleSlot(failed)).to.not.exist;

    let failure: unknown;
    await latch.load().catch((error: unknown) => {
      failure = error;
    });
    expect(failure).to.be.instanceOf(LatchRuntimeError);
    expect(latch.status).to.equal('error');
    await until(() => visibleSlot(failed), 'failed content');
    expect(visibleSlot(loading)).to.not.exist;
    expect(visibleSlot(out)).to.not.exist;
    expect(visibleSlot(loaded)).to.not.exist;
    await expect(page).to.be.accessible();

    await latch.load();
    await until(() => visibleSlot(out)?.name === '', 'signed-out content after retry');
    expect(visibleSlot(failed)).to.not.exist;
    expect(visibleSlot(loading)).to.not.exist;
    expect(visibleSlot(loaded)).to.exist;
  });

  it('latch-degraded shows when only the client failed; the visitor counts as signed out', async () => {
    const api = new MemoryFrontendApi({ users: [ALICE] });
    api.failNext('getClient', new LatchRuntimeError('network_error', 'fetch failed'));
    const latch = new Latch(undefined, { api });
    await latch.load();
    expect(latch.status).to.equal('degraded');
    const page = await fixture(html`<div>
      <latch-degraded .latch=${latch}><p role="status">Some features may not work.</p></latch-degraded>
      <latch-failed .latch=${latch}><p>failed</p></latch-failed>
      <latch-loading .latch=${latch}><p>loading</p></latch-loading>
      <latch-signed-out .latch=${latch}><p>out</p></latch-signed-out>
    </div>`);
    expect(visibleSlot(page.querySelector('latch-degraded')!)).to.exist;
    expect(visibleSlot(page.querySelector('latch-failed')!)).to.not.exist;
    expect(visibleSlot(page.querySelector('latch-loading')!)).to.not.exist;
    expect(visibleSlot(page.querySelector('latch-signed-out')!)?.name).to.equal('');
    await expect(page).to.be.accessible();

    const ready = await loadedLatch();
    const notDegraded = await fixture(html`<latch-degraded .latch=${ready.latch}><p>x</p></latch-degraded>`);
    expect(visibleSlot(notDegraded)).to.not.exist;
  });

  it('find their Latch through a context provider ancestor, follow a new value, and stop listening once removed', async () => {
    const signedOut = await loadedLatch();
    const signedIn = await loadedLatch();
    await signInAlice(signedIn.latch);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const provider = new ContextProvider(host, { context: latchContext, initialValue: signedOut.latch });
    provider.hostConnected();
    const inn = document.createElement('latch-signed-in');
    inn.innerHTML = '<p>in</p><p slot="fallback">out</p>';
    host.append(inn);
    await inn.updateComplete;
    expect(visibleSlot(inn)?.name).to.equal('fallback');

    provider.setValue(signedIn.latch);
    await until(() => visibleSlot(inn)?.name === '', 'the provided signed-in Latch');

    inn.remove();
    provider.setValue(signedOut.latch);
    // Still rendering from the Latch it had: the removed element no longer hears from the provider.
    inn.requestUpdate();
    await inn.updateComplete;
    expect(visibleSlot(inn)?.name).to.equal('');
    await expect(host).to.be.accessible();
  });
});
