/**
 * Look-alike identifiers (issue 6): an address with a NUL, a zero-width space, a bidi override… must never become
 * a second account that looks like an existing one, and names refuse control and hidden formatting characters.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { normalizeIdentifier } from '../../src/core/identifiers.js';
import { errorCode, fapi, makeServer, signUpUser, TestBrowser, type TestServer } from './helpers.js';

const VICTIM = 'victim+clerk_test@example.com';
const LOOK_ALIKES = ['\u0000', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u0007', '\uE000', '\u3164'].map(
  (ch) => `vic${ch}tim+clerk_test@example.com`,
);

describe('identifier normalization on the server', () => {
  let server: TestServer;
  before(async () => {
    server = await makeServer();
    await signUpUser(server, VICTIM);
  });

  it('the Node side of the shared module agrees with the browser side', () => {
    assert.deepEqual(normalizeIdentifier(' A\u0301@B.c '), { ok: true, value: '\u00e1@b.c' });
    assert.equal(normalizeIdentifier('a\u200B@b.c').ok, false);
  });

  it('refuses look-alike email addresses at sign-up with 422 form_param_format_invalid on email_address', async () => {
    for (const email of LOOK_ALIKES) {
      const browser = new TestBrowser(server.app);
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: email, password: 'correct horse battery' },
      });
      assert.equal(res.status, 422, JSON.stringify(email));
      assert.equal(errorCode(body), 'form_param_format_invalid');
      assert.equal(body.errors[0].meta.param_name, 'email_address');
    }
    const count = server.dev.db.prepare('SELECT count(*) AS n FROM email_addresses').get() as { n: number };
    assert.equal(count.n, 1);
  });

  it('treats case and Unicode normalization variants as the same address (form_identifier_exists)', async () => {
    for (const email of ['VICTIM+clerk_test@EXAMPLE.com', ' victim+clerk_test@example.com ']) {
      const browser = new TestBrowser(server.app);
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: email },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(body), 'form_identifier_exists');
    }
    await signUpUser(server, 'Jose\u0301+clerk_test@example.com');
    const browser = new TestBrowser(server.app);
    const { body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { email_address: 'jos\u00e9+clerk_test@example.com' },
    });
    assert.equal(errorCode(body), 'form_identifier_exists');
  });

  it('refuses look-alike sign-in identifiers with 422 naming identifier; finds the account by any case', async () => {
    const browser = new TestBrowser(server.app);
    const bad = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: LOOK_ALIKES[1] as string },
    });
    assert.equal(errorCode(bad.body), 'form_param_format_invalid');
    assert.equal(bad.body.errors[0].meta.param_name, 'identifier');
    const good = await fapi(browser, 'post', '/v1/client/sign_ins', '/v1/client/sign_ins', {
      form: { identifier: 'Victim+Clerk_Test@Example.com' },
    });
    assert.equal(good.body.response.status, 'needs_first_factor');
  });

  it('names keep any script but refuse control and hidden formatting characters', async () => {
    const browser = new TestBrowser(server.app);
    const ok = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
      form: { email_address: 'names+clerk_test@example.com', first_name: ' مهدی\u200Cزاده ', last_name: '李' },
    });
    assert.equal(ok.body.response.first_name, 'مهدی\u200Cزاده');
    for (const name of ['Ada\u202Eecalovel', 'A\u0000da', 'A\u200Bda']) {
      const { res, body } = await fapi(browser, 'post', '/v1/client/sign_ups', '/v1/client/sign_ups', {
        form: { email_address: 'names2+clerk_test@example.com', first_name: name },
      });
      assert.equal(res.status, 422);
      assert.equal(body.errors[0].meta.param_name, 'first_name');
    }
  });
});
