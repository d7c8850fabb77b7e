import { expect } from '@open-wc/testing';
import { sessionSchema } from '../../../src/api/schemas/index.js';
import { Session } from '../../../src/resources/session.js';
import { decodeJwtClaims, jwtExpiresAt, TokenCache } from '../../../src/resources/token-cache.js';
import { apiError, makeJwt, T0 } from '../core/fake-api.js';
import { TestHost } from './test-host.js';

async function activeSession(host: TestHost): Promise<Session> {
  host.api.signInDirectly();
  const { response } = await host.api.touchSession(host.api.sessionIds[0]!);
  return new Session(host, response);
}

describe('JWT helpers', () => {
  it('decode the payload and exp without verifying', () => {
    const jwt = makeJwt({ sid: 'sess_1', exp: 1_800_000_000, name: 'Zoë' });
    expect(decodeJwtClaims(jwt)).to.include({ sid: 'sess_1', exp: 1_800_000_000, name: 'Zoë' });
    expect(jwtExpiresAt(jwt)).to.equal(1_800_000_000_000);
    expect(decodeJwtClaims('not-a-jwt')).to.equal(null);
    expect(decodeJwtClaims('a.%%%.c')).to.equal(null);
    expect(jwtExpiresAt(makeJwt({ sid: 'x' }))).to.equal(null);
  });
});

describe('TokenCache', () => {
  it('serves a token until 15 s before exp', async () => {
    let now = T0;
    const cache = new TokenCache(() => now);
    const key = { sessionId: 'sess_1' };
    const jwt = makeJwt({ exp: (T0 + 60_000) / 1000 });
    cache.set(key, Promise.resolve(jwt));
    await Promise.resolve();
    expect(await cache.get(key)).to.equal(jwt);
    expect(cache.expiresAt(key)).to.equal(T0 + 60_000);
    now = T0 + 44_999;
    expect(cache.get(key)).to.exist;
    now = T0 + 45_000;
    expect(cache.get(key)).to.equal(undefined);
  });

  it('keys by session, organization and template; clear() drops one session or all', async () => {
    const cache = new TokenCache(() => T0);
    const exp = (T0 + 60_000) / 1000;
    cache.set({ sessionId: 's1' }, Promise.resolve(makeJwt({ exp, k: 1 })));
    cache.set({ sessionId: 's1', organizationId: 'org_1' }, Promise.resolve(makeJwt({ exp, k: 2 })));
    cache.set({ sessionId: 's1', template: 'hasura' }, Promise.resolve(makeJwt({ exp, k: 3 })));
    cache.set({ sessionId: 's2' }, Promise.resolve(makeJwt({ exp, k: 4 })));
    await Promise.resolve();
    const claim = async (key: Parameters<TokenCache['get']>[0]) => decodeJwtClaims((await cache.get(key))!)?.k;
    expect(await claim({ sessionId: 's1' })).to.equal(1);
    expect(await claim({ sessionId: 's1', organizationId: 'org_1' })).to.equal(2);
    expect(await claim({ sessionId: 's1', template: 'hasura' })).to.equal(3);
    cache.clear('s1');
    expect(cache.get({ sessionId: 's1' })).to.equal(undefined);
    expect(cache.get({ sessionId: 's2' })).to.exist;
    cache.clear();
    expect(cache.get({ sessionId: 's2' })).to.equal(undefined);
  });

  it('forgets a failed request and ignores already-stale seeds', async () => {
    const cache = new TokenCache(() => T0);
    const failing = Promise.reject(new Error('offline'));
    cache.set({ sessionId: 's1' }, failing);
    await failing.catch(() => {});
    await Promise.resolve();
    expect(cache.get({ sessionId: 's1' })).to.equal(undefined);
    cache.seed({ sessionId: 's1' }, makeJwt({ exp: (T0 + 10_000) / 1000 }));
    expect(cache.get({ sessionId: 's1' }), 'less than 15 s left').to.equal(undefined);
  });
});

describe('Session', () => {
  it('getToken caches, shares concurrent requests, and skipCache re-mints', async () => {
    const host = new TestHost();
    const session = await activeSession(host);
    const [a, b] = await Promise.all([session.getToken(), session.getToken()]);
    expect(a).to.equal(b);
    expect(host.api.count('createSessionToken')).to.equal(1);
    expect(await session.getToken()).to.equal(a);
    expect(host.api.count('createSessionToken')).to.equal(1);
    const fresh = await session.getToken({ skipCache: true });
    expect(fresh).to.not.equal(a);
    expect(host.api.count('createSessionToken')).to.equal(2);
    expect(await session.getToken(), 'the re-minted token replaced the cached one').to.equal(fresh);
  });

  it('getToken refreshes once the cached token is within 15 s of exp', async () => {
    const host = new TestHost();
    const session = await activeSession(host);
    const first = await session.getToken();
    host.time = T0 + 44_000;
    expect(await session.getToken()).to.equal(first);
    host.time = T0 + 45_000;
    const second = await session.getToken();
    expect(second).to.not.equal(first);
    expect(host.api.count('createSessionToken')).to.equal(2);
  });

  it('getToken sends the organization, or the template alone; the cache is shared between Session objects', async () => {
    const host = new TestHost();
    const session = await activeSession(host);
    await session.getToken();
    await session.getToken({ template: 'supabase' });
    await session.getToken({ organizationId: 'org_9' });
    const params = host.api.calls.filter((c) => c.method === 'createSessionToken').map((c) => c.args[1]);
    expect(params).to.deep.equal([{ organizationId: null }, { template: 'supabase' }, { organizationId: 'org_9' }]);
    const twin = new Session(host, (await host.api.touchSession(session.id)).response);
    await twin.getToken();
    expect(host.api.count('createSessionToken')).to.equal(3);
  });

  it('getToken seeds from last_active_token and resolves null for an inactive session', async () => {
    const host = new TestHost();
    const jwt = makeJwt({ sid: 'sess_9', exp: (T0 + 60_000) / 1000 });
    const session = new Session(
      host,
      sessionSchema.parse({
        id: 'sess_9',
        status: 'active',
        last_active_token: { jwt },
        created_at: T0,
        updated_at: T0,
      }),
    );
    expect(await session.getToken()).to.equal(jwt);
    expect(host.api.count('createSessionToken')).to.equal(0);
    const ended = new Session(
      host,
      sessionSchema.parse({ id: 'sess_8', status: 'ended', created_at: T0, updated_at: T0 }),
    );
    expect(await ended.getToken()).to.equal(null);
  });

  it('getToken reports a 401 to the core and rethrows', async () => {
    const host = new TestHost();
    const session = await activeSession(host);
    host.api.failNext('createSessionToken', apiError(401, 'authentication_invalid'));
    let caught: unknown;
    await session.getToken().catch((e: unknown) => (caught = e));
    expect((caught as { status: number }).status).to.equal(401);
    expect(host.unauthenticatedCalls).to.equal(1);
    expect(await session.getToken(), 'the failure was not cached').to.be.a('string');
  });

  it('touch, end and remove call FAPI, apply the piggybacked client and update the object', async () => {
    const host = new TestHost();
    const session = await activeSession(host);
    await session.getToken();
    expect(await session.touch({ intent: 'focus' })).to.equal(session);
    expect(host.api.calls.at(-1)?.args).to.deep.equal([session.id, { activeOrganizationId: null, intent: 'focus' }]);
    expect(host.appliedClients).to.have.length(1);
    await session.end();
    expect(session.status).to.equal('ended');
    expect(host.tokenCache.get({ sessionId: session.id }), 'tokens dropped').to.equal(undefined);
    expect(host.appliedClients).to.have.length(2);
    expect(host.appliedClients[1]?.sessions).to.deep.equal([]);
    const other = new Session(
      host,
      sessionSchema.parse({ id: session.id, status: 'active', created_at: T0, updated_at: T0 }),
    );
    await other.remove();
    expect(other.status).to.equal('removed');
  });
});
