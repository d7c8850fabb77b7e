import { expect } from '@open-wc/testing';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { sendEarly, setEarlyDevBrowser } from '../../../src/api/http/early-requests.js';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import { until } from '../../components/helpers.js';
import { createFetchStub, type Handler, json } from './fetch-stub.js';
import { clientJSON, environmentJSON } from './samples.js';

const liveKey = buildPublishableKey('early.example.com', 'production');
const environmentUrl =
  'https://early.example.com/v1/environment?__clerk_api_version=2026-05-12&_clerk_js_version=9.9.9';

/** Sends `url` early through a scripted global `fetch`, as the script tag's first module does. */
function sendEarlyWith(handler: Handler, url = environmentUrl) {
  const realFetch = globalThis.fetch;
  const early = createFetchStub(handler);
  globalThis.fetch = early.fetch;
  try {
    sendEarly(url);
  } finally {
    globalThis.fetch = realFetch;
  }
  return early;
}

function adapter(...handlers: Handler[]) {
  const own = createFetchStub(...handlers);
  const api = new HttpFrontendApi({ publishableKey: liveKey, fetch: own.fetch, jsVersion: '9.9.9', timeoutMs: 200 });
  return { api, own };
}

describe('early requests (the script tag sends the first load before the core runs)', () => {
  it('the adapter takes the early response for the same URL instead of fetching again, once', async () => {
    const early = sendEarlyWith(() => json({ ...environmentJSON(), id: 'env_early' }));
    const { api, own } = adapter(() => json({ ...environmentJSON(), id: 'env_own' }));
    expect((await api.getEnvironment()).id).to.equal('env_early');
    expect(early.calls).to.have.length(1);
    expect(early.calls[0]!.credentials).to.equal('include');
    expect(own.calls).to.have.length(0);
    // Claimed once: the next load asks the server.
    expect((await api.getEnvironment()).id).to.equal('env_own');
    expect(own.calls).to.have.length(1);
  });

  it('the adapter waits for the early dev-browser token and finds the requests it unlocked', async () => {
    const devKey = buildPublishableKey('early-dev.example.com', 'development');
    const url = 'https://early-dev.example.com/v1/client?__clerk_api_version=2026-05-12&_clerk_js_version=9.9.9';
    let unlock!: (token: string) => void;
    setEarlyDevBrowser(
      new Promise<string>((resolve) => (unlock = resolve)).then((token) => {
        const response = { ...clientJSON(), id: 'client_after_dev_browser' };
        sendEarlyWith(() => json({ response, client: null }), `${url}&__clerk_db_jwt=${token}`);
        return token;
      }),
    );
    const own = createFetchStub();
    let stored: string | null = null;
    const api = new HttpFrontendApi({
      publishableKey: devKey,
      fetch: own.fetch,
      jsVersion: '9.9.9',
      devBrowserStore: { get: () => stored, set: (token) => (stored = token), clear: () => (stored = null) },
    });
    const client = api.getClient();
    unlock('dvb_early');
    expect((await client).response?.id).to.equal('client_after_dev_browser');
    // The first load used it without the keeper, which arrives once the page is idle and stores it; no dev
    // browser of its own.
    await until(() => stored === 'dvb_early', 'the token stored by the keeper');
    expect(own.calls).to.have.length(0);
  });

  it('goes on without an early token that never comes (a stalled early request), after its wait', async () => {
    setEarlyDevBrowser(new Promise<string | null>(() => {}));
    const own = createFetchStub(() => json({ response: null, client: null }));
    const api = new HttpFrontendApi({
      publishableKey: buildPublishableKey('stalled-dev.example.com', 'development'),
      fetch: own.fetch,
      timeoutMs: 50,
      devBrowserStore: { get: () => 'dvb_stored', set: () => {}, clear: () => {} },
    });
    await api.getClient();
    expect(own.calls[0]!.url.searchParams.get('__clerk_db_jwt')).to.equal('dvb_stored');
  });

  it('a stale early token is dropped: the keeper makes a new dev browser and the request is sent again', async () => {
    setEarlyDevBrowser(Promise.resolve('dvb_stale'));
    const own = createFetchStub(
      () => json({ errors: [{ code: 'dev_browser_unauthenticated', message: 'no' }] }, { status: 401 }),
      () => json({ id: 'dvb_fresh' }),
      () => json({ response: null, client: null }),
    );
    let stored: string | null = null;
    const api = new HttpFrontendApi({
      publishableKey: buildPublishableKey('stale-dev.example.com', 'development'),
      fetch: own.fetch,
      devBrowserStore: { get: () => stored, set: (token) => (stored = token), clear: () => (stored = null) },
    });
    await api.getClient();
    expect(own.calls.map((call) => [call.url.pathname, call.url.searchParams.get('__clerk_db_jwt')])).to.deep.equal([
      ['/v1/client', 'dvb_stale'],
      ['/v1/dev_browser', null],
      ['/v1/client', 'dvb_fresh'],
    ]);
    expect(stored).to.equal('dvb_fresh');
  });

  it('without an early token (an ES build, a failed early load) the adapter gets its own', async () => {
    setEarlyDevBrowser(Promise.resolve(null));
    const own = createFetchStub(
      () => json({ id: 'dvb_own' }),
      () => json({ response: null, client: null }),
    );
    const api = new HttpFrontendApi({
      publishableKey: buildPublishableKey('own-dev.example.com', 'development'),
      fetch: own.fetch,
      devBrowserStore: { get: () => null, set: () => {}, clear: () => {} },
    });
    await api.getClient();
    expect(own.calls.map((call) => call.url.pathname)).to.deep.equal(['/v1/dev_browser', '/v1/client']);
    expect(own.calls[1]!.url.searchParams.get('__clerk_db_jwt')).to.equal('dvb_own');
  });

  it('a request the adapter builds differently is sent normally, and the early one stays unclaimed', async () => {
    sendEarlyWith(() => json(environmentJSON()), `${environmentUrl}&other=1`);
    const { api, own } = adapter(() => json(environmentJSON()));
    await api.getEnvironment();
    expect(own.calls).to.have.length(1);
  });

  it('an early request that never answers still times out with the adapter’s typed error', async () => {
    sendEarlyWith(() => new Promise<Response>(() => {}));
    const { api } = adapter();
    const error = await api.getEnvironment().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect((error as LatchRuntimeError).code).to.equal('request_timeout');
  });

  it('an early failure goes through the adapter’s retries like its own', async () => {
    sendEarlyWith(() => Promise.reject(new TypeError('Failed to fetch')));
    const { api, own } = adapter(() => json({ ...environmentJSON(), id: 'env_retry' }));
    expect((await api.getEnvironment()).id).to.equal('env_retry');
    expect(own.calls[0]!.url.searchParams.get('_clerk_retry_attempt')).to.equal('1');
  });
});
