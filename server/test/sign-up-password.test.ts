import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InstanceOverrides } from '../instance.js';
import { errorCode, fapi, makeServer, TestBrowser } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const ENVIRONMENT = '/v1/environment';

/** An instance with every password rule on: 10 characters, the four character classes, zxcvbn score 3. */
const STRICT = {
  password: {
    min_length: 10,
    require_special_char: true,
    require_numbers: true,
    require_uppercase: true,
    require_lowercase: true,
    min_zxcvbn_strength: 3,
  },
};

async function signUpWith(password: string, instance: InstanceOverrides = STRICT) {
  const server = await makeServer({ instance });
  const browser = new TestBrowser(server.app);
  return fapi(browser, 'post', CREATE, CREATE, { form: { email_address: 'ada@example.com', password } });
}

describe('sign-up password rules', () => {
  it('the environment says which rules are on and turns the strength meter on with a minimum score', async () => {
    const server = await makeServer({ instance: STRICT });
    const { body } = await fapi(new TestBrowser(server.app), 'get', ENVIRONMENT, ENVIRONMENT);
    const rules = body.user_settings.password_settings;
    assert.equal(rules.min_length, 10);
    assert.equal(rules.require_special_char, true);
    assert.equal(rules.require_numbers, true);
    assert.equal(rules.require_uppercase, true);
    assert.equal(rules.require_lowercase, true);
    assert.equal(rules.show_zxcvbn, true);
    assert.equal(rules.min_zxcvbn_strength, 3);
    assert.ok(rules.allowed_special_characters.includes('!'));
  });

  it('a password missing a character class is not strong enough, and the message names what is missing', async () => {
    const { res, body } = await signUpWith('lowercase only and long');
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_password_not_strong_enough');
    assert.equal(body.errors[0].meta.param_name, 'password');
    assert.match(body.errors[0].long_message, /a number, an uppercase letter, a special character/);
  });

  it('a password with every class but a low zxcvbn score is refused with zxcvbn suggestions', async () => {
    // "Password1!" is a common password too: with the breached check off, the score is what refuses it.
    const { res, body } = await signUpWith('Password1!', { password: { ...STRICT.password, reject_pwned: false } });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_password_not_strong_enough');
    const suggestions = body.errors[0].meta.zxcvbn.suggestions;
    assert.ok(suggestions.length > 0);
    assert.equal(typeof suggestions[0].code, 'string');
    assert.equal(typeof suggestions[0].message, 'string');
  });

  it('a strong password that meets every rule starts the sign-up', async () => {
    const { res, body } = await signUpWith('Quartz-Velvet-Harbor-42');
    assert.equal(res.status, 200);
    assert.equal(body.response.status, 'missing_requirements');
  });

  it('a password over 72 bytes is refused even within 72 characters', async () => {
    const { res, body } = await signUpWith('é'.repeat(40), { password: { min_length: 8 } });
    assert.equal(res.status, 422);
    assert.equal(errorCode(body), 'form_password_size_in_bytes_exceeded');
    assert.equal(body.errors[0].meta.param_name, 'password');
  });

  it('a short and a breached password keep their own codes', async () => {
    const short = await signUpWith('Ab1!', STRICT);
    assert.equal(errorCode(short.body), 'form_password_length_too_short');
    const pwned = await signUpWith('password123', { password: { min_length: 8 } });
    assert.equal(errorCode(pwned.body), 'form_password_pwned');
  });

  it('the instance refuses a minimum score outside 0 to 4', async () => {
    await assert.rejects(makeServer({ instance: { password: { min_zxcvbn_strength: 5 } } }), /min_zxcvbn_strength/);
  });
});
