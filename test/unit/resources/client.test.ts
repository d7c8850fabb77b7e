import { expect } from '@open-wc/testing';
import { clientSchema } from '../../../src/api/schemas/index.js';
import { Client } from '../../../src/resources/client.js';
import { clerkFixture, TestHost } from './test-host.js';

type Envelope = { response: unknown; client: unknown };

describe('Client and its resources', () => {
  it('reads a signed-in client: sessions, user, dates as Date objects', async () => {
    const { response } = await clerkFixture<Envelope>('client.signed-in.json');
    const client = new Client(new TestHost(), clientSchema.parse(response));
    expect(client.id).to.equal('client_1');
    expect(client.isNew).to.equal(false);
    expect(client.lastActiveSessionId).to.equal('sess_1');
    expect(client.activeSessions.map((s) => s.id)).to.deep.equal(['sess_1']);
    expect(client.createdAt).to.be.instanceOf(Date);
    expect(client.createdAt?.getTime()).to.equal(1735689599000);
    const session = client.sessions[0]!;
    expect(session.status).to.equal('active');
    expect(session.lastActiveOrganizationId).to.equal('org_1');
    expect(session.publicUserData?.firstName).to.equal('Jane');
    const user = session.user!;
    expect(user.fullName).to.equal('Jane Doe');
    expect(user.username).to.equal('testUsername');
    expect(user.primaryEmailAddress?.emailAddress).to.equal('jane@example.com');
    expect(user.primaryEmailAddress?.verification?.status).to.equal('verified');
    expect(user.primaryEmailAddress?.verification?.expireAt).to.be.instanceOf(Date);
    // The fixture sends primary_phone_number_id "": no primary phone, but the number is listed.
    expect(user.primaryPhoneNumber).to.equal(null);
    expect(user.phoneNumbers.map((p) => p.phoneNumber)).to.deep.equal(['+15555550100']);
    expect(user.createdAt).to.be.instanceOf(Date);
    expect(user.hasImage).to.equal(false);
    // No sign-in / sign-up in progress: empty objects, not null.
    expect(client.signIn.status).to.equal(null);
    expect(client.signIn.id).to.equal(null);
    expect(client.signUp.status).to.equal(null);
  });

  it('reads a sign-in that needs a first factor', async () => {
    const { response } = await clerkFixture<Envelope>('client.sign-in-needs-first-factor.json');
    const client = new Client(new TestHost(), clientSchema.parse(response));
    const signIn = client.signIn;
    expect(signIn.id).to.equal('sia_1');
    expect(signIn.status).to.equal('needs_first_factor');
    expect(signIn.identifier).to.equal('jane@example.com');
    expect(signIn.supportedIdentifiers).to.deep.equal(['email_address']);
    expect(signIn.supportedFirstFactors.map((f) => f.strategy)).to.deep.equal([
      'password',
      'email_code',
      'reset_password_email_code',
    ]);
    expect(signIn.supportedFirstFactors[1]?.safeIdentifier).to.equal('jane@example.com');
    expect(signIn.userData?.firstName).to.equal('Firstname');
    expect(signIn.firstFactorVerification).to.equal(null);
    expect(client.sessions).to.have.length(0);
  });

  it('reads a sign-up with an unverified email', async () => {
    const { response } = await clerkFixture<Envelope>('client.sign-up-unverified-email.json');
    const signUp = new Client(new TestHost(), clientSchema.parse(response)).signUp;
    expect(signUp.id).to.equal('sua_1');
    expect(signUp.status).to.equal('missing_requirements');
    expect(signUp.emailAddress).to.equal('new@example.com');
    expect(signUp.unverifiedFields).to.deep.equal(['email_address']);
    expect(signUp.verifications.emailAddress?.status).to.equal('unverified');
    expect(signUp.verifications.emailAddress?.strategy).to.equal('email_link');
    expect(signUp.verifications.phoneNumber).to.equal(null);
  });

  it('keeps fields the schemas do not list, camelCased, and application data as sent', async () => {
    const { response } = await clerkFixture<Envelope>('client.signed-in.json');
    const json = clientSchema.parse(response);
    const wireUser = json.sessions[0]!.user!;
    Object.assign(wireUser, { future_field: { nested_value: 1 }, public_metadata: { snake_key: { deep_key: true } } });
    const user = new Client(new TestHost(), json).sessions[0]!.user! as unknown as Record<string, unknown>;
    expect(user.futureField).to.deep.equal({ nestedValue: 1 });
    expect(user.publicMetadata).to.deep.equal({ snake_key: { deep_key: true } });
  });

  it('represents "no client yet" as an empty client', () => {
    const client = new Client(new TestHost(), null);
    expect(client.id).to.equal(null);
    expect(client.isNew).to.equal(true);
    expect(client.sessions).to.deep.equal([]);
    expect(client.signIn.status).to.equal(null);
    expect(client.signUp.status).to.equal(null);
  });
});
