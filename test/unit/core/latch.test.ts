import { expect } from '@open-wc/testing';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { earlyNewBrowser } from '../../../src/api/http/early-requests.js';
import Latch, { getDefaultLatch, type LatchResources, setDefaultLatch } from '../../../src/core/index.js';
import { apiError, FakeFrontendApi } from './fake-api.js';

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function silenceWarnings(): { warnings: string[]; restore(): void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('Latch', () => {
  let api: FakeFrontendApi;
  let latch: Latch;

  beforeEach(() => {
    setDefaultLatch(null);
    api = new FakeFrontendApi();
    latch = new Latch(undefined, { api });
  });

  afterEach(async () => {
    // Ends the background token refresh of whatever session the test left active.
    if (latch.loaded && latch.session) await latch.signOut().catch(() => {});
    setDefaultLatch(null);
  });

  describe('load', () => {
    /**
     * The script tag tells the core when it found no dev-browser token anywhere (src/loader/early-load.ts): such a
     * browser has no client yet, so the first load is ready with the environment alone and the client confirms later.
     */
    describe('in a new browser', () => {
      afterEach(() => {
        earlyNewBrowser.isNew = undefined;
      });

      it('is ready as soon as the environment is in, signed out, while the client is still asked for', async () => {
        earlyNewBrowser.isNew = Promise.resolve(true);
        const clientGate = api.hold('getClient');
        await latch.load();
        expect(latch.status).to.equal('ready');
        expect(latch.client?.id).to.equal(null);
        expect(latch.session).to.equal(null);
        // The background request adopts the dev browser the script tag created.
        expect(api.count('getClient')).to.equal(1);
        clientGate.release();
        await settle();
        expect(latch.session).to.equal(null);
      });

      it('takes a client the server knows after all, when the user has not started anything meanwhile', async () => {
        earlyNewBrowser.isNew = Promise.resolve(true);
        api.signInDirectly();
        const clientGate = api.hold('getClient');
        await latch.load();
        expect(latch.session).to.equal(null);
        clientGate.release();
        await settle();
        expect(latch.session?.id).to.be.a('string');
      });

      it('keeps a sign-in started before the confirmation arrives', async () => {
        earlyNewBrowser.isNew = Promise.resolve(true);
        const clientGate = api.hold('getClient');
        await latch.load();
        const signIn = await latch.client!.signIn.create({ identifier: 'ada@example.com' });
        expect(signIn.status).to.equal('needs_first_factor');
        clientGate.release();
        await settle();
        expect(latch.client?.signIn.status).to.equal('needs_first_factor');
      });

      it('waits for the client when the browser is known (a returning visitor may be signed in)', async () => {
        earlyNewBrowser.isNew = Promise.resolve(false);
        api.signInDirectly();
        const clientGate = api.hold('getClient');
        const loading = latch.load();
        await settle();
        expect(latch.loaded).to.equal(false);
        clientGate.release();
        await loading;
        expect(latch.session?.id).to.be.a('string');
      });

      it('waits for the client when nothing was said (an ES build, a production key)', async () => {
        api.signInDirectly();
        await latch.load();
        expect(latch.session?.id).to.be.a('string');
      });
    });

    it('starts environment and client requests together, before either answers', async () => {
      const environmentGate = api.hold('getEnvironment');
      const clientGate = api.hold('getClient');
      const loading = latch.load();
      await settle();
      expect(api.calls.map((c) => c.method)).to.have.members(['getEnvironment', 'getClient']);
      expect(latch.status).to.equal('loading');
      expect(latch.loaded).to.equal(false);
      clientGate.release();
      await settle();
      expect(latch.loaded, 'still waiting for the environment').to.equal(false);
      environmentGate.release();
      await loading;
      expect(latch.status).to.equal('ready');
      expect(latch.loaded).to.equal(true);
      expect(latch.environment?.displayConfig.applicationName).to.equal('Acme');
    });

    it('is idempotent: one round trip, same promise, options merged', async () => {
      const first = latch.load({ signInUrl: '/login' });
      const second = latch.load({ afterSignOutUrl: '/bye' });
      expect(second).to.equal(first);
      await first;
      await latch.load();
      expect(api.count('getEnvironment')).to.equal(1);
      expect(api.count('getClient')).to.equal(1);
      expect(latch.options.signInUrl).to.equal('/login');
      expect(latch.options.afterSignOutUrl).to.equal('/bye');
    });

    it('gives a signed-out state when the server has no client', async () => {
      await latch.load();
      expect(latch.client).to.exist;
      expect(latch.client?.id).to.equal(null);
      expect(latch.client?.signIn.status).to.equal(null);
      expect(latch.client?.signUp.status).to.equal(null);
      expect(latch.session).to.equal(null);
      expect(latch.user).to.equal(null);
      expect(latch.organization).to.equal(null);
    });

    it('is undefined-until-loaded for client, session and user', () => {
      expect(latch.client).to.equal(undefined);
      expect(latch.session).to.equal(undefined);
      expect(latch.user).to.equal(undefined);
      expect(latch.environment).to.equal(undefined);
    });

    it('picks the last active session of a signed-in client', async () => {
      api.signInDirectly(2);
      await latch.load();
      expect(latch.client?.activeSessions).to.have.length(2);
      expect(latch.session?.id).to.equal(api.sessionIds[1]);
      expect(latch.user?.firstName).to.equal('Ada');
      expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('ada@example.com');
    });

    it('honours selectInitialSession', async () => {
      api.signInDirectly(2);
      await latch.load({ selectInitialSession: (client) => client.sessions[0] ?? null });
      expect(latch.session?.id).to.equal(api.sessionIds[0]);
    });

    it('degrades (resolves, signed out, error kept) when only the client fails', async () => {
      const failure = new LatchRuntimeError('network_error', 'offline');
      api.failNext('getClient', failure);
      await latch.load();
      expect(latch.status).to.equal('degraded');
      expect(latch.loaded).to.equal(true);
      expect(latch.loadError).to.equal(failure);
      expect(latch.session).to.equal(null);
    });

    it('rejects, keeps the error and notifies listeners when the environment fails; load() retries', async () => {
      const failure = apiError(500, 'internal_error');
      api.failNext('getEnvironment', failure);
      let notified = 0;
      latch.addListener(() => notified++);
      let caught: unknown;
      await latch.load().catch((error: unknown) => {
        caught = error;
      });
      expect(caught).to.equal(failure);
      expect(latch.status).to.equal('error');
      expect(latch.loaded).to.equal(false);
      expect(latch.loadError).to.equal(failure);
      expect(notified).to.equal(1);
      await latch.load();
      expect(latch.status).to.equal('ready');
      expect(latch.loadError).to.equal(null);
    });

    it('rejects with invalid_publishable_key when there is neither a key nor an api', async () => {
      const bare = new Latch();
      let caught: unknown;
      await bare.load().catch((error: unknown) => {
        caught = error;
      });
      expect(caught).to.be.instanceOf(LatchRuntimeError);
      expect((caught as LatchRuntimeError).code).to.equal('invalid_publishable_key');
      expect(bare.status).to.equal('error');
    });

    it('registers itself as the default instance if there is none', async () => {
      expect(getDefaultLatch()).to.equal(undefined);
      await latch.load();
      expect(getDefaultLatch()).to.equal(latch);
      const other = new Latch(undefined, { api: new FakeFrontendApi() });
      await other.load();
      expect(getDefaultLatch()).to.equal(latch);
    });

    it('derives instanceType from the key, else from the environment', async () => {
      expect(new Latch('pk_live_abc').instanceType).to.equal('production');
      expect(new Latch('pk_test_abc').instanceType).to.equal('development');
      expect(latch.instanceType).to.equal(undefined);
      await latch.load();
      expect(latch.instanceType).to.equal('development');
      expect(latch.version).to.match(/^\d+\.\d+\.\d+/);
    });
  });

  describe('listeners', () => {
    it('emit the resources after every state change; unsubscribe stops them', async () => {
      const seen: LatchResources[] = [];
      const unsubscribe = latch.addListener((resources) => seen.push(resources));
      expect(seen, 'no initial emit before load').to.have.length(0);
      await latch.load();
      expect(seen).to.have.length(1);
      expect(seen[0]?.client).to.equal(latch.client);
      expect(seen[0]?.session).to.equal(null);

      await latch.client?.signIn.create({ identifier: 'ada@example.com', password: 'correct-horse' });
      expect(seen.length).to.be.greaterThan(1);
      const last = seen.at(-1);
      expect(last?.session?.id).to.equal(latch.session?.id);
      expect(last?.user?.firstName).to.equal('Ada');

      unsubscribe();
      const count = seen.length;
      latch.update({ appearance: { variables: { colorPrimary: 'red' } } });
      expect(seen).to.have.length(count);
    });

    it('emit right away for late subscribers unless skipInitialEmit', async () => {
      await latch.load();
      let immediate = 0;
      let skipped = 0;
      latch.addListener(() => immediate++);
      latch.addListener(() => skipped++, { skipInitialEmit: true });
      expect(immediate).to.equal(1);
      expect(skipped).to.equal(0);
    });

    it('survive a listener that throws', async () => {
      await latch.load();
      const original = console.error;
      console.error = () => {};
      let called = false;
      try {
        latch.addListener(
          () => {
            throw new Error('boom');
          },
          { skipInitialEmit: true },
        );
        latch.addListener(() => (called = true), { skipInitialEmit: true });
        latch.update({ localization: { locale: 'fr-FR' } });
      } finally {
        console.error = original;
      }
      expect(called).to.equal(true);
    });
  });

  describe('update', () => {
    it('replaces appearance and localization live and notifies', async () => {
      await latch.load({ appearance: { variables: { colorPrimary: 'blue' } }, signInUrl: '/login' });
      let notified = 0;
      latch.addListener(() => notified++, { skipInitialEmit: true });
      const appearance = { variables: { colorPrimary: 'green' } };
      latch.update({ appearance });
      expect(latch.options.appearance).to.equal(appearance);
      expect(latch.options.signInUrl).to.equal('/login');
      latch.update({ localization: { locale: 'fr-FR' } });
      expect(latch.options.localization?.locale).to.equal('fr-FR');
      expect(latch.options.appearance, 'untouched key kept').to.equal(appearance);
      expect(notified).to.equal(2);
    });
  });

  describe('resources drive the state', () => {
    it('signIn.create with a password signs in: latch.session and latch.user follow', async () => {
      await latch.load();
      const signIn = latch.client?.signIn;
      const result = await signIn?.create({ identifier: 'ada@example.com', password: 'correct-horse' });
      expect(result).to.equal(signIn);
      expect(result?.status).to.equal('complete');
      expect(result?.createdSessionId).to.be.a('string');
      expect(latch.session?.id).to.equal(result?.createdSessionId);
      expect(latch.user?.id).to.equal('user_1');
      expect(latch.client?.signIn.status, 'the client has no sign-in in progress any more').to.equal(null);
    });

    it('the multi-step sign-in (identifier, then email code) ends signed in', async () => {
      await latch.load();
      const signIn = latch.client!.signIn;
      await signIn.create({ identifier: 'ada@example.com' });
      expect(signIn.status).to.equal('needs_first_factor');
      expect(latch.client?.signIn.id, 'piggybacked client carries the attempt').to.equal(signIn.id);
      const emailFactor = signIn.supportedFirstFactors.find((f) => f.strategy === 'email_code');
      await signIn.prepareFirstFactor({ strategy: 'email_code', emailAddressId: emailFactor?.emailAddressId ?? '' });
      expect(signIn.firstFactorVerification?.status).to.equal('unverified');
      await signIn.attemptFirstFactor({ strategy: 'email_code', code: '424242' });
      expect(signIn.status).to.equal('complete');
      expect(latch.session?.id).to.equal(signIn.createdSessionId);
    });

    it('a failed attempt surfaces the API error and leaves the state signed out', async () => {
      await latch.load();
      let caught: unknown;
      await latch.client?.signIn.create({ identifier: 'ada@example.com', password: 'nope' }).catch((e: unknown) => {
        caught = e;
      });
      expect((caught as { code?: string }).code).to.equal('form_password_incorrect');
      expect((caught as { paramName?: string }).paramName).to.equal('password');
      expect(latch.session).to.equal(null);
    });

    it('a 401 from a resource call re-fetches the client', async () => {
      api.signInDirectly();
      await latch.load();
      api.failNext('getMe', apiError(401, 'authentication_invalid'));
      const before = api.count('getClient');
      let caught: unknown;
      await latch.user?.reload().catch((e: unknown) => {
        caught = e;
      });
      expect((caught as { status?: number }).status).to.equal(401);
      expect(api.count('getClient')).to.equal(before + 1);
    });
  });

  describe('setActive', () => {
    it('touches the chosen session with intent select_session, switches, then navigates', async () => {
      api.signInDirectly(2);
      const pushed: string[] = [];
      await latch.load({ routerPush: (to) => pushed.push(to) });
      const [first, second] = api.sessionIds;
      expect(latch.session?.id).to.equal(second);
      let sessionAtNavigation: string | undefined;
      latch.addListener(() => (sessionAtNavigation = latch.session?.id), { skipInitialEmit: true });
      await latch.setActive({ session: first!, redirectUrl: '/dashboard?tab=1' });
      const touch = api.calls.find((c) => c.method === 'touchSession');
      expect(touch?.args).to.deep.equal([first, { activeOrganizationId: null, intent: 'select_session' }]);
      expect(latch.session?.id).to.equal(first);
      expect(sessionAtNavigation).to.equal(first);
      expect(pushed).to.deep.equal(['/dashboard?tab=1']);
    });

    it('accepts a Session object and a navigate callback', async () => {
      api.signInDirectly(2);
      await latch.load();
      const target = latch.client!.sessions[0]!;
      let navigatedWith: string | null | undefined;
      await latch.setActive({ session: target, navigate: ({ session }) => (navigatedWith = session?.id) });
      expect(latch.session?.id).to.equal(target.id);
      expect(navigatedWith).to.equal(target.id);
    });

    it('still switches when the touch does not piggyback the client', async () => {
      api.signInDirectly(2);
      await latch.load();
      api.piggyback = false;
      const first = api.sessionIds[0];
      await latch.setActive({ session: first! });
      expect(latch.session?.id).to.equal(first);
    });

    it('null leaves no active session, and it is not re-adopted by the next client update', async () => {
      api.signInDirectly();
      await latch.load();
      await latch.setActive({ session: null });
      expect(latch.session).to.equal(null);
      expect(latch.user).to.equal(null);
      await latch.handleUnauthenticated();
      expect(latch.session).to.equal(null);
      await latch.setActive({ session: api.sessionIds[0]! });
      expect(latch.session?.id).to.equal(api.sessionIds[0]);
    });

    it('rejects an unknown session and calls before load', async () => {
      let caught: unknown;
      await latch.setActive({ session: 'sess_x' }).catch((e: unknown) => (caught = e));
      expect((caught as LatchRuntimeError).code).to.equal('not_loaded');
      await latch.load();
      await latch.setActive({ session: 'sess_x' }).catch((e: unknown) => (caught = e));
      expect((caught as LatchRuntimeError).code).to.equal('session_not_found');
    });
  });

  describe('signOut', () => {
    it('without a session id ends every session (DELETE /client/sessions) and goes to afterSignOutUrl', async () => {
      api.signInDirectly(2);
      const pushed: string[] = [];
      await latch.load({ afterSignOutUrl: '/goodbye', routerPush: (to) => pushed.push(to) });
      await latch.signOut();
      expect(api.count('endAllSessions')).to.equal(1);
      expect(api.count('removeSession')).to.equal(0);
      expect(latch.session).to.equal(null);
      expect(latch.user).to.equal(null);
      expect(latch.client?.sessions).to.have.length(0);
      expect(pushed).to.deep.equal(['/goodbye']);
    });

    it('with a session id removes only that one; the other account stays signed in', async () => {
      api.signInDirectly(2);
      const pushed: string[] = [];
      await latch.load({ routerPush: (to) => pushed.push(to), afterMultiSessionSingleSignOutUrl: '/choose' });
      const [first, second] = api.sessionIds;
      await latch.signOut({ sessionId: second! });
      expect(api.calls.filter((c) => c.method === 'removeSession').map((c) => c.args[0])).to.deep.equal([second]);
      expect(api.count('endAllSessions')).to.equal(0);
      expect(latch.client?.sessions.map((s) => s.id)).to.deep.equal([first]);
      expect(latch.session?.id, 'falls back to the remaining session').to.equal(first);
      expect(pushed).to.deep.equal(['/choose']);
    });

    it('redirectUrl wins; with nothing configured it stays; a callback replaces navigation', async () => {
      api.signInDirectly(3);
      const pushed: string[] = [];
      await latch.load({ routerPush: (to) => pushed.push(to), afterSignOutUrl: '/bye' });
      await latch.signOut({ sessionId: api.sessionIds[0]!, redirectUrl: '/elsewhere' });
      expect(pushed).to.deep.equal(['/elsewhere']);
      let called = false;
      await latch.signOut(() => {
        called = true;
      });
      expect(called).to.equal(true);
      expect(pushed, 'callback replaced the navigation').to.have.length(1);
      const quiet = new Latch(undefined, { api: new FakeFrontendApi() });
      await quiet.load({ routerPush: (to) => pushed.push(to) });
      await quiet.signOut();
      expect(pushed, 'no afterSignOutUrl: stay').to.have.length(1);
    });
  });

  describe('navigate', () => {
    it('routes same-origin URLs through routerPush / routerReplace as path + query + hash', async () => {
      const pushed: string[] = [];
      const replaced: string[] = [];
      await latch.load({ routerPush: (to) => pushed.push(to), routerReplace: (to) => replaced.push(to) });
      await latch.navigate('/a?b=1#c');
      await latch.navigate(`${location.origin}/full`, { replace: true });
      expect(pushed).to.deep.equal(['/a?b=1#c']);
      expect(replaced).to.deep.equal(['/full']);
    });

    it('refuses unsafe and foreign URLs with a warning', async () => {
      const pushed: string[] = [];
      await latch.load({ routerPush: (to) => pushed.push(to) });
      const console = silenceWarnings();
      try {
        await latch.navigate('javascript:alert(1)');
        await latch.navigate('//evil.com');
        await latch.navigate('https://evil.com/');
      } finally {
        console.restore();
      }
      expect(pushed).to.have.length(0);
      expect(console.warnings).to.have.length(3);
    });

    it('without a router, follows a same-document URL through location', async () => {
      await latch.load();
      await latch.navigate('#latch-navigate-test');
      expect(location.hash).to.equal('#latch-navigate-test');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('URL builders', () => {
    it('build sign-in / sign-up URLs from the options (else the environment) with redirect_url', async () => {
      await latch.load({ signInUrl: '/login' });
      const signIn = latch.buildSignInUrl();
      expect(signIn.startsWith('/login?redirect_url=')).to.equal(true);
      expect(new URL(signIn, location.href).searchParams.get('redirect_url')).to.equal(location.href);
      expect(latch.buildSignInUrl({ redirectUrl: '/after', signInForceRedirectUrl: '/forced' })).to.equal(
        '/login?redirect_url=%2Fafter&sign_in_force_redirect_url=%2Fforced',
      );
      const signUp = new URL(latch.buildSignUpUrl({ redirectUrl: '/x' }));
      expect(signUp.origin + signUp.pathname).to.equal('https://accounts.acme.test/sign-up');
      expect(signUp.searchParams.get('redirect_url')).to.equal('/x');
    });

    it('build after-auth URLs with the redirect precedence and after-sign-out', async () => {
      await latch.load({ signInFallbackRedirectUrl: '/home', signUpForceRedirectUrl: '/welcome' });
      expect(latch.buildAfterSignInUrl()).to.equal('/home');
      expect(latch.buildAfterSignInUrl({ forceRedirectUrl: '/prop' })).to.equal('/prop');
      expect(latch.buildAfterSignUpUrl({ fallbackRedirectUrl: '/ignored' })).to.equal('/welcome');
      expect(latch.buildAfterSignOutUrl()).to.equal('/');
      await latch.load({ afterSignOutUrl: '/bye' });
      expect(latch.buildAfterSignOutUrl()).to.equal('/bye');
    });
  });
});
