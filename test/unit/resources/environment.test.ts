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
    expect(environment.isSingleSession).to.equal(false);
    const settings = environment.userSettings;
    expect(settings.enabledFirstFactorIdentifiers).to.deep.equal(['email_address']);
    expect(settings.isPasswordEnabled).to.equal(true);
    expect(settings.isEmailCodeEnabled).to.equal(true);
    expect(settings.isEmailLinkEnabled).to.equal(false);
    expect(settings.isPhoneCodeEnabled).to.equal(false);
    expect(settings.passwordSettings.minLength).to.equal(8);
    expect(settings.signUp.mode).to.equal('public');
    expect(settings.attribute('email_address').verifications).to.deep.equal(['email_code']);
    expect(settings.authenticatableSocialStrategies).to.include('oauth_google');
  });

  it('reads every environment fixture without throwing, straight from the wire too', async () => {
    for (const name of [
      'environment.ui-test-base.json',
      'environment.msw-single-session.json',
      'environment.msw-multi-session.json',
    ]) {
      const raw = await clerkFixture(name);
      const parsed = new Environment(environmentSchema.parse(raw));
      const unparsed = new Environment(raw);
      expect(unparsed.displayConfig.applicationName, name).to.equal(parsed.displayConfig.applicationName);
      expect(unparsed.userSettings.enabledFirstFactorIdentifiers, name).to.deep.equal(
        parsed.userSettings.enabledFirstFactorIdentifiers,
      );
    }
    const single = new Environment(await clerkFixture('environment.msw-single-session.json'));
    expect(single.isSingleSession).to.equal(true);
    expect(single.userSettings.enabledFirstFactorIdentifiers).to.deep.equal(['email_address', 'phone_number']);
    expect(single.userSettings.isPhoneCodeEnabled).to.equal(true);
  });

  it('turns empty URLs into null and fills safe defaults for a bare object', () => {
    const environment = new Environment({ display_config: { sign_in_url: '', home_url: 'https://acme.test' } });
    expect(environment.displayConfig.signInUrl).to.equal(null);
    expect(environment.displayConfig.homeUrl).to.equal('https://acme.test');
    const bare = new Environment(null);
    expect(bare.userSettings.passwordSettings.minLength).to.equal(8);
    expect(bare.userSettings.enabledFirstFactorIdentifiers).to.deep.equal([]);
    expect(bare.userSettings.attribute('username').enabled).to.equal(false);
    expect(bare.userSettings.signUp.mode).to.equal('public');
    expect(bare.maintenanceMode).to.equal(false);
  });

  it('lists sign-up attributes in form order', () => {
    const environment = new Environment({
      user_settings: {
        attributes: {
          password: { enabled: true },
          email_address: { enabled: true },
          first_name: { enabled: true },
          phone_number: { enabled: false },
        },
      },
    });
    expect(environment.userSettings.enabledSignUpAttributes).to.deep.equal(['first_name', 'email_address', 'password']);
  });
});
