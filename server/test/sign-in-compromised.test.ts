/**
 * A password known to be breached (marked by `POST /__dev/users/{user}/password_compromised`): the right password
 * no longer signs in (`form_password_pwned`, under the password field), a reset code leads to `needs_new_password`,
 * and the new password signs in and clears the mark. A wrong password is still just wrong.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, mailedCode, makeServer, TestBrowser, type TestServer } from './helpers.js';

const CREATE = '/v1/client/sign_ins';
const PREPARE = '/v1/client/sign_ins/{sign_in_id}/prepare_first_factor';
const ATTEMPT = '/v1/client/sign_ins/{sign_in_id}/attempt_first_factor';
const RESET = '/v1/client/sign_ins/{sign_in_id}/reset_password';
const EMAIL = 'grace@example.com';
const PASSWORD = 'quiet harbour lantern';
const NEW_PASSWORD = 'a brand new lantern 7';

async function dev(server: TestServer, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await server.app.request(`/__dev${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body ?? {}),
  });
  return { res, body: (await res.json()) as any };
}

describe('sign-in with a breached password', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeEach(async () => {
    server = await makeServer();
    browser = new TestBrowser(server.app);
    const created = await dev(server, '/users', { email_address: EMAIL, password: PASSWORD });
    assert.equal(created.res.status, 201);
    const marked = await dev(server, `/users/${EMAIL}/password_compromised`);
    assert.equal(marked.res.status, 200);
    assert.equal(marked.body.password_compromised, true);
  });

  const create = (form: Record<string, string>) => fapi(browser, 'post', CREATE, CREATE, { form });
  const path = (id: string, action: string) => `/v1/client/sign_ins/${id}/${action}`;

  it('the right password answers form_password_pwned; a reset code, then a new password, signs in', async () => {
    const refused = await create({ identifier: EMAIL, password: PASSWORD });
    assert.equal(refused.res.status, 422);
    assert.equal(errorCode(refused.body), 'form_password_pwned');
    assert.equal(refused.body.errors[0].meta.param_name, 'password');

    const { body } = await create({ identifier: EMAIL });
    const id = body.response.id;
    assert.equal(body.response.status, 'needs_first_factor');
    const again = await fapi(browser, 'post', ATTEMPT, path(id, 'attempt_first_factor'), {
      form: { strategy: 'password', password: PASSWORD },
    });
    assert.equal(errorCode(again.body), 'form_password_pwned', 'the same on the password step');
    assert.equal(again.body.errors[0].long_message.includes(PASSWORD), false, 'the password is never echoed');
    const wrong = await fapi(browser, 'post', ATTEMPT, path(id, 'attempt_first_factor'), {
      form: { strategy: 'password', password: 'not the password' },
    });
    assert.equal(errorCode(wrong.body), 'form_password_incorrect', 'a wrong one says nothing about the breach');

    await fapi(browser, 'post', PREPARE, path(id, 'prepare_first_factor'), {
      form: { strategy: 'reset_password_email_code' },
    });
    const code = await mailedCode(server.app, EMAIL);
    const verified = await fapi(browser, 'post', ATTEMPT, path(id, 'attempt_first_factor'), {
      form: { strategy: 'reset_password_email_code', code },
    });
    assert.equal(verified.body.response.status, 'needs_new_password');
    const done = await fapi(browser, 'post', RESET, path(id, 'reset_password'), { form: { password: NEW_PASSWORD } });
    assert.equal(done.body.response.status, 'complete');

    // The mark went with the old password: the new one signs in on another browser.
    const other = new TestBrowser(server.app);
    const signedIn = await fapi(other, 'post', CREATE, CREATE, { form: { identifier: EMAIL, password: NEW_PASSWORD } });
    assert.equal(signedIn.body.response.status, 'complete');
  });

  it('the dev route refuses unknown users, foreign forms and opaque origins', async () => {
    assert.equal((await dev(server, '/users/nobody@example.com/password_compromised')).res.status, 404);
    const form = await server.app.request(`/__dev/users/${EMAIL}/password_compromised`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(form.status, 400);
    const opaque = await dev(server, `/users/${EMAIL}/password_compromised`, {}, { Origin: 'null' });
    assert.equal(opaque.res.status, 403);
  });
});
