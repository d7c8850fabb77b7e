import { expect } from '@open-wc/testing';
import { LatchApiError, LatchRuntimeError } from '../../../src/api/errors.js';
import { defaultStringsRevision, registerDefaultStrings } from '../../../src/localization/defaults.js';
import { enUSCommon } from '../../../src/localization/en-US-common.js';
import { enUSSignIn } from '../../../src/localization/en-US-sign-in.js';
import { enUSSignUp } from '../../../src/localization/en-US-sign-up.js';
import { loadErrorStrings } from '../../../src/localization/load-error-strings.js';
import { createLocalizer, type Localizer } from '../../../src/localization/localizer.js';
import type { LocalizationResource } from '../../../src/localization/types.js';

describe('default strings', () => {
  it('start with the shared strings; an element registers its own', () => {
    const before = defaultStringsRevision();
    expect(createLocalizer().t('formFieldLabel__password')).to.equal(enUSCommon.formFieldLabel__password);
    registerDefaultStrings(enUSSignIn);
    expect(defaultStringsRevision()).to.equal(before + 1);
    expect(createLocalizer().t('signIn.start.actionLink')).to.equal(enUSSignIn.signIn.start.actionLink);
  });
});

describe('createLocalizer', () => {
  // What the sign-in and sign-up elements register when they are defined.
  before(() => {
    registerDefaultStrings(enUSSignIn);
    registerDefaultStrings(enUSSignUp);
  });

  it('defaults to en-US', () => {
    const l10n = createLocalizer();
    expect(l10n.locale).to.equal('en-US');
    expect(l10n.dir).to.equal('ltr');
    expect(l10n.t('formFieldLabel__password')).to.equal('Password');
    expect(l10n.has('signIn.start.title')).to.equal(true);
  });

  it('deep-merges partial overrides over en-US, last wins', () => {
    const l10n = createLocalizer([
      { signIn: { start: { title: 'First' } }, formButtonPrimary: 'Go' },
      { signIn: { start: { title: 'Second' } } },
    ]);
    expect(l10n.t('signIn.start.title')).to.equal('Second');
    expect(l10n.t('formButtonPrimary')).to.equal('Go');
    // Siblings of an overridden key are untouched.
    expect(l10n.t('signIn.start.actionLink')).to.equal('Create an account');
  });

  it('treats undefined and empty strings in overrides as "not translated"', () => {
    const l10n = createLocalizer({ backButton: '', dividerText: undefined });
    expect(l10n.t('backButton')).to.equal('Go back');
    expect(l10n.t('dividerText')).to.equal('or');
  });

  it('does not let a resource reach the prototype chain', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "signIn": {"constructor": {"x": "y"}}}');
    createLocalizer(hostile as LocalizationResource);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts a resource object written for Clerk, with keys Latch does not render', () => {
    const clerkStyle = {
      locale: 'de-DE',
      socialButtonsBlockButton: 'Weiter mit {{provider|titleize}}',
      signUp: { start: { subtitle: 'um fortzufahren zu {{applicationName}}' } },
      organizationProfile: { navbar: { title: 'Organisation' } },
      unstable__errors: { zxcvbn: { suggestions: { allUppercase: 'Nicht alles groß schreiben.' } } },
    } satisfies LocalizationResource;
    const l10n = createLocalizer(clerkStyle, { globals: () => ({ applicationName: 'Acme' }) });
    expect(l10n.locale).to.equal('de-DE');
    expect(l10n.t('socialButtonsBlockButton', { provider: 'github' })).to.equal('Weiter mit Github');
    expect(l10n.t('signUp.start.subtitle')).to.equal('um fortzufahren zu Acme');
    expect(l10n.t('organizationProfile.navbar.title')).to.equal('Organisation');
    expect(l10n.t('unstable__errors.zxcvbn.suggestions.allUppercase')).to.equal('Nicht alles groß schreiben.');
  });

  it('fills global tokens, flat or nested, and lets local tokens win', () => {
    let calls = 0;
    const l10n = createLocalizer(
      { signIn: { start: { title: 'Hi {{user.firstName}} ({{signIn.identifier}}) at {{applicationName}}' } } },
      {
        globals: () => {
          calls++;
          return { applicationName: 'Acme', 'signIn.identifier': 'ada@x.test', user: { firstName: 'Ada' } };
        },
      },
    );
    expect(l10n.t('signIn.start.title')).to.equal('Hi Ada (ada@x.test) at Acme');
    expect(l10n.t('signIn.start.title', { applicationName: 'Local' })).to.equal('Hi Ada (ada@x.test) at Local');
    expect(calls).to.equal(2);
    // No placeholders, no call: globals may be expensive to gather.
    l10n.t('backButton');
    expect(calls).to.equal(2);
  });

  it('returns an empty string for missing keys and for groups, warning once in dev only', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(createLocalizer().t('no.such.key')).to.equal('');
      expect(warnings).to.have.length(0);
      const dev = createLocalizer(undefined, { dev: true });
      expect(dev.t('no.such.key')).to.equal('');
      expect(dev.t('no.such.key')).to.equal('');
      expect(dev.t('signIn.start')).to.equal('');
      expect(warnings).to.have.length(2);
      expect(dev.has('no.such.key')).to.equal(false);
    } finally {
      console.warn = original;
    }
  });

  it('detects right-to-left locales from the tag', () => {
    expect(createLocalizer({ locale: 'ar-SA' }).dir).to.equal('rtl');
    expect(createLocalizer({ locale: 'he-IL' }).dir).to.equal('rtl');
    expect(createLocalizer({ locale: 'fa-IR' }).dir).to.equal('rtl');
    expect(createLocalizer({ locale: 'ur' }).dir).to.equal('rtl');
    expect(createLocalizer({ locale: 'az-Arab-IR' }).dir).to.equal('rtl');
    expect(createLocalizer({ locale: 'fr-FR' }).dir).to.equal('ltr');
    expect(createLocalizer({ locale: 'ar-Latn' }).dir).to.equal('ltr');
  });

  it("takes the page's direction when it is rtl, read at each render; an rtl language stays rtl", () => {
    let page: string | null = null;
    const english = createLocalizer(undefined, { pageDirection: () => page });
    const arabic = createLocalizer({ locale: 'ar' }, { pageDirection: () => page });
    expect(english.dir).to.equal('ltr');
    page = 'rtl';
    expect(english.dir).to.equal('rtl');
    page = 'ltr';
    expect(english.dir).to.equal('ltr');
    expect(arabic.dir).to.equal('rtl');
  });

  it('renders markup keys as segments that values cannot turn into links', () => {
    const l10n = createLocalizer({
      signUp: { start: { subtitle: 'Hello {{name}}, see {{ terms || link("our terms") }}' } },
    });
    expect(l10n.markup('signUp.start.subtitle', { name: '[x](https://evil.test)', terms: '/terms' })).to.deep.equal([
      'Hello [x](https://evil.test), see ',
      { text: 'our terms', href: '/terms' },
    ]);
  });
});

describe('translateError', () => {
  let l10n: Localizer;
  // A server's refusals are worded from the error strings, which forms fetch before showing one.
  before(async () => {
    await loadErrorStrings();
    l10n = createLocalizer({
      unstable__errors: {
        form_param_format_invalid__email_address: 'Bad email',
        form_param_format_invalid: 'Bad format',
      },
    });
  });

  const apiError = (item: Record<string, unknown>) => ({ errors: [item], status: 422 });

  it('prefers code__paramName, then code, then long message, then message', () => {
    const meta = { paramName: 'email_address' };
    expect(l10n.translateError(apiError({ code: 'form_param_format_invalid', message: 'm', meta }))).to.equal(
      'Bad email',
    );
    expect(
      l10n.translateError(apiError({ code: 'form_param_format_invalid', message: 'm', meta: { paramName: 'x' } })),
    ).to.equal('Bad format');
    expect(l10n.translateError(apiError({ code: 'unknown_code', message: 'short', longMessage: 'long' }))).to.equal(
      'long',
    );
    expect(l10n.translateError(apiError({ code: 'unknown_code', message: 'short' }))).to.equal('short');
    expect(l10n.translateError(apiError({ code: 'unknown_code' }))).to.equal(
      'An unexpected problem occurred. Please try again.',
    );
  });

  it('reads the wire (snake_case) shape and single error items too', () => {
    expect(
      l10n.translateError({
        errors: [{ code: 'nope', long_message: 'wire long', meta: { param_name: 'email_address' } }],
      }),
    ).to.equal('wire long');
    expect(
      l10n.translateError({ code: 'form_param_format_invalid', meta: { param_name: 'email_address' }, message: 'm' }),
    ).to.equal('Bad email');
  });

  it('translates runtime errors by code, then falls back to their message', () => {
    const network = Object.assign(new Error('fetch failed'), { code: 'network_error' });
    expect(l10n.translateError(network)).to.equal(
      'We could not reach the server. Check your connection and try again.',
    );
    const custom = Object.assign(new Error('Custom text'), { code: 'my_code' });
    expect(l10n.translateError(custom)).to.equal('Custom text');
  });

  it('tells how many seconds to wait on 429 with retryAfter', () => {
    expect(l10n.translateError({ status: 429, retryAfter: 29.2, errors: [{ code: 'too_many_requests' }] })).to.equal(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(l10n.translateError({ code: 'too_many_requests', retryAfter: 5 })).to.equal(
      'Too many attempts. Try again in 5 seconds.',
    );
    expect(l10n.translateError({ status: 429, errors: [] })).to.equal(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('says for how long a locked account stays locked when the server tells', () => {
    const locked = (meta: Record<string, unknown>) =>
      l10n.translateError({ status: 403, errors: [{ code: 'user_locked', message: 'Account locked', meta }] });
    expect(locked({ lockoutExpiresInSeconds: 1790 })).to.equal(
      'Too many failed attempts: this account is locked. Try again in 30 min.',
    );
    expect(locked({ lockout_expires_in_seconds: 20 })).to.contain('1 min');
    expect(locked({})).to.equal('This account is locked for now. Try again later or contact support.');
  });

  it('understands the API layer’s own error classes', () => {
    const api = new LatchApiError({
      status: 422,
      errors: [{ code: 'form_param_format_invalid', message: 'is invalid', meta: { paramName: 'email_address' } }],
    });
    expect(l10n.translateError(api)).to.equal('Bad email');
    const limited = new LatchApiError({
      status: 429,
      errors: [{ code: 'too_many_requests', message: 'x', meta: {} }],
      retryAfter: 12,
    });
    expect(l10n.translateError(limited)).to.equal('Too many attempts. Try again in 12 seconds.');
    expect(l10n.translateError(new LatchRuntimeError('request_timeout', 'GET /v1/client timed out'))).to.equal(
      'The server took too long to answer. Please try again.',
    );
  });

  it('never returns an empty string', () => {
    const serverError = Object.assign(new Error('Request failed with status 500'), { status: 500, errors: [] });
    for (const thrown of [
      undefined,
      null,
      'text',
      42,
      new TypeError('x is undefined'),
      {},
      { errors: [] },
      serverError,
    ]) {
      expect(l10n.translateError(thrown)).to.equal('An unexpected problem occurred. Please try again.');
    }
  });

  it('uses the active locale for error text', async () => {
    const { frFR } = await import('../../../src/localization/locales/fr-FR.js');
    const fr = createLocalizer(frFR);
    expect(
      fr.translateError({ errors: [{ code: 'form_password_incorrect', message: 'Password is incorrect.' }] }),
    ).to.equal('Ce mot de passe est erroné. Réessayez ou choisissez un autre moyen d’accès.');
  });
});
