import { expect } from '@open-wc/testing';
import { defaultEnvironment, phoneOnlyEnvironment } from '../../../src/api/memory/default-environment.js';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import { clientSchema, signUpSchema, userSchema } from '../../../src/api/schemas/index.js';
import { apiError, expectValid } from './memory-support.js';

const PHONE = '+33612345678';

describe('MemoryFrontendApi: phone-only sign-up', () => {
  it('create with a phone number → phone_code prepared → attempted: complete, the user has no email', async () => {
    const api = new MemoryFrontendApi({ environment: phoneOnlyEnvironment() });
    const created = await api.createSignUp({ phoneNumber: '+33 6 12 34 56 78' });
    expectValid(signUpSchema, created.response);
    expect(created.response.status).to.equal('missing_requirements');
    expect(created.response.required_fields).to.deep.equal(['phone_number']);
    expect(created.response.missing_fields).to.deep.equal([]);
    expect(created.response.unverified_fields).to.deep.equal(['phone_number']);
    expect(created.response.phone_number).to.equal(PHONE);
    expect(created.response.verifications.phone_number).to.equal(null);

    const id = created.response.id;
    const prepared = await api.prepareSignUpVerification(id, { strategy: 'phone_code' });
    expect(prepared.response.verifications.phone_number).to.include({
      status: 'unverified',
      strategy: 'phone_code',
      next_action: 'needs_attempt',
    });
    expect(api.sentCodes.at(-1)).to.deep.equal({
      strategy: 'phone_code',
      emailAddress: PHONE,
      code: '424242',
      purpose: 'sign_up',
    });

    const wrong = await apiError(api.attemptSignUpVerification(id, { strategy: 'phone_code', code: '999999' }));
    expect([wrong.status, wrong.code, wrong.paramName]).to.deep.equal([422, 'form_code_incorrect', 'code']);

    const done = await api.attemptSignUpVerification(id, { strategy: 'phone_code', code: '424242' });
    expectValid(signUpSchema, done.response);
    expectValid(clientSchema, done.client);
    expect(done.response.status).to.equal('complete');
    expect(done.response.unverified_fields).to.deep.equal([]);
    expect(done.response.verifications.phone_number?.status).to.equal('verified');
    const session = done.client!.sessions[0]!;
    expect(done.client!.last_active_session_id).to.equal(done.response.created_session_id);
    expect(done.client!.last_authentication_strategy).to.equal('phone_code');
    expectValid(userSchema, session.user);
    expect(session.user!.email_addresses).to.deep.equal([]);
    expect(session.user!.primary_email_address_id).to.equal(null);
    expect(session.user!.phone_numbers.map((p) => p.phone_number)).to.deep.equal([PHONE]);
    expect(session.public_user_data?.identifier).to.equal(PHONE);
  });

  it('the new user signs in again by SMS code; the number is then taken for another sign-up', async () => {
    const api = new MemoryFrontendApi({ environment: phoneOnlyEnvironment() });
    const { response } = await api.createSignUp({ phoneNumber: PHONE });
    await api.prepareSignUpVerification(response.id, { strategy: 'phone_code' });
    await api.attemptSignUpVerification(response.id, { strategy: 'phone_code', code: '424242' });
    await api.endAllSessions();

    const signIn = await api.createSignIn({ identifier: PHONE });
    expect(signIn.response.supported_first_factors?.map((f) => f.strategy)).to.deep.equal(['phone_code']);
    await api.prepareSignInFirstFactor(signIn.response.id, { strategy: 'phone_code' });
    const back = await api.attemptSignInFirstFactor(signIn.response.id, { strategy: 'phone_code', code: '424242' });
    expect(back.response.status).to.equal('complete');

    await api.endAllSessions();
    const taken = await apiError(api.createSignUp({ phoneNumber: PHONE }));
    expect([taken.code, taken.paramName]).to.deep.equal(['form_identifier_exists', 'phone_number']);
  });

  it('errors as the dev server words them: bad number, code before prepare, unknown strategy, no number, done', async () => {
    const api = new MemoryFrontendApi({ environment: phoneOnlyEnvironment() });
    const format = await apiError(api.createSignUp({ phoneNumber: '0612' }));
    expect([format.code, format.paramName]).to.deep.equal(['form_param_format_invalid', 'phone_number']);

    const { response } = await api.createSignUp({});
    expect(response.missing_fields).to.deep.equal(['phone_number']);
    const noNumber = await apiError(api.prepareSignUpVerification(response.id, { strategy: 'phone_code' }));
    expect([noNumber.code, noNumber.paramName]).to.deep.equal(['form_param_missing', 'phone_number']);

    await api.updateSignUp(response.id, { phoneNumber: PHONE });
    const early = await apiError(api.attemptSignUpVerification(response.id, { strategy: 'phone_code', code: '1' }));
    expect([early.status, early.code]).to.deep.equal([400, 'verification_missing']);
    const unknown = await apiError(api.attemptSignUpVerification(response.id, { strategy: 'totp', code: '1' }));
    expect([unknown.code, unknown.paramName]).to.deep.equal(['form_param_value_invalid', 'strategy']);

    await api.prepareSignUpVerification(response.id, { strategy: 'phone_code' });
    await api.attemptSignUpVerification(response.id, { strategy: 'phone_code', code: '424242' });
    const done = await apiError(api.prepareSignUpVerification(response.id, { strategy: 'phone_code' }));
    expect([done.status, done.code]).to.deep.equal([400, 'sign_up_cannot_be_updated']);
  });

  it('a new number voids the code sent to the old one', async () => {
    const api = new MemoryFrontendApi({ environment: phoneOnlyEnvironment() });
    const { response } = await api.createSignUp({ phoneNumber: PHONE });
    await api.prepareSignUpVerification(response.id, { strategy: 'phone_code' });
    const changed = await api.updateSignUp(response.id, { phoneNumber: '+33699999999' });
    expect(changed.response.verifications.phone_number).to.equal(null);
    const stale = await apiError(
      api.attemptSignUpVerification(response.id, { strategy: 'phone_code', code: '424242' }),
    );
    expect(stale.code).to.equal('verification_missing');
  });
});

const ACME = { enterpriseSso: { name: 'Acme SSO', domains: ['acme.test'] } };
const NIA = { emailAddress: 'nia@acme.test', firstName: 'Nia', lastName: 'Okafor' };

/** A sign-in at the enterprise domain, back from the identity provider with an identity no user has. */
async function unknownEnterpriseIdentity(api: MemoryFrontendApi) {
  const { response } = await api.createSignIn({ identifier: NIA.emailAddress });
  await api.prepareSignInFirstFactor(response.id, { strategy: 'enterprise_sso', redirectUrl: '#/sso-callback' });
  api.returnFromProvider(NIA);
  const client = (await api.getClient()).response!;
  expect(client.sign_in?.first_factor_verification?.status).to.equal('transferable');
}

describe('MemoryFrontendApi: transfer of an unknown provider identity to a sign-up', () => {
  it('enterprise SSO: the new account signs up with the verified address, the names and an enterprise account', async () => {
    const api = new MemoryFrontendApi({ ...ACME });
    await unknownEnterpriseIdentity(api);

    const transferred = await api.createSignUp({ transfer: true });
    expectValid(signUpSchema, transferred.response);
    expectValid(clientSchema, transferred.client);
    expect(transferred.response.status).to.equal('complete');
    expect(transferred.response.required_fields).to.not.include('password');
    expect(transferred.response.verifications.email_address?.status).to.equal('verified');
    expect(transferred.response.verifications.external_account?.status).to.equal('verified');
    expect(transferred.client!.sign_in).to.equal(null);
    expect(transferred.client!.last_authentication_strategy).to.equal('enterprise_sso');
    const user = transferred.client!.sessions[0]!.user!;
    expectValid(userSchema, user);
    expect([user.first_name, user.last_name, user.password_enabled]).to.deep.equal(['Nia', 'Okafor', false]);
    expect(user.email_addresses.map((e) => e.email_address)).to.deep.equal([NIA.emailAddress]);
    expect(user.enterprise_accounts.map((a) => a.enterprise_connection?.name)).to.deep.equal(['Acme SSO']);
    expect(user.external_accounts).to.deep.equal([]);

    // Back later through the identity provider: the same user signs in.
    await api.endAllSessions();
    const again = await api.createSignIn({ identifier: NIA.emailAddress });
    await api.prepareSignInFirstFactor(again.response.id, {
      strategy: 'enterprise_sso',
      redirectUrl: '#/sso-callback',
    });
    api.returnFromProvider({ emailAddress: NIA.emailAddress });
    const signedIn = (await api.getClient()).response!;
    expect(signedIn.sign_in?.status).to.equal('complete');
    expect(signedIn.sessions.filter((s) => s.status === 'active')).to.have.length(1);
  });

  it('OAuth: the new account carries the provider account it came from', async () => {
    const api = new MemoryFrontendApi();
    await api.createSignIn({ strategy: 'oauth_github', redirectUrl: '#/sso-callback' });
    api.returnFromProvider({ emailAddress: 'lin@example.com', firstName: 'Lin' });
    const transferred = await api.createSignUp({ transfer: true });
    expect(transferred.response.status).to.equal('complete');
    expect(transferred.response.verifications.email_address?.strategy).to.equal('from_oauth_github');
    const user = transferred.client!.sessions[0]!.user!;
    expect(user.first_name).to.equal('Lin');
    expect(user.external_accounts.map((a) => [a.provider, a.email_address])).to.deep.equal([
      ['oauth_github', 'lin@example.com'],
    ]);
  });

  it('what the instance still needs (a username) is missing_requirements, then update completes', async () => {
    const environment = defaultEnvironment();
    Object.assign(environment.user_settings.attributes.username, { enabled: true, required: true });
    const api = new MemoryFrontendApi({ environment, ...ACME });
    await unknownEnterpriseIdentity(api);
    const transferred = await api.createSignUp({ transfer: true });
    expect(transferred.response.status).to.equal('missing_requirements');
    expect(transferred.response.missing_fields).to.deep.equal(['username']);
    expect(transferred.response.unverified_fields).to.deep.equal([]);
    const done = await api.updateSignUp(transferred.response.id, { username: 'nia_okafor' });
    expect(done.response.status).to.equal('complete');
  });

  it('nothing to transfer: refused as the dev server refuses it', async () => {
    const api = new MemoryFrontendApi({ ...ACME });
    const none = await apiError(api.createSignUp({ transfer: true }));
    expect([none.status, none.code, none.paramName]).to.deep.equal([400, 'form_param_value_invalid', 'transfer']);
  });
});
