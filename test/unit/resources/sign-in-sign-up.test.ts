import { expect } from '@open-wc/testing';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { userSchema } from '../../../src/api/schemas/index.js';
import { SignIn } from '../../../src/resources/sign-in.js';
import { SignUp } from '../../../src/resources/sign-up.js';
import { User } from '../../../src/resources/user.js';
import { apiError, VERIFICATION_CODE } from '../core/fake-api.js';
import { TestHost } from './test-host.js';

describe('SignIn', () => {
  it('create → prepareFirstFactor → attemptFirstFactor, applying the piggybacked client each time', async () => {
    const host = new TestHost();
    const signIn = new SignIn(host);
    expect(signIn.status).to.equal(null);
    await signIn.create({ identifier: 'ada@example.com' });
    expect(signIn.id).to.match(/^sia_/);
    expect(signIn.status).to.equal('needs_first_factor');
    expect(signIn.abandonAt).to.be.instanceOf(Date);
    expect(host.appliedClients.at(-1)?.sign_in?.id).to.equal(signIn.id);
    const factor = signIn.supportedFirstFactors.find((f) => f.strategy === 'email_code')!;
    expect(factor.emailAddressId).to.equal('idn_user_1');
    await signIn.prepareFirstFactor({ strategy: 'email_code', emailAddressId: factor.emailAddressId! });
    expect(signIn.firstFactorVerification?.strategy).to.equal('email_code');
    expect(signIn.firstFactorVerification?.expireAt).to.be.instanceOf(Date);
    await signIn.attemptFirstFactor({ strategy: 'email_code', code: VERIFICATION_CODE });
    expect(signIn.status).to.equal('complete');
    expect(signIn.createdSessionId).to.match(/^sess_/);
    expect(host.appliedClients.at(-1)?.last_active_session_id).to.equal(signIn.createdSessionId);
    expect(host.appliedClients).to.have.length(3);
  });

  it('reload re-reads the attempt', async () => {
    const host = new TestHost();
    const signIn = new SignIn(host);
    await signIn.create({ identifier: 'ada@example.com' });
    const id = signIn.id;
    signIn.status = 'needs_identifier';
    await signIn.reload();
    expect(signIn.id).to.equal(id);
    expect(signIn.status).to.equal('needs_first_factor');
  });

  it('steps before create() fail with a runtime error, without a request', async () => {
    const host = new TestHost();
    const signIn = new SignIn(host);
    let caught: unknown;
    await signIn.attemptFirstFactor({ strategy: 'password', password: 'x' }).catch((e: unknown) => (caught = e));
    expect(caught).to.be.instanceOf(LatchRuntimeError);
    expect((caught as LatchRuntimeError).code).to.equal('resource_not_created');
    expect(host.api.calls).to.have.length(0);
  });

  it('API errors propagate unchanged and leave the object as it was', async () => {
    const host = new TestHost();
    const signIn = new SignIn(host);
    let caught: unknown;
    await signIn.create({ identifier: 'nobody@example.com' }).catch((e: unknown) => (caught = e));
    expect((caught as { code: string }).code).to.equal('form_identifier_not_found');
    expect(signIn.status).to.equal(null);
    expect(host.appliedClients).to.have.length(0);
    expect(host.unauthenticatedCalls, 'a 422 is not a 401').to.equal(0);
  });
});

describe('SignUp', () => {
  it('create → prepareEmailAddressVerification (email_code by default) → attemptEmailAddressVerification', async () => {
    const host = new TestHost();
    const signUp = new SignUp(host);
    await signUp.create({ emailAddress: 'grace@example.com', password: 'a long password' });
    expect(signUp.status).to.equal('missing_requirements');
    expect(signUp.emailAddress).to.equal('grace@example.com');
    expect(signUp.hasPassword).to.equal(true);
    expect(signUp.requiredFields).to.deep.equal(['email_address', 'password']);
    expect(signUp.unverifiedFields).to.deep.equal(['email_address']);
    await signUp.prepareEmailAddressVerification();
    expect(host.api.calls.at(-1)?.args[1]).to.deep.equal({ strategy: 'email_code', redirectUrl: undefined });
    expect(signUp.verifications.emailAddress?.status).to.equal('unverified');
    await signUp.update({ firstName: 'Grace' });
    expect(signUp.firstName).to.equal('Grace');
    let caught: unknown;
    await signUp.attemptEmailAddressVerification({ code: '000000' }).catch((e: unknown) => (caught = e));
    expect((caught as { code: string }).code).to.equal('form_code_incorrect');
    await signUp.attemptEmailAddressVerification({ code: VERIFICATION_CODE });
    expect(signUp.status).to.equal('complete');
    expect(signUp.verifications.emailAddress?.status).to.equal('verified');
    expect(signUp.createdUserId).to.match(/^user_/);
    expect(signUp.createdSessionId).to.match(/^sess_/);
    expect(host.appliedClients.at(-1)?.sessions?.[0]?.id).to.equal(signUp.createdSessionId);
  });

  it('prepareVerification / attemptVerification take any strategy; reload re-reads', async () => {
    const host = new TestHost();
    const signUp = new SignUp(host);
    await signUp.create({ emailAddress: 'linus@example.com' });
    await signUp.prepareVerification({ strategy: 'email_link', redirectUrl: 'https://app.test/verify' });
    expect(signUp.verifications.emailAddress?.strategy).to.equal('email_link');
    await signUp.reload();
    expect(signUp.emailAddress).to.equal('linus@example.com');
    await signUp.attemptVerification({ strategy: 'email_code', code: VERIFICATION_CODE });
    expect(signUp.status).to.equal('complete');
  });

  it('update before create() is a runtime error', async () => {
    let caught: unknown;
    await new SignUp(new TestHost()).update({ firstName: 'x' }).catch((e: unknown) => (caught = e));
    expect((caught as LatchRuntimeError).code).to.equal('resource_not_created');
  });
});

/** A user as the schema outputs it, from a few wire fields. */
const userJSON = (fields: Record<string, unknown> = {}) =>
  userSchema.parse({ id: 'user_1', created_at: 0, updated_at: 0, ...fields });

describe('User', () => {
  it('reload() reads GET /me; fullName handles missing parts', async () => {
    const host = new TestHost();
    host.api.signInDirectly();
    const user = new User(host, userJSON({ first_name: 'Old' }));
    expect(user.fullName).to.equal('Old');
    await user.reload();
    expect(user.firstName).to.equal('Ada');
    expect(user.fullName).to.equal('Ada Lovelace');
    expect(user.passwordEnabled).to.equal(true);
    expect(new User(host, userJSON()).fullName).to.equal(null);
  });

  it('a 401 on reload asks the core to re-sync', async () => {
    const host = new TestHost();
    host.api.failNext('getMe', apiError(401, 'signed_out'));
    await new User(host, userJSON()).reload().catch(() => {});
    expect(host.unauthenticatedCalls).to.equal(1);
    host.api.failNext('getMe', apiError(401, 'dev_browser_unauthenticated'));
    await new User(host, userJSON()).reload().catch(() => {});
    expect(host.unauthenticatedCalls, 'the dev browser handles its own 401').to.equal(1);
  });
});
