import { expect } from '@open-wc/testing';
import { readDevBrowserCookie, readDevBrowserStorage } from '../../../src/api/http/dev-browser.js';
import {
  browserDevBrowserStore,
  DevBrowser,
  type DevBrowserStore,
  takeDevBrowserTokenFromUrl,
} from '../../../src/api/http/dev-browser-store.js';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import { createFetchStub, json } from './fetch-stub.js';
import { environmentJSON } from './samples.js';

const devKey = buildPublishableKey('latch-dev.localhost');

function memoryStore(initial: string | null = null): DevBrowserStore & { value: string | null } {
  return {
    value: initial,
    get() {
      return this.value;
    },
    set(token) {
      this.value = token;
    },
    clear() {
      this.value = null;
    },
  };
}

/** Runs `fn` with extra query params in the page URL, restoring the URL afterwards. */
async function withPageParams(params: Record<string, string>, fn: () => Promise<void> | void) {
  const original = location.href;
  const url = new URL(original);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  history.replaceState(history.state, '', url);
  try {
    await fn();
  } finally {
    history.replaceState(history.state, '', original);
  }
}

describe('DevBrowser', () => {
  it('takes __clerk_db_jwt from the page URL and strips it', async () => {
    await withPageParams({ __clerk_db_jwt: 'from_url', keep: 'me' }, () => {
      expect(takeDevBrowserTokenFromUrl()).to.equal('from_url');
      const now = new URL(location.href);
      expect(now.searchParams.has('__clerk_db_jwt')).to.equal(false);
      expect(now.searchParams.get('keep')).to.equal('me');
      expect(takeDevBrowserTokenFromUrl()).to.equal(null);
    });
  });

  it('prefers the URL, then storage, then creating one', async () => {
    const create = async () => 'created';
    const fromUrl = new DevBrowser({ create, store: memoryStore('stored'), readFromUrl: () => 'url' });
    expect(await fromUrl.getToken()).to.equal('url');
    const fromStore = new DevBrowser({ create, store: memoryStore('stored'), readFromUrl: () => null });
    expect(await fromStore.getToken()).to.equal('stored');
    const store = memoryStore();
    const fresh = new DevBrowser({ create, store, readFromUrl: () => null });
    expect(await fresh.getToken()).to.equal('created');
    expect(store.value).to.equal('created');
  });

  it('shares one creation between concurrent callers', async () => {
    let created = 0;
    const browser = new DevBrowser({
      create: async () => `token_${++created}`,
      store: memoryStore(),
      readFromUrl: () => null,
    });
    const tokens = await Promise.all([browser.getToken(), browser.getToken(), browser.getToken()]);
    expect(tokens).to.deep.equal(['token_1', 'token_1', 'token_1']);
    expect(created).to.equal(1);
  });

  it('persists in a first-party cookie and localStorage, and clears both', () => {
    const store = browserDevBrowserStore('__latch_test_db_jwt');
    store.set('tok=en;1');
    expect(document.cookie).to.contain('__latch_test_db_jwt=');
    expect(localStorage.getItem('__latch_test_db_jwt')).to.equal('tok=en;1');
    expect(store.get()).to.equal('tok=en;1');
    store.clear();
    expect(store.get()).to.equal(null);
    expect(document.cookie).not.to.contain('__latch_test_db_jwt=');
  });
});

describe('HttpFrontendApi with a development key', () => {
  it('creates a dev browser once and attaches it to every request about the browser', async () => {
    const store = memoryStore();
    const stub = createFetchStub(
      () => json({ object: 'dev_browser', id: 'db_1' }),
      () => json({ response: null, client: null }),
      () => json({ response: null, client: null }),
    );
    const api = new HttpFrontendApi({
      publishableKey: devKey,
      proxyUrl: '/__clerk',
      fetch: stub.fetch,
      devBrowserStore: store,
    });
    await Promise.all([api.getClient(), api.getClient()]);
    const [create, ...rest] = stub.calls;
    expect(create!.method).to.equal('POST');
    expect(create!.url.pathname).to.equal('/__clerk/v1/dev_browser');
    expect(create!.url.searchParams.has('__clerk_db_jwt')).to.equal(false);
    expect(rest.map((c) => c.url.searchParams.get('__clerk_db_jwt'))).to.deep.equal(['db_1', 'db_1']);
    expect(store.value).to.equal('db_1');
  });

  it('sends the environment request at once, without waiting for (or creating) a dev browser', async () => {
    const store = memoryStore();
    const stub = createFetchStub(
      () => json(environmentJSON()),
      () => json({ object: 'dev_browser', id: 'db_1' }),
      () => json({ response: null, client: null }),
    );
    const api = new HttpFrontendApi({ publishableKey: devKey, fetch: stub.fetch, devBrowserStore: store });
    await Promise.all([api.getEnvironment(), api.getClient()]);
    // The environment leaves first, with no token; the client waits for the new dev browser.
    expect(stub.calls.map((c) => [c.url.pathname, c.url.searchParams.get('__clerk_db_jwt')])).to.deep.equal([
      ['/v1/environment', null],
      ['/v1/dev_browser', null],
      ['/v1/client', 'db_1'],
    ]);
  });

  it('uses a token from the page URL instead of creating one', async () => {
    await withPageParams({ __clerk_db_jwt: 'portal_token' }, async () => {
      const store = memoryStore();
      const stub = createFetchStub(() => json({ response: null, client: null }));
      const api = new HttpFrontendApi({ publishableKey: devKey, fetch: stub.fetch, devBrowserStore: store });
      await api.getClient();
      expect(stub.calls[0]!.url.searchParams.get('__clerk_db_jwt')).to.equal('portal_token');
      expect(store.value).to.equal('portal_token');
      expect(new URL(location.href).searchParams.has('__clerk_db_jwt')).to.equal(false);
    });
  });

  it('honours a Clerk-Db-Jwt rotation header', async () => {
    const store = memoryStore('old');
    const stub = createFetchStub(
      () => json({ response: null, client: null }, { headers: { 'Clerk-Db-Jwt': 'rotated' } }),
      () => json({ response: null, client: null }),
    );
    const api = new HttpFrontendApi({ publishableKey: devKey, fetch: stub.fetch, devBrowserStore: store });
    await api.getClient();
    await api.getClient();
    expect(stub.calls.map((c) => c.url.searchParams.get('__clerk_db_jwt'))).to.deep.equal(['old', 'rotated']);
    expect(store.value).to.equal('rotated');
  });

  it('resets on dev_browser_unauthenticated and retries once with a new token', async () => {
    const store = memoryStore('stale');
    const unauthenticated = () =>
      json(
        { errors: [{ code: 'dev_browser_unauthenticated', message: 'Browser unauthenticated', meta: {} }] },
        { status: 401 },
      );
    const stub = createFetchStub(
      unauthenticated,
      () => json({ id: 'fresh' }),
      () => json({ response: null, client: null }),
    );
    const api = new HttpFrontendApi({ publishableKey: devKey, fetch: stub.fetch, devBrowserStore: store });
    expect(await api.getClient()).to.deep.equal({ response: null, client: null });
    expect(stub.calls.map((c) => [c.url.pathname, c.url.searchParams.get('__clerk_db_jwt')])).to.deep.equal([
      ['/v1/client', 'stale'],
      ['/v1/dev_browser', null],
      ['/v1/client', 'fresh'],
    ]);
    expect(store.value).to.equal('fresh');
  });

  it('gives up after one dev-browser reset', async () => {
    const unauthenticated = () =>
      json({ errors: [{ code: 'dev_browser_unauthenticated', message: 'no' }] }, { status: 401 });
    const stub = createFetchStub(unauthenticated, () => json({ id: 'fresh' }), unauthenticated);
    const api = new HttpFrontendApi({
      publishableKey: devKey,
      fetch: stub.fetch,
      devBrowserStore: memoryStore('stale'),
    });
    const error = await api.getClient().catch((e: unknown) => e);
    expect((error as { code: string }).code).to.equal('dev_browser_unauthenticated');
    expect(stub.pending()).to.equal(0);
  });

  it('does not use a dev browser for production keys', async () => {
    const stub = createFetchStub(() => json(environmentJSON()));
    const api = new HttpFrontendApi({
      publishableKey: buildPublishableKey('clerk.acme.com', 'production'),
      fetch: stub.fetch,
    });
    await api.getEnvironment();
    expect(stub.calls[0]!.url.searchParams.has('__clerk_db_jwt')).to.equal(false);
  });
});

describe('the early load’s reads of a stored token', () => {
  it('reads the cookie without blocking (Cookie Store API) and the localStorage copy', async () => {
    const name = `__test_early_${Math.random().toString(36).slice(2)}`;
    expect(await readDevBrowserCookie(name)).to.equal(null);
    expect(readDevBrowserStorage(name)).to.equal(null);
    const store = browserDevBrowserStore(name);
    store.set('dvb_a.b-c_d');
    expect(await readDevBrowserCookie(name)).to.equal('dvb_a.b-c_d');
    expect(readDevBrowserStorage(name)).to.equal('dvb_a.b-c_d');
    store.clear();
    expect(await readDevBrowserCookie(name)).to.equal(null);
  });
});
