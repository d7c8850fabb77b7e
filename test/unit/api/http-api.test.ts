import { expect } from '@open-wc/testing';
import { LatchApiError, LatchRuntimeError } from '../../../src/api/errors.js';
import { FAPI_VERSION, HttpFrontendApi, resolveBaseUrl } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import { createFetchStub, type Handler, hang, json, networkFailure } from './fetch-stub.js';
import { clientJSON, environmentJSON, sessionJSON, signInJSON, userJSON } from './samples.js';

const liveKey = buildPublishableKey('clerk.example.com', 'production');

function api(handlers: Handler[], options: Partial<ConstructorParameters<typeof HttpFrontendApi>[0]> = {}) {
  const stub = createFetchStub(...handlers);
  const adapter = new HttpFrontendApi({ publishableKey: liveKey, fetch: stub.fetch, jsVersion: '9.9.9', ...options });
  return { adapter, calls: stub.calls, pending: stub.pending };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('HttpFrontendApi: URLs and wire format', () => {
  it('resolves the base URL from the key, an absolute proxy, or a relative proxy', () => {
    expect(resolveBaseUrl('clerk.example.com')).to.equal('https://clerk.example.com/v1');
    expect(resolveBaseUrl('x.dev', 'https://app.example.com/__clerk/')).to.equal('https://app.example.com/__clerk/v1');
    expect(resolveBaseUrl('x.dev', 'https://proxy.example.com')).to.equal('https://proxy.example.com/v1');
    expect(resolveBaseUrl('x.dev', '/__clerk')).to.equal(`${location.origin}/__clerk/v1`);
    expect(() => resolveBaseUrl('x.dev', 'ftp://nope.example.com')).to.throw(LatchRuntimeError);
  });

  it('adds the version params, includes credentials, and sends GET as GET', async () => {
    const { adapter, calls } = api([() => json(environmentJSON())]);
    await adapter.getEnvironment();
    const [call] = calls;
    expect(call!.method).to.equal('GET');
    expect(call!.url.origin + call!.url.pathname).to.equal('https://clerk.example.com/v1/environment');
    expect(call!.url.searchParams.get('__clerk_api_version')).to.equal(FAPI_VERSION);
    expect(call!.url.searchParams.get('_clerk_js_version')).to.equal('9.9.9');
    expect(call!.url.searchParams.has('_method')).to.equal(false);
    expect(call!.credentials).to.equal('include');
    expect(call!.body).to.equal(null);
  });

  it('sends PATCH/PUT/DELETE as POST with _method', async () => {
    const { adapter, calls } = api([
      () => json({ response: clientJSON(), client: clientJSON() }),
      () => json({ response: null, client: null }),
      () => json({ response: signInJSON(), client: clientJSON() }),
    ]);
    await adapter.createClient();
    await adapter.endAllSessions();
    await adapter.updateSignUp('sua_1', { firstName: 'Ada' }).catch(() => undefined);
    expect(calls.map((c) => [c.method, c.url.pathname, c.url.searchParams.get('_method')])).to.deep.equal([
      ['POST', '/v1/client', 'PUT'],
      ['POST', '/v1/client/sessions', 'DELETE'],
      ['POST', '/v1/client/sign_ups/sua_1', 'PATCH'],
    ]);
    expect(calls[2]!.body?.get('first_name')).to.equal('Ada');
  });

  it('adds _clerk_session_id only outside /client paths', async () => {
    const { adapter, calls } = api(
      [
        () => json({ response: userJSON(), client: clientJSON() }),
        () => json({ response: clientJSON(), client: null }),
        () => json(environmentJSON()),
      ],
      { getSessionId: () => 'sess_9' },
    );
    await adapter.getMe();
    await adapter.getClient();
    await adapter.getEnvironment();
    expect(calls.map((c) => c.url.searchParams.get('_clerk_session_id'))).to.deep.equal(['sess_9', null, 'sess_9']);
  });

  it('uses the proxy URL for every request', async () => {
    const { adapter, calls } = api([() => json({ response: null, client: null })], { proxyUrl: '/__clerk' });
    await adapter.getClient();
    expect(calls[0]!.url.href.startsWith(`${location.origin}/__clerk/v1/client?`)).to.equal(true);
  });

  it('encodes bodies as snake_case form data', async () => {
    const { adapter, calls } = api([() => json({ response: signInJSON(), client: clientJSON() })]);
    await adapter.createSignIn({ identifier: 'a@b.co', password: 'secret', actionCompleteRedirectUrl: undefined });
    expect(calls[0]!.body?.toString()).to.equal('identifier=a%40b.co&password=secret');
  });

  it('mints tokens with the template path and organization_id ("" for null)', async () => {
    const { adapter, calls } = api([
      () => json({ object: 'token', jwt: 'a.b.c' }),
      () => json({ object: 'token', jwt: 'd.e.f' }),
    ]);
    expect(await adapter.createSessionToken('sess_1', { organizationId: null })).to.deep.equal({ jwt: 'a.b.c' });
    expect(await adapter.createSessionToken('sess_1', { template: 'supa base' })).to.deep.equal({ jwt: 'd.e.f' });
    expect(calls[0]!.url.pathname).to.equal('/v1/client/sessions/sess_1/tokens');
    expect(calls[0]!.body?.toString()).to.equal('organization_id=');
    expect(calls[1]!.url.pathname).to.equal('/v1/client/sessions/sess_1/tokens/supa%20base');
    expect(calls[1]!.body?.toString()).to.equal('');
  });
});

describe('HttpFrontendApi: responses', () => {
  it('returns the envelope response and the piggybacked client', async () => {
    const { adapter } = api([() => json({ response: signInJSON(), client: clientJSON() })]);
    const result = await adapter.createSignIn({ identifier: 'a@b.co' });
    expect(result.response.id).to.equal('sia_1');
    expect(result.response.status).to.equal('needs_first_factor');
    expect(result.client?.id).to.equal('client_1');
  });

  it('reads the client from meta.client, and leaves it undefined when absent', async () => {
    const { adapter } = api([
      () => json({ response: sessionJSON(), meta: { client: clientJSON() } }),
      () => json({ response: sessionJSON() }),
    ]);
    expect((await adapter.touchSession('sess_1', { intent: 'focus' })).client?.id).to.equal('client_1');
    const bare = await adapter.endSession('sess_1');
    expect(bare.response.id).to.equal('sess_1');
    expect('client' in bare).to.equal(false);
  });

  it('returns a null client from GET /client when the browser has none', async () => {
    const { adapter } = api([() => json({ response: null, client: null })]);
    expect(await adapter.getClient()).to.deep.equal({ response: null, client: null });
  });

  it('tolerates unknown statuses and extra fields', async () => {
    const { adapter } = api([
      () => json({ response: { ...signInJSON(), status: 'needs_quantum_proof', shiny_new_field: 1 }, client: null }),
    ]);
    const { response } = await adapter.getSignIn('sia_1');
    expect(response.status).to.equal('needs_quantum_proof');
    expect((response as Record<string, unknown>).shiny_new_field).to.equal(1);
  });

  it('maps the error envelope to LatchApiError', async () => {
    const { adapter } = api([
      () =>
        json(
          {
            errors: [
              {
                code: 'form_password_incorrect',
                message: 'is incorrect',
                long_message: 'Password is incorrect. Try again, or use another method.',
                meta: { param_name: 'password' },
              },
            ],
            clerk_trace_id: 'trace_1',
          },
          { status: 422 },
        ),
    ]);
    const error = (await rejection(
      adapter.attemptSignInFirstFactor('sia_1', { strategy: 'password' }),
    )) as LatchApiError;
    expect(error).to.be.instanceOf(LatchApiError);
    expect(error.status).to.equal(422);
    expect(error.code).to.equal('form_password_incorrect');
    expect(error.paramName).to.equal('password');
    expect(error.longMessage).to.equal('Password is incorrect. Try again, or use another method.');
    expect(error.message).to.equal(error.longMessage);
    expect(error.clerkTraceId).to.equal('trace_1');
    expect(error.errors[0]!.meta).to.deep.equal({ paramName: 'password' });
    expect(error.retryAfter).to.equal(undefined);
  });

  it('reads retry-after on 429', async () => {
    const { adapter } = api([
      () =>
        json(
          { errors: [{ code: 'too_many_requests', message: 'Too many requests', long_message: 'Slow down' }] },
          { status: 429, headers: { 'retry-after': '17' } },
        ),
    ]);
    const error = (await rejection(adapter.createSignIn({ identifier: 'x' }))) as LatchApiError;
    expect(error.status).to.equal(429);
    expect(error.code).to.equal('too_many_requests');
    expect(error.retryAfter).to.equal(17);
  });

  it('turns a non-envelope error body into an unexpected_error LatchApiError', async () => {
    const { adapter } = api([
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    ]);
    const error = (await rejection(adapter.createClient())) as LatchApiError;
    expect(error).to.be.instanceOf(LatchApiError);
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('unexpected_error');
    expect(error.longMessage).to.equal('Bad Gateway');
  });

  it('rejects a malformed 2xx with malformed_response naming the field', async () => {
    const broken = { ...environmentJSON(), auth_config: 'nope' };
    const { adapter } = api([() => json(broken), () => new Response('not json', { status: 200 })]);
    const error = (await rejection(adapter.getEnvironment())) as LatchRuntimeError;
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect(error.code).to.equal('malformed_response');
    expect(error.message).to.contain('auth_config: expected object, received string');
    const notJson = (await rejection(adapter.getEnvironment())) as LatchRuntimeError;
    expect(notJson.code).to.equal('malformed_response');
  });

  it('rejects a client whose session has no id', async () => {
    const client = clientJSON();
    const { adapter } = api([() => json({ response: { ...client, sessions: [{ ...sessionJSON(), id: 7 }] } })]);
    const error = (await rejection(adapter.getClient())) as LatchRuntimeError;
    expect(error.code).to.equal('malformed_response');
    expect(error.message).to.contain('response.sessions.0.id: expected string, received number');
  });
});

describe('HttpFrontendApi: transport failures', () => {
  it('retries GETs on network errors with _clerk_retry_attempt, then succeeds', async () => {
    const { adapter, calls } = api([networkFailure, networkFailure, () => json(environmentJSON())]);
    const environment = await adapter.getEnvironment();
    expect(environment.auth_config.single_session_mode).to.equal(true);
    expect(calls.map((c) => c.url.searchParams.get('_clerk_retry_attempt'))).to.deep.equal([null, '1', '2']);
  });

  it('gives up after 3 GET retries with network_error', async () => {
    const { adapter, calls } = api([networkFailure, networkFailure, networkFailure, networkFailure]);
    const error = (await rejection(adapter.getClient())) as LatchRuntimeError;
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect(error.code).to.equal('network_error');
    expect(calls.length).to.equal(4);
  });

  it('does not retry mutations', async () => {
    const { adapter, calls } = api([networkFailure]);
    const error = (await rejection(adapter.createSignIn({ identifier: 'x' }))) as LatchRuntimeError;
    expect(error.code).to.equal('network_error');
    expect(calls.length).to.equal(1);
  });

  it('times out with request_timeout', async () => {
    const { adapter } = api([hang], { timeoutMs: 30 });
    const error = (await rejection(adapter.getEnvironment())) as LatchRuntimeError;
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect(error.code).to.equal('request_timeout');
  });
});

describe('HttpFrontendApi: second-factor reverification', () => {
  it('posts the second factor steps to …/verify/prepare_second_factor and …/verify/attempt_second_factor', async () => {
    const reverification = {
      object: 'session_reverification',
      level: 'multi_factor',
      status: 'needs_second_factor',
      supported_first_factors: null,
      supported_second_factors: [{ strategy: 'phone_code', safe_identifier: '+•••••••••23', phone_number_id: 'idn_1' }],
    };
    const { adapter, calls } = api([
      () => json({ response: reverification, client: clientJSON() }),
      () => json({ response: { ...reverification, status: 'complete' }, client: clientJSON() }),
    ]);
    const prepared = await adapter.prepareSessionVerificationSecondFactor('sess_1', {
      strategy: 'phone_code',
      phoneNumberId: 'idn_1',
    });
    expect(prepared.response.supported_second_factors[0]?.phone_number_id).to.equal('idn_1');
    expect(prepared.response.supported_first_factors).to.deep.equal([]);
    const done = await adapter.attemptSessionVerificationSecondFactor('sess_1', { strategy: 'totp', code: '123456' });
    expect(done.response.status).to.equal('complete');
    expect(calls[0]!.url.pathname).to.equal('/v1/client/sessions/sess_1/verify/prepare_second_factor');
    expect(calls[0]!.body?.toString()).to.equal('strategy=phone_code&phone_number_id=idn_1');
    expect(calls[1]!.url.pathname).to.equal('/v1/client/sessions/sess_1/verify/attempt_second_factor');
    expect(calls[1]!.body?.toString()).to.equal('strategy=totp&code=123456');
  });
});
