/**
 * The signed-in user's own account (issue 13, Account page): PATCH /v1/me, the profile image, and email
 * addresses / phone numbers added, verified by code, made primary and removed. Every response is validated
 * against the FAPI spec by `fapi()`.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import { PROFILE_IMAGE_MAX_BYTES } from '../domain/profile-images.js';
import {
  API_QUERY,
  errorCode,
  fapi,
  mailedCode,
  makeServer,
  PAGE_ORIGIN,
  signUpUser,
  TestBrowser,
  type TestServer,
} from './helpers.js';
import { expectValid } from './openapi-validator.js';

const PASSWORD = 'correct horse battery';
/** The smallest valid PNG header plus a few bytes: the server checks magic bytes, not decodability. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function signedIn(server: TestServer, email: string): Promise<TestBrowser> {
  await signUpUser(server, email, PASSWORD);
  const browser = new TestBrowser(server.app);
  const { body } = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
    form: { identifier: email, password: PASSWORD },
  });
  assert.equal(body.response.status, 'complete');
  return browser;
}

/** POST /v1/me/profile_image as clerk-js sends it: multipart with a `file` part. */
async function upload(server: TestServer, browser: TestBrowser, bytes: Uint8Array<ArrayBuffer>, name = 'me.png') {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const url = `http://localhost/v1/me/profile_image?${new URLSearchParams(API_QUERY)}`;
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await server.app.request(url, {
    method: 'POST',
    body: form,
    headers: { Origin: PAGE_ORIGIN, Cookie: cookie },
  });
  return { res, body: await expectValid<any>('/v1/me/profile_image', 'post', res) };
}

describe('/v1/me account writes', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    server = await makeServer({ instance: { username: { enabled: true } } });
    browser = await signedIn(server, 'ada@example.com');
  });

  describe('PATCH /v1/me', () => {
    it('changes the names, keeps any script, clears with an empty value', async () => {
      const { body } = await fapi(browser, 'patch', '/v1/me', '/v1/me', {
        form: { first_name: ' Ada ', last_name: '<img src=x onerror=alert(1)>' },
      });
      assert.equal(body.response.first_name, 'Ada');
      assert.equal(body.response.last_name, '<img src=x onerror=alert(1)>');
      assert.equal(body.client.sessions[0].user.first_name, 'Ada');
      const cleared = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { last_name: '' } });
      assert.equal(cleared.body.response.last_name, null);
      assert.equal(cleared.body.response.first_name, 'Ada');
    });

    it('refuses hidden characters and overlong names at their param', async () => {
      const hidden = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { first_name: 'A\u202Eda' } });
      assert.equal(hidden.res.status, 422);
      assert.equal(errorCode(hidden.body), 'form_param_format_invalid');
      assert.equal(hidden.body.errors[0].meta.param_name, 'first_name');
      const long = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { last_name: 'x'.repeat(257) } });
      assert.equal(errorCode(long.body), 'form_param_max_length_exceeded');
    });

    it('sets a username under the instance rules; a taken one is form_identifier_exists', async () => {
      const ok = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { username: 'Ada_L' } });
      assert.equal(ok.body.response.username, 'ada_l');
      const short = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { username: 'ab' } });
      assert.equal(errorCode(short.body), 'form_username_invalid_length');
      assert.equal(short.body.errors[0].meta.param_name, 'username');
      const chars = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { username: 'ada lovelace' } });
      assert.equal(errorCode(chars.body), 'form_username_invalid_character');
      const other = await signedIn(server, 'grace@example.com');
      const taken = await fapi(other, 'patch', '/v1/me', '/v1/me', { form: { username: 'ADA_L' } });
      assert.equal(errorCode(taken.body), 'form_identifier_exists');
    });

    it('refuses a username when the instance has usernames off', async () => {
      await server.app.request('/__dev/instance', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: { enabled: false } }),
      });
      const { res, body } = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { username: 'ada_l' } });
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'form_param_unknown');
    });

    it('needs a signed-in session: 401 authentication_invalid without one', async () => {
      const stranger = new TestBrowser(server.app);
      const { res, body } = await fapi(stranger, 'patch', '/v1/me', '/v1/me', { form: { first_name: 'Eve' } });
      assert.equal(res.status, 401);
      assert.equal(errorCode(body), 'authentication_invalid');
    });
  });

  describe('profile image', () => {
    it('stores a PNG, points image_url at it, serves it, and removes it', async () => {
      const { res, body } = await upload(server, browser, PNG);
      assert.equal(res.status, 200);
      assert.equal(body.response.object, 'image');
      const url = body.response.public_url as string;
      assert.match(url, /^http:\/\/localhost\/v1\/profile_images\/img_/);
      const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
      assert.equal(me.body.response.image_url, url);
      assert.equal(me.body.response.has_image, true);
      assert.equal(me.body.client.sessions[0].public_user_data.image_url, url);

      const served = await server.app.request(url);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('Content-Type'), 'image/png');
      assert.equal(served.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.deepEqual(new Uint8Array(await served.arrayBuffer()), PNG);

      const removed = await fapi(browser, 'delete', '/v1/me/profile_image', '/v1/me/profile_image');
      assert.equal(removed.body.response.deleted, true);
      const after = await fapi(browser, 'get', '/v1/me', '/v1/me');
      assert.equal(after.body.response.has_image, false);
      assert.match(after.body.response.image_url, /^data:image\/svg\+xml/);
      assert.equal((await server.app.request(url)).status, 404);
      const again = await fapi(browser, 'delete', '/v1/me/profile_image', '/v1/me/profile_image');
      assert.equal(again.res.status, 404);
    });

    it('tells the type by magic bytes: HTML named .png is refused, GIF/JPEG/WebP pass', async () => {
      const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
      const bad = await upload(server, browser, html, 'cat.png');
      assert.equal(bad.res.status, 422);
      assert.equal(errorCode(bad.body), 'form_param_format_invalid');
      assert.equal(bad.body.errors[0].meta.param_name, 'file');
      const samples = {
        'image/gif': new TextEncoder().encode('GIF89a......'),
        'image/jpeg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
        'image/webp': new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '),
      };
      for (const [type, bytes] of Object.entries(samples)) {
        const { body } = await upload(server, browser, bytes, 'x.bin');
        const served = await server.app.request(body.response.public_url);
        assert.equal(served.headers.get('Content-Type'), type);
      }
    });

    it('refuses an image over the size limit', async () => {
      const big = new Uint8Array(PROFILE_IMAGE_MAX_BYTES + 1);
      big.set(PNG);
      const { res, body } = await upload(server, browser, big);
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'image_too_large');
    });

    it('refuses a body with no file part', async () => {
      const { res, body } = await fapi(browser, 'post', '/v1/me/profile_image', '/v1/me/profile_image', {
        form: { other: 'x' },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'form_param_format_invalid');
    });
  });

  describe('email addresses', () => {
    it('add → code mailed → wrong code → right code → primary → remove the old one', async () => {
      const created = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', {
        form: { email_address: 'Ada.New@Example.com' },
      });
      const email = created.body.response;
      assert.equal(email.email_address, 'ada.new@example.com');
      assert.equal(email.verification.status, 'unverified');
      const base = `/v1/me/email_addresses/${email.id}`;
      await fapi(
        browser,
        'post',
        '/v1/me/email_addresses/{email_id}/prepare_verification',
        `${base}/prepare_verification`,
        { form: { strategy: 'email_code' } },
      );
      const code = await mailedCode(server.app, 'ada.new@example.com');
      const wrong = await fapi(
        browser,
        'post',
        '/v1/me/email_addresses/{email_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code: code === '000000' ? '111111' : '000000' } },
      );
      assert.equal(errorCode(wrong.body), 'form_code_incorrect');
      const right = await fapi(
        browser,
        'post',
        '/v1/me/email_addresses/{email_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code } },
      );
      assert.equal(right.body.response.verification.status, 'verified');

      const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
      const oldId = me.body.response.primary_email_address_id as string;
      const primary = await fapi(browser, 'patch', '/v1/me', '/v1/me', {
        form: { primary_email_address_id: email.id },
      });
      assert.equal(primary.body.response.primary_email_address_id, email.id);
      const removed = await fapi(
        browser,
        'delete',
        '/v1/me/email_addresses/{email_id}',
        `/v1/me/email_addresses/${oldId}`,
      );
      assert.deepEqual(removed.body.response, { object: 'email_address', id: oldId, deleted: true });
      const list = await fapi(browser, 'get', '/v1/me/email_addresses', '/v1/me/email_addresses');
      assert.deepEqual(
        list.body.map((e: { email_address: string }) => e.email_address),
        ['ada.new@example.com'],
      );
    });

    it('refuses an address someone has (form_identifier_exists) and a malformed one', async () => {
      await signUpUser(server, 'grace@example.com', PASSWORD);
      const taken = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', {
        form: { email_address: 'GRACE@example.com' },
      });
      assert.equal(taken.res.status, 422);
      assert.equal(errorCode(taken.body), 'form_identifier_exists');
      const bad = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', {
        form: { email_address: 'not an email' },
      });
      assert.equal(errorCode(bad.body), 'form_param_format_invalid');
      const missing = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', { form: {} });
      assert.equal(errorCode(missing.body), 'form_param_missing');
    });

    it('an old code expires (verification_expired); an unverified address cannot become primary', async () => {
      const { body } = await fapi(browser, 'post', '/v1/me/email_addresses', '/v1/me/email_addresses', {
        form: { email_address: 'late@example.com' },
      });
      const base = `/v1/me/email_addresses/${body.response.id}`;
      const primary = await fapi(browser, 'patch', '/v1/me', '/v1/me', {
        form: { primary_email_address_id: body.response.id },
      });
      assert.equal(errorCode(primary.body), 'form_param_value_invalid');
      assert.equal(primary.body.errors[0].meta.param_name, 'primary_email_address_id');
      const early = await fapi(
        browser,
        'post',
        '/v1/me/email_addresses/{email_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code: '123456' } },
      );
      assert.equal(errorCode(early.body), 'verification_missing');
      await browser.call('post', `${base}/prepare_verification`, { form: { strategy: 'email_code' } });
      const code = await mailedCode(server.app, 'late@example.com');
      server.clock.advance(11 * MINUTE);
      const late = await fapi(
        browser,
        'post',
        '/v1/me/email_addresses/{email_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code } },
      );
      assert.equal(errorCode(late.body), 'verification_expired');
    });

    it("keeps the primary address and never touches another user's", async () => {
      const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
      const primaryId = me.body.response.primary_email_address_id as string;
      const keep = await fapi(
        browser,
        'delete',
        '/v1/me/email_addresses/{email_id}',
        `/v1/me/email_addresses/${primaryId}`,
      );
      assert.equal(keep.res.status, 400);
      assert.equal(errorCode(keep.body), 'cannot_delete_primary_identification');
      const other = await signedIn(server, 'grace@example.com');
      const foreign = await fapi(
        other,
        'delete',
        '/v1/me/email_addresses/{email_id}',
        `/v1/me/email_addresses/${primaryId}`,
      );
      assert.equal(foreign.res.status, 404);
      assert.equal(errorCode(foreign.body), 'resource_not_found');
      const read = await fapi(other, 'get', '/v1/me/email_addresses/{email_id}', `/v1/me/email_addresses/${primaryId}`);
      assert.equal(read.res.status, 404);
    });
  });

  describe('phone numbers', () => {
    it('add → SMS code in the dev mailbox → verify → primary → remove', async () => {
      const created = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: '+33 6 12 34 56 78' },
      });
      const phone = created.body.response;
      assert.equal(phone.phone_number, '+33612345678');
      const base = `/v1/me/phone_numbers/${phone.id}`;
      const badStrategy = await fapi(
        browser,
        'post',
        '/v1/me/phone_numbers/{phone_number_id}/prepare_verification',
        `${base}/prepare_verification`,
        { form: { strategy: 'email_code' } },
      );
      assert.equal(errorCode(badStrategy.body), 'form_param_value_invalid');
      await fapi(
        browser,
        'post',
        '/v1/me/phone_numbers/{phone_number_id}/prepare_verification',
        `${base}/prepare_verification`,
        { form: { strategy: 'phone_code' } },
      );
      const code = await mailedCode(server.app, '+33612345678');
      const verified = await fapi(
        browser,
        'post',
        '/v1/me/phone_numbers/{phone_number_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code } },
      );
      assert.equal(verified.body.response.verification.status, 'verified');
      const again = await fapi(
        browser,
        'post',
        '/v1/me/phone_numbers/{phone_number_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code } },
      );
      assert.equal(errorCode(again.body), 'verification_already_verified');
      const primary = await fapi(browser, 'patch', '/v1/me', '/v1/me', { form: { primary_phone_number_id: phone.id } });
      assert.equal(primary.body.response.primary_phone_number_id, phone.id);
      const removed = await fapi(browser, 'delete', '/v1/me/phone_numbers/{phone_number_id}', base);
      assert.equal(removed.body.response.deleted, true);
      const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
      assert.deepEqual(me.body.response.phone_numbers, []);
      assert.equal(me.body.response.primary_phone_number_id, null);
    });

    it('refuses a malformed or taken number, and a wrong code three times fails the verification', async () => {
      const bad = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: '12345' },
      });
      assert.equal(errorCode(bad.body), 'form_param_format_invalid');
      const { body } = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: '+15555550100' },
      });
      const dup = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: '+1 555 555 0100' },
      });
      assert.equal(errorCode(dup.body), 'form_identifier_exists');
      const base = `/v1/me/phone_numbers/${body.response.id}`;
      await browser.call('post', `${base}/prepare_verification`, { form: { strategy: 'phone_code' } });
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 3; i++) {
        const wrong = await fapi(
          browser,
          'post',
          '/v1/me/phone_numbers/{phone_number_id}/attempt_verification',
          `${base}/attempt_verification`,
          { form: { code: '000000' } },
        );
        codes.push(errorCode(wrong.body));
      }
      assert.deepEqual(codes, ['form_code_incorrect', 'form_code_incorrect', 'verification_failed']);
      // Clerk's test number takes 424242 once a new code is prepared.
      await browser.call('post', `${base}/prepare_verification`, { form: { strategy: 'phone_code' } });
      const ok = await fapi(
        browser,
        'post',
        '/v1/me/phone_numbers/{phone_number_id}/attempt_verification',
        `${base}/attempt_verification`,
        { form: { code: '424242' } },
      );
      assert.equal(ok.body.response.verification.status, 'verified');
    });
  });

  describe('phone numbers for two-step verification (PATCH /v1/me/phone_numbers/{id})', () => {
    const PHONE = '+33612345670';

    /** Adds the number and verifies it with the texted code; returns its id. */
    async function verifiedPhone(number = PHONE): Promise<string> {
      const created = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: number },
      });
      const base = `/v1/me/phone_numbers/${created.body.response.id}`;
      await browser.call('post', `${base}/prepare_verification`, { form: { strategy: 'phone_code' } });
      const code = await mailedCode(server.app, number);
      await browser.call('post', `${base}/attempt_verification`, { form: { code } });
      return created.body.response.id;
    }

    const patch = (id: string, form: Record<string, string>) =>
      fapi(browser, 'patch', '/v1/me/phone_numbers/{phone_number_id}', `/v1/me/phone_numbers/${id}`, { form });

    it('lists and reads the numbers (GET), validated against the spec', async () => {
      const id = await verifiedPhone();
      const list = await fapi(browser, 'get', '/v1/me/phone_numbers', '/v1/me/phone_numbers');
      assert.deepEqual(
        list.body.map((p: { id: string }) => p.id),
        [id],
      );
      const one = await fapi(browser, 'get', '/v1/me/phone_numbers/{phone_number_id}', `/v1/me/phone_numbers/${id}`);
      assert.equal(one.body.response.phone_number, PHONE);
      assert.equal(one.body.response.reserved_for_second_factor, false);
      const missing = await fapi(
        browser,
        'get',
        '/v1/me/phone_numbers/{phone_number_id}',
        '/v1/me/phone_numbers/idn_x',
      );
      assert.equal(missing.res.status, 404);
    });

    it('reserves a verified number: default, backup codes once, two_factor_enabled, then the sign-in texts it', async () => {
      const id = await verifiedPhone();
      const reserved = await patch(id, { reserved_for_second_factor: 'true' });
      assert.equal(reserved.body.response.reserved_for_second_factor, true);
      assert.equal(reserved.body.response.default_second_factor, true);
      assert.equal(reserved.body.response.backup_codes.length, 10);
      const user = reserved.body.client.sessions[0].user;
      assert.equal(user.two_factor_enabled, true);
      assert.equal(user.backup_code_enabled, true);

      const signIn = new TestBrowser(server.app);
      const first = await fapi(signIn, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
        form: { identifier: 'ada@example.com', password: PASSWORD },
      });
      assert.equal(first.body.response.status, 'needs_second_factor');
      const factor = first.body.response.supported_second_factors.find(
        (f: { strategy: string }) => f.strategy === 'phone_code',
      );
      assert.equal(factor.phone_number_id, id);
      const signInPath = `/v1/client/sign_ins/${first.body.response.id}`;
      await fapi(
        signIn,
        'post',
        '/v1/client/sign_ins/{sign_in_id}/prepare_second_factor',
        `${signInPath}/prepare_second_factor`,
        {
          form: { strategy: 'phone_code' },
        },
      );
      const code = await mailedCode(server.app, PHONE);
      const done = await fapi(
        signIn,
        'post',
        '/v1/client/sign_ins/{sign_in_id}/attempt_second_factor',
        `${signInPath}/attempt_second_factor`,
        { form: { strategy: 'phone_code', code } },
      );
      assert.equal(done.body.response.status, 'complete');
    });

    it('moves the default between reserved numbers; freeing the last one drops the backup codes', async () => {
      const a = await verifiedPhone();
      const b = await verifiedPhone('+33612345671');
      await patch(a, { reserved_for_second_factor: 'true' });
      const second = await patch(b, { reserved_for_second_factor: 'true' });
      assert.equal(second.body.response.default_second_factor, false);
      assert.equal(second.body.response.backup_codes, null);
      const made = await patch(b, { default_second_factor: 'true' });
      assert.equal(made.body.response.default_second_factor, true);
      const phones = made.body.client.sessions[0].user.phone_numbers;
      assert.equal(phones.find((p: { id: string }) => p.id === a).default_second_factor, false);
      await patch(a, { reserved_for_second_factor: 'false' });
      const last = await patch(b, { reserved_for_second_factor: 'false' });
      const user = last.body.client.sessions[0].user;
      assert.equal(user.two_factor_enabled, false);
      assert.equal(user.backup_code_enabled, false);
    });

    it('refuses an unverified number, a default that is not reserved, and a stale session', async () => {
      const created = await fapi(browser, 'post', '/v1/me/phone_numbers', '/v1/me/phone_numbers', {
        form: { phone_number: PHONE },
      });
      const unverified = await patch(created.body.response.id, { reserved_for_second_factor: 'true' });
      assert.equal(unverified.res.status, 422);
      assert.equal(unverified.body.errors[0].meta.param_name, 'reserved_for_second_factor');
      const id = await verifiedPhone('+33612345671');
      const notReserved = await patch(id, { default_second_factor: 'true' });
      assert.equal(notReserved.body.errors[0].meta.param_name, 'default_second_factor');
      server.clock.advance(11 * MINUTE);
      const stale = await patch(id, { reserved_for_second_factor: 'true' });
      assert.equal(stale.res.status, 403);
      assert.equal(errorCode(stale.body), 'session_reverification_required');
    });
  });
});
