import { expect } from '@open-wc/testing';
import { environmentSchema } from '../../../src/api/schemas/index.js';
import { Environment } from '../../../src/resources/environment.js';
import { clerkFixture } from './test-host.js';

describe('Environment', () => {
  it('reads display config, auth config and user settings of a real fixture (after schema parsing)', async () => {
    const json = environmentSchema.parse(await clerkFixture('environment.ui-fixture-email-password-google-orgs.json'));
    const environment = new Environment(json);
    expect(environment.displayConfig.applicationName).to.be.a('string').and.not.equal('');
    expect(environment.displayConfig.preferredSignInStrategy).to.equal('password');
    expect(environment.authConfig.singleSessionMode).to.equal(false);
    const { attributes, passwordSettings } = environment.userSettings;
    // Attribute names stay as Clerk keys them; their settings are camelCased.
    expect(attributes.email_address.usedForFirstFactor).to.equal(true);
    expect(attributes.email_address.firstFactors).to.include('email_code');
    expect(attributes.email_address.verifications).to.deep.equal(['email_code']);
    expect(attributes.password.enabled).to.equal(true);
    expect(attributes.phone_number.enabled).to.equal(false);
    expect(passwordSettings.minLength).to.equal(8);
    // Settings no schema lists yet are still there, viewed the same way (social keeps its strategy names).
    const settings = environment.userSettings as unknown as Record<
      string,
      Record<string, { authenticatable?: boolean }>
    >;
    expect(settings.social?.oauth_google?.authenticatable).to.equal(true);
  });

  it('reads every environment fixture', async () => {
    for (const name of [
      'environment.ui-test-base.json',
      'environment.msw-single-session.json',
      'environment.msw-multi-session.json',
    ]) {
      const environment = new Environment(environmentSchema.parse(await clerkFixture(name)));
      expect(environment.displayConfig.applicationName, name).to.be.a('string');
    }
    const single = new Environment(environmentSchema.parse(await clerkFixture('environment.msw-single-session.json')));
    expect(single.authConfig.singleSessionMode).to.equal(true);
    expect(single.userSettings.attributes.phone_number.firstFactors).to.include('phone_code');
  });

  it('fills "feature off" defaults for a bare environment', () => {
    const bare = new Environment(environmentSchema.parse({ auth_config: {}, display_config: {}, user_settings: {} }));
    expect(bare.userSettings.passwordSettings.minLength).to.equal(8);
    expect(bare.userSettings.attributes.username.enabled).to.equal(false);
    expect(bare.displayConfig.signInUrl).to.equal(null);
    expect(bare.displayConfig.instanceEnvironmentType).to.equal('production');
  });
});
