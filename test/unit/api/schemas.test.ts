// Clients with sessions are parsed with the account module's schemas: registered here, as the ES build does.
import '../../../src/resources/account.js';
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  apiErrorEnvelopeSchema,
  clientSchema,
  environmentSchema,
  isKnownValue,
  SIGN_IN_STATUSES,
  signInSchema,
  signUpSchema,
  userSchema,
} from '../../../src/api/schemas/index.js';
import { parseOrThrow } from '../../../src/api/validate.js';
import { clientJSON, signInJSON, userJSON } from './samples.js';

const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/clerk/${name}`)).json();

const ENVIRONMENT_FIXTURES = [
  'environment.ui-test-base.json',
  'environment.ui-fixture-email-password-google-orgs.json',
  'environment.msw-single-session.json',
  'environment.msw-multi-session.json',
];
const CLIENT_FIXTURES = [
  'client.signed-in.json',
  'client.sign-in-needs-first-factor.json',
  'client.sign-in-needs-second-factor.json',
  'client.sign-up-unverified-email.json',
];
const wrappedClient = z.looseObject({ response: clientSchema, client: clientSchema });

describe('schemas: Clerk fixtures', () => {
  for (const name of ENVIRONMENT_FIXTURES) {
    it(`parses ${name}`, async () => {
      const environment = parseOrThrow(environmentSchema, await fixture(name), name);
      expect(environment.display_config.application_name).to.be.a('string').and.not.equal('');
      expect(environment.user_settings.attributes.email_address.enabled).to.be.a('boolean');
      // Omitted settings get their defaults, so the UI never guards against undefined.
      expect(environment.user_settings.password_settings.min_length).to.be.a('number');
    });
  }

  for (const name of CLIENT_FIXTURES) {
    it(`parses ${name}`, async () => {
      const { response, client } = parseOrThrow(wrappedClient, await fixture(name), name);
      expect(response.id).to.equal('client_1');
      expect(client.sessions).to.be.an('array');
    });
  }

  it('reads the details of the signed-in fixture', async () => {
    const { response } = parseOrThrow(wrappedClient, await fixture('client.signed-in.json'), 'client');
    const [session] = response.sessions;
    expect(session!.status).to.equal('active');
    expect(session!.user!.email_addresses[0]!.email_address).to.equal('jane@example.com');
    // Fields no schema lists pass through untouched.
    expect(
      (session!.user!.organization_memberships as Array<{ organization: { slug: string } }>)[0]!.organization.slug,
    ).to.equal('acme');
    expect(session!.last_active_token!.jwt.split('.')).to.have.length(3);
    expect(session!.expire_at).to.equal(null); // missing in Clerk's fixture
  });

  it('reads the details of the needs-first-factor fixture', async () => {
    const { response } = parseOrThrow(wrappedClient, await fixture('client.sign-in-needs-first-factor.json'), 'client');
    expect(response.sign_in!.status).to.equal('needs_first_factor');
    expect(response.sign_in!.supported_first_factors.map((f) => f.strategy)).to.deep.equal([
      'password',
      'email_code',
      'reset_password_email_code',
    ]);
    expect(response.sign_in!.supported_second_factors).to.deep.equal([]);
  });

  it('reads the sign-up fixture', async () => {
    const { response } = parseOrThrow(wrappedClient, await fixture('client.sign-up-unverified-email.json'), 'client');
    expect(response.sign_up!.unverified_fields).to.deep.equal(['email_address']);
    expect(response.sign_up!.verifications.email_address!.status).to.equal('unverified');
    expect(response.sign_up!.verifications.phone_number).to.equal(null);
  });
});

describe('schemas: strictness where it matters', () => {
  it('requires ids, statuses and the shapes of what Latch reads', () => {
    expect(signInSchema.safeParse({ ...signInJSON(), id: undefined }).success).to.equal(false);
    expect(signInSchema.safeParse({ ...signInJSON(), status: 42 }).success).to.equal(false);
    expect(signInSchema.safeParse({ ...signInJSON(), supported_first_factors: [{ strategy: 7 }] }).success).to.equal(
      false,
    );
    expect(userSchema.safeParse({ ...userJSON(), email_addresses: [{ id: 'x' }] }).success).to.equal(false);
    expect(clientSchema.safeParse({ ...clientJSON(), sessions: 'none' }).success).to.equal(false);
  });

  it('checks the type of optional fields that are present', () => {
    expect(userSchema.safeParse({ ...userJSON(), first_name: 12 }).success).to.equal(false);
    expect(userSchema.safeParse({ ...userJSON(), last_sign_in_at: '2025-01-01' }).success).to.equal(false);
  });

  it('tolerates unknown status values and keeps extra fields', () => {
    const parsed = signInSchema.parse({ ...signInJSON(), status: 'needs_something_new', brand_new: true });
    expect(parsed.status).to.equal('needs_something_new');
    expect(isKnownValue(SIGN_IN_STATUSES, parsed.status)).to.equal(false);
    expect(isKnownValue(SIGN_IN_STATUSES, 'complete')).to.equal(true);
    expect((parsed as Record<string, unknown>).brand_new).to.equal(true);
  });

  it('fills defaults for what Clerk may omit', () => {
    const signUp = signUpSchema.parse({ id: 'sua_1', status: 'missing_requirements' });
    expect(signUp.missing_fields).to.deep.equal([]);
    expect(signUp.email_address).to.equal(null);
    expect(signUp.verifications).to.deep.equal({ email_address: null, phone_number: null, external_account: null });
    expect(signUpSchema.parse({ id: 'sua_1', status: 'complete', missing_fields: null }).missing_fields).to.deep.equal(
      [],
    );
    expect(signUp.unsafe_metadata).to.deep.equal({});
  });

  it('parses the error envelope', () => {
    const parsed = apiErrorEnvelopeSchema.parse({
      errors: [{ code: 'form_identifier_not_found', message: 'not found', meta: { param_name: 'identifier' } }],
    });
    expect(parsed.errors[0]!.meta.param_name).to.equal('identifier');
    expect(apiErrorEnvelopeSchema.safeParse({ errors: [{ message: 'no code' }] }).success).to.equal(false);
  });
});
