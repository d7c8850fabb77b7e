import { expect } from '@open-wc/testing';
import type { ClientJSON } from '../../../src/api/schemas/index.js';
import { FOCUS_TOUCH_THROTTLE_MS, SessionRefresh, type SessionRefreshHost } from '../../../src/core/session-refresh.js';
import type { ResourceHost } from '../../../src/resources/host.js';
import { Session } from '../../../src/resources/session.js';
import { TOKEN_REFRESH_LEAD_MS, TokenCache } from '../../../src/resources/token-cache.js';
import { apiError, FakeFrontendApi, T0 } from './fake-api.js';
import { FakeClock, flush } from './fake-clock.js';

/** A minimal core: one mutable active session, listeners, and the touchSession switch. */
class TestCore implements SessionRefreshHost, ResourceHost {
  readonly api: FakeFrontendApi;
  readonly tokenCache: TokenCache;
  session: Session | null = null;
  touch = true;
  /** How many times the client was re-read. */
  reloads = 0;
  readonly #listeners = new Set<() => void>();

  constructor(api: FakeFrontendApi, clock: FakeClock) {
    this.api = api;
    this.tokenCache = new TokenCache(clock.now);
  }

  getSession = () => this.session;
  touchOnFocus = () => this.touch;
  addListener(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  applyClient(_client: ClientJSON | null): void {}
  handleUnauthenticated = async () => {};
  reloadClient = async () => {
    this.reloads++;
  };

  async activate(sessionId: string | null): Promise<void> {
    const json = sessionId ? (await this.api.touchSession(sessionId)).response : null;
    this.session = json ? new Session(this, json) : null;
    for (const listener of this.#listeners) listener();
  }
}

/** The page's `document`: its `visibilitychange` bubbles to the window SessionRefresh listens on. */
class FakeDocument extends EventTarget {
  hidden = false;
  readonly #window: EventTarget;

  constructor(window: EventTarget) {
    super();
    this.#window = window;
  }

  show(state: 'visible' | 'hidden'): void {
    this.hidden = state === 'hidden';
    // Bubbling to the window, with the document as the target, as in the browser.
    const event = new Event('visibilitychange', { bubbles: true });
    Object.defineProperty(event, 'target', { value: this });
    this.#window.dispatchEvent(event);
  }
}

/** Puts the session in organization `org_1` with `role`, as the client last read it. */
function inOrganization(session: Session, role: string): void {
  session.lastActiveOrganizationId = 'org_1';
  Object.defineProperty(session, 'activeMembership', { value: { role, permissions: [] }, configurable: true });
}

describe('SessionRefresh', () => {
  let clock: FakeClock;
  let api: FakeFrontendApi;
  let core: TestCore;
  let focus: EventTarget;
  let visibility: FakeDocument;
  let refresh: SessionRefresh;

  beforeEach(() => {
    clock = new FakeClock(T0);
    api = new FakeFrontendApi();
    api.now = clock.now;
    api.signInDirectly(2);
    core = new TestCore(api, clock);
    focus = new EventTarget();
    visibility = new FakeDocument(focus);
    refresh = new SessionRefresh(core, { clock, focusTarget: focus });
  });

  afterEach(() => refresh.stop());

  // A session's getToken and touch arrive as a module of their own on the first call (src/resources/lazy-methods.ts):
  // made once here, so the fake clock's turns measure the refresher, not the module's arrival.
  before(async () => {
    const firstApi = new FakeFrontendApi();
    firstApi.signInDirectly(1);
    const first = new TestCore(firstApi, new FakeClock(T0));
    await first.activate(firstApi.sessionIds[0]!);
    await first.session!.getToken();
  });

  it('mints a token for the active session and re-mints it 15 s before exp', async () => {
    await core.activate(api.sessionIds[0]!);
    refresh.start();
    await flush();
    expect(api.count('createSessionToken')).to.equal(1);
    expect(clock.pending).to.deep.equal([T0 + 60_000 - TOKEN_REFRESH_LEAD_MS]);

    await clock.advance(60_000 - TOKEN_REFRESH_LEAD_MS - 1);
    expect(api.count('createSessionToken'), 'not yet').to.equal(1);
    await clock.advance(1);
    expect(api.count('createSessionToken')).to.equal(2);
    // The new token was minted at T0+45 s and lives 60 s: next refresh at T0+90 s.
    expect(clock.pending).to.deep.equal([T0 + 90_000]);

    // Meanwhile getToken() is served from the cache.
    const token = await core.session!.getToken();
    expect(api.count('createSessionToken')).to.equal(2);
    expect(token).to.be.a('string');
  });

  it('moves the timer when the active session changes and clears it on sign-out', async () => {
    const [first, second] = api.sessionIds;
    await core.activate(first!);
    refresh.start();
    await flush();
    await clock.advance(10_000);
    await core.activate(second!);
    await flush();
    const minted = api.calls.filter((c) => c.method === 'createSessionToken').map((c) => c.args[0]);
    expect(minted).to.deep.equal([first, second]);
    expect(clock.pending).to.deep.equal([T0 + 10_000 + 45_000]);

    await core.activate(null);
    await flush();
    expect(clock.pending, 'no timer without a session').to.deep.equal([]);
    await clock.advance(120_000);
    expect(api.count('createSessionToken')).to.equal(2);
  });

  it('retries a failed refresh after a short delay', async () => {
    await core.activate(api.sessionIds[0]!);
    api.failNext('createSessionToken', new Error('offline'));
    refresh.start();
    await flush();
    expect(clock.pending).to.deep.equal([T0 + 5_000]);
    await clock.advance(5_000);
    expect(api.count('createSessionToken')).to.equal(2);
    expect(clock.pending).to.deep.equal([T0 + 5_000 + 45_000]);
  });

  it('touches the session on focus with intent focus, at most once per 5 s', async () => {
    await core.activate(api.sessionIds[0]!);
    refresh.start();
    await flush();
    const touchesBefore = api.count('touchSession');
    focus.dispatchEvent(new Event('focus'));
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore + 1);
    expect(api.calls.at(-1)?.args[1]).to.deep.equal({ activeOrganizationId: null, intent: 'focus' });

    await clock.advance(FOCUS_TOUCH_THROTTLE_MS - 1);
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession'), 'throttled').to.equal(touchesBefore + 1);

    await clock.advance(1);
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore + 2);
  });

  it('touches when the page becomes visible again, not when it is hidden', async () => {
    await core.activate(api.sessionIds[0]!);
    refresh.start();
    await flush();
    const touchesBefore = api.count('touchSession');
    visibility.show('hidden');
    await flush();
    expect(api.count('touchSession'), 'hidden').to.equal(touchesBefore);
    visibility.show('visible');
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore + 1);
    expect(api.calls.at(-1)?.args[1]).to.deep.equal({ activeOrganizationId: null, intent: 'focus' });
    // Focus right after the tab came back is the same return: throttled.
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore + 1);
  });

  it('re-reads the client when a re-minted token carries another organization role than the membership', async () => {
    api.tokenClaims = { o: { id: 'org_1', rol: 'member' } };
    await core.activate(api.sessionIds[0]!);
    inOrganization(core.session!, 'org:member');
    refresh.start();
    await flush();
    await clock.advance(60_000 - TOKEN_REFRESH_LEAD_MS);
    expect(api.count('createSessionToken')).to.equal(2);
    expect(core.reloads, 'token and membership agree').to.equal(0);

    // An admin elsewhere made them an admin: the next token says so, the client's membership does not yet.
    api.tokenClaims = { o: { id: 'org_1', rol: 'admin' } };
    await clock.advance(60_000 - TOKEN_REFRESH_LEAD_MS);
    expect(api.count('createSessionToken')).to.equal(3);
    expect(core.reloads).to.equal(1);
    expect(clock.pending, 'the refresh goes on').to.have.length(1);

    // The client re-read, both agree again: no further re-read.
    inOrganization(core.session!, 'org:admin');
    await clock.advance(60_000 - TOKEN_REFRESH_LEAD_MS);
    expect(core.reloads).to.equal(1);
  });

  it('re-reads the client when the token has no organization but the client still has one active', async () => {
    await core.activate(api.sessionIds[0]!);
    inOrganization(core.session!, 'org:member');
    refresh.start();
    await flush();
    expect(core.reloads, 'the first token already disagrees').to.equal(1);
    await clock.advance(60_000 - TOKEN_REFRESH_LEAD_MS);
    expect(core.reloads, 'so does the next while the client is not re-read').to.equal(2);
  });

  it('re-reads the client when a refresh or a focus touch fails', async () => {
    await core.activate(api.sessionIds[0]!);
    api.failNext('createSessionToken', apiError(404, 'resource_not_found'));
    refresh.start();
    await flush();
    expect(core.reloads).to.equal(1);
    api.failNext('touchSession', apiError(404, 'resource_not_found'));
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(core.reloads).to.equal(2);
  });

  it('does not touch on focus when touchSession is false, nor without a session', async () => {
    refresh.start();
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession'), 'no session').to.equal(0);

    await core.activate(api.sessionIds[0]!);
    const touchesBefore = api.count('touchSession');
    core.touch = false;
    focus.dispatchEvent(new Event('focus'));
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore);
  });

  it('stop() removes the focus listener and the timer', async () => {
    await core.activate(api.sessionIds[0]!);
    refresh.start();
    await flush();
    refresh.stop();
    expect(clock.pending).to.deep.equal([]);
    const touchesBefore = api.count('touchSession');
    focus.dispatchEvent(new Event('focus'));
    visibility.show('visible');
    await flush();
    expect(api.count('touchSession')).to.equal(touchesBefore);
  });
});
