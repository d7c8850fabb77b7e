import { expect } from '@open-wc/testing';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { defaultEnvironment } from '../../../src/api/memory/default-environment.js';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import {
  clientSchema,
  environmentSchema,
  sessionSchema,
  signInSchema,
  signUpSchema,
  userSchema,
} from '../../../src/api/schemas/index.js';
import { apiError, expectValid } from './memory-support.js';

const ada = { emailAddress: 'ada@example.com', password: 'analytical-engine', firstName: 'Ada', lastName: 'Lovelace' };

describe('MemoryFrontendApi: environment and client', () => {
  it('serves a valid default email + password environment', async () => {
    const environment = await new MemoryFrontendApi().getEnvironment();
    expectValid(environmentSchema, environment);
    expect(environment.user_settings.attributes.email_address.used_for_first_factor).to.equal(true);
    expect(environment.user_settings.attributes.password.enabled).to.equal(true);
    expect(environment.user_settings.password_settings.min_length).to.equal(8);
    expect(environment.display_config.instance_environment_type).to.equal('development');
  });

  it('accepts a custom environment', async () => {
    const custom = defaultEnvironment();
    custom.display_config.application_name = 'Custom';
    expect(
      (await new MemoryFrontendApi({ environment: custom }).getEnvironment()).display_config.application_name,
    ).to.equal('Custom');
  });

  it('starts signed out without a client', async () => {
    expect(await new MemoryFrontendApi().getClient()).to.deep.equal({ response: null, client: null });
  });

  it('starts signed in with an active session when asked', async () => {
    const api = new MemoryFrontendApi({ users: [ada], clientState: 'signed-in' });
    const { response } = await api.getClient();
    expectValid(clientSchema, response);
    expect(response!.sessions).to.have.length(1);
    expect(response!.last_active_session_id).to.equal(response!.sessions[0]!.id);
    expect(response!.sessions[0]!.user!.email_addresses[0]!.email_address).to.equal('ada@example.com');
    const me = await api.getMe();
    expectValid(userSchema, me.response);
    expect(me.response.first_name).to.equal('Ada');
  });
});

describe('MemoryFrontendApi: sign-in', () => {
  it('completes with identifier + password and creates a session', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    const { response, client } = await api.createSignIn({ identifier: 'ADA@example.com', password: ada.password });
    expectValid(signInSchema, response);
    expect(response.status).to.equal('complete');
    expect(response.created_session_id).to.be.a('string');
    expect(client!.sessions.map((s) => s.id)).to.deep.equal([response.created_session_id]);
    expect(client!.last_active_session_id).to.equal(response.created_session_id);
  });

  it('asks for a first factor when only the identifier is given', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    const { response } = await api.createSignIn({ identifier: 'ada@example.com' });
    expect(response.status).to.equal('needs_first_factor');
    expect(response.supported_first_factors.map((f) => f.strategy)).to.deep.equal([
      'password',
      'email_code',
      'reset_password_email_code',
    ]);
    expect(response.supported_first_factors[1]!.safe_identifier).to.equal('ada@example.com');
    expect(response.user_data!.first_name).to.equal('Ada');
  });

  it('rejects an unknown identifier', async () => {
    const error = await apiError(
      new MemoryFrontendApi({ users: [ada] }).createSignIn({ identifier: 'who@example.com' }),
    );
    expect([error.status, error.code, error.paramName]).to.deep.equal([422, 'form_identifier_not_found', 'identifier']);
  });

  it('rejects a wrong password, then accepts the right one', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    const { response } = await api.createSignIn({ identifier: 'ada@example.com' });
    const error = await apiError(api.attemptSignInFirstFactor(response.id, { strategy: 'password', password: 'nope' }));
    expect([error.status, error.code, error.paramName]).to.deep.equal([422, 'form_password_incorrect', 'password']);
    const done = await api.attemptSignInFirstFactor(response.id, { strategy: 'password', password: ada.password });
    expect(done.response.status).to.equal('complete');
    expect(done.response.first_factor_verification!.status).to.equal('verified');
  });

  it('signs in with an email code', async () => {
    const api = new MemoryFrontendApi({ users: [ada], verificationCode: '111222' });
    const { response } = await api.createSignIn({ identifier: 'ada@example.com' });
    const prepared = await api.prepareSignInFirstFactor(response.id, {
      strategy: 'email_code',
      emailAddressId: response.supported_first_factors[1]!.email_address_id!,
    });
    expect(prepared.response.first_factor_verification!.status).to.equal('unverified');
    expect(api.sentCodes).to.deep.equal([
      { strategy: 'email_code', emailAddress: 'ada@example.com', code: '111222', purpose: 'sign_in' },
    ]);
    const wrong = await apiError(api.attemptSignInFirstFactor(response.id, { strategy: 'email_code', code: '000000' }));
    expect([wrong.code, wrong.paramName]).to.deep.equal(['form_code_incorrect', 'code']);
    const done = await api.attemptSignInFirstFactor(response.id, { strategy: 'email_code', code: '111222' });
    expect(done.response.status).to.equal('complete');
    expect(done.client!.last_authentication_strategy).to.equal('email_code');
  });

  it('refuses a second sign-in in single-session mode', async () => {
    const api = new MemoryFrontendApi({ users: [ada], clientState: 'signed-in' });
    const error = await apiError(api.createSignIn({ identifier: 'ada@example.com' }));
    expect([error.status, error.code]).to.deep.equal([400, 'session_exists']);
  });

  it('answers 404 for an unknown sign-in id', async () => {
    const error = await apiError(new MemoryFrontendApi().getSignIn('sia_nope'));
    expect([error.status, error.code]).to.deep.equal([404, 'resource_not_found']);
  });
});

describe('MemoryFrontendApi: sign-up', () => {
  it('validates the email format, the password length and duplicates', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    const format = await apiError(api.createSignUp({ emailAddress: 'not-an-email', password: 'long-enough' }));
    expect([format.code, format.paramName]).to.deep.equal(['form_param_format_invalid', 'email_address']);
    const short = await apiError(api.createSignUp({ emailAddress: 'new@example.com', password: 'short' }));
    expect([short.code, short.paramName]).to.deep.equal(['form_password_length_too_short', 'password']);
    const taken = await apiError(api.createSignUp({ emailAddress: 'ada@example.com', password: 'long-enough' }));
    expect([taken.code, taken.paramName]).to.deep.equal(['form_identifier_exists', 'email_address']);
  });

  it('verifies the email with a code, then creates the user and a session', async () => {
    const api = new MemoryFrontendApi();
    const created = await api.createSignUp({
      emailAddress: 'grace@example.com',
      password: 'cobol-rules',
      firstName: 'Grace',
    });
    expectValid(signUpSchema, created.response);
    expect(created.response.status).to.equal('missing_requirements');
    expect(created.response.unverified_fields).to.deep.equal(['email_address']);
    expect(created.response.verifications.email_address!.next_action).to.equal('needs_prepare');

    const id = created.response.id;
    const prepared = await api.prepareSignUpVerification(id, { strategy: 'email_code' });
    expect(prepared.response.verifications.email_address!.next_action).to.equal('needs_attempt');
    expect(api.sentCodes.at(-1)).to.deep.equal({
      strategy: 'email_code',
      emailAddress: 'grace@example.com',
      code: '424242',
      purpose: 'sign_up',
    });

    const wrong = await apiError(api.attemptSignUpVerification(id, { strategy: 'email_code', code: '999999' }));
    expect([wrong.status, wrong.code, wrong.paramName]).to.deep.equal([422, 'form_code_incorrect', 'code']);

    const done = await api.attemptSignUpVerification(id, { strategy: 'email_code', code: '424242' });
    expect(done.response.status).to.equal('complete');
    expect(done.response.created_user_id).to.be.a('string');
    expect(done.client!.sessions[0]!.user!.first_name).to.equal('Grace');
    expect(done.client!.last_active_session_id).to.equal(done.response.created_session_id);

    // The new user can now sign in with the password after signing out.
    await api.endAllSessions();
    const signIn = await api.createSignIn({ identifier: 'grace@example.com', password: 'cobol-rules' });
    expect(signIn.response.status).to.equal('complete');
  });

  it('waits for a missing password before completing', async () => {
    const api = new MemoryFrontendApi();
    const { response } = await api.createSignUp({ emailAddress: 'kay@example.com' });
    expect(response.missing_fields).to.deep.equal(['password']);
    await api.prepareSignUpVerification(response.id, { strategy: 'email_code' });
    const verified = await api.attemptSignUpVerification(response.id, { strategy: 'email_code', code: '424242' });
    expect(verified.response.status).to.equal('missing_requirements');
    const updated = await api.updateSignUp(response.id, { password: 'smalltalk-80' });
    expect(updated.response.status).to.equal('complete');
  });
});

describe('MemoryFrontendApi: sessions', () => {
  it('touches, mints a 60 s token, ends and removes sessions', async () => {
    const api = new MemoryFrontendApi({ users: [ada], clientState: 'signed-in' });
    const sessionId = (await api.getClient()).response!.sessions[0]!.id;

    const touched = await api.touchSession(sessionId, { activeOrganizationId: 'org_1', intent: 'select_org' });
    expectValid(sessionSchema, touched.response);
    expect(touched.response.last_active_organization_id).to.equal('org_1');

    const { jwt } = await api.createSessionToken(sessionId);
    const [header, payload, signature] = jwt.split('.');
    expect(JSON.parse(atob(header!))).to.deep.equal({ alg: 'none', typ: 'JWT' });
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims.sid).to.equal(sessionId);
    expect(claims.exp - claims.iat).to.equal(60);
    expect(claims.o).to.deep.equal({ id: 'org_1' });
    expect(signature).to.equal('');

    const ended = await api.endSession(sessionId);
    expect(ended.response.status).to.equal('ended');
    expect(ended.client!.sessions).to.deep.equal([]);
    expect(ended.client!.last_active_session_id).to.equal(null);
    const afterEnd = await apiError(api.createSessionToken(sessionId));
    expect(afterEnd.status).to.equal(401);
    const me = await apiError(api.getMe());
    expect([me.status, me.code]).to.deep.equal([401, 'signed_out']);
  });

  it('removes one session and ends all', async () => {
    const api = new MemoryFrontendApi({ users: [ada], clientState: 'signed-in' });
    const sessionId = (await api.getClient()).response!.sessions[0]!.id;
    expect((await api.removeSession(sessionId)).response.status).to.equal('removed');
    const signIn = await api.createSignIn({ identifier: 'ada@example.com', password: ada.password });
    expect(signIn.client!.sessions).to.have.length(1);
    const all = await api.endAllSessions();
    expect(all.response!.sessions).to.deep.equal([]);
  });

  it('destroys the client', async () => {
    const api = new MemoryFrontendApi({ users: [ada], clientState: 'signed-in' });
    expect(await api.destroyClient()).to.deep.equal({ response: null, client: null });
    expect((await api.getClient()).response).to.equal(null);
  });
});

describe('MemoryFrontendApi: test hooks', () => {
  it('injects faults for the next call only, and logs calls', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'offline'));
    const failure = await api.getEnvironment().catch((e: unknown) => e);
    expect((failure as LatchRuntimeError).code).to.equal('network_error');
    expect((await api.getEnvironment()).display_config.application_name).to.equal('Latch Demo');

    await api.createSignIn({ identifier: 'ada@example.com' }).catch(() => undefined);
    expect(api.calls.map((c) => c.method)).to.deep.equal(['getEnvironment', 'getEnvironment', 'createSignIn']);
    expect(api.calls[2]!.params).to.deep.equal([{ identifier: 'ada@example.com' }]);
  });

  it('waits the configured latency', async () => {
    const api = new MemoryFrontendApi({ latencyMs: 60 });
    const start = performance.now();
    await api.getEnvironment();
    expect(performance.now() - start).to.be.at.least(50);
  });
});
