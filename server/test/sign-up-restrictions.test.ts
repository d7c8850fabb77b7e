import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InstanceOverrides } from '../instance.js';
import { errorCode, fapi, makeServer, TestBrowser } from './helpers.js';

const CREATE = '/v1/client/sign_ups';
const ONE = '/v1/client/sign_ups/{sign_up_id}';
const ENVIRONMENT = '/v1/environment';
const PASSWORD = 'correct horse battery';

async function browserOn(instance: InstanceOverrides) {
  const server = await makeServer({ instance });
  return new TestBrowser(server.app);
}

const create = (browser: TestBrowser, form: Record<string, string>) =>
  fapi(browser, 'post', CREATE, CREATE, { form: { password: PASSWORD, ...form } });

function assertRefused(body: { errors: Array<{ code: string; meta: { param_name?: string } }> }, param: string) {
  assert.equal(errorCode(body), 'not_allowed_access');
  assert.equal(body.errors[0].meta.param_name, param);
}

describe('sign-up allowlist and blocklist', () => {
  it('the environment says which lists are on', async () => {
    const browser = await browserOn({ restrictions: { blocklist: ['spam.test'] } });
    const { body } = await fapi(browser, 'get', ENVIRONMENT, ENVIRONMENT);
    assert.deepEqual(body.user_settings.restrictions.allowlist, { enabled: false });
    assert.deepEqual(body.user_settings.restrictions.blocklist, { enabled: true });
  });

  it('a blocked domain (and its subdomains) is refused at the email field, with status 403; others pass', async () => {
    const browser = await browserOn({ restrictions: { blocklist: ['spam.test', 'Eve@Example.com'] } });
    for (const email of ['ada@spam.test', 'ada@eu.spam.test', 'eve@example.com']) {
      const { res, body } = await create(browser, { email_address: email });
      assert.equal(res.status, 403, email);
      assertRefused(body, 'email_address');
    }
    const ok = await create(browser, { email_address: 'ada@notspam.test' });
    assert.equal(ok.res.status, 200);
  });

  it('an allowlist admits only the addresses and domains it lists', async () => {
    const browser = await browserOn({ restrictions: { allowlist: ['example.com', 'guest@other.test'] } });
    assertRefused((await create(browser, { email_address: 'ada@other.test' })).body, 'email_address');
    assert.equal((await create(browser, { email_address: 'guest@other.test' })).res.status, 200);
  });

  it('an update to a blocked address is refused too, and the sign-up keeps its address', async () => {
    const browser = await browserOn({ restrictions: { blocklist: ['spam.test'] } });
    const { body } = await create(browser, { email_address: 'ada@example.com' });
    const id = body.response.id;
    const updated = await fapi(browser, 'patch', ONE, `/v1/client/sign_ups/${id}`, {
      form: { email_address: 'ada@spam.test' },
    });
    assertRefused(updated.body, 'email_address');
    const read = await fapi(browser, 'get', ONE, `/v1/client/sign_ups/${id}`);
    assert.equal(read.body.response.email_address, 'ada@example.com');
  });

  it('a blocked phone number is refused at the phone field', async () => {
    const browser = await browserOn({
      phone_number: { enabled: true },
      restrictions: { blocklist: ['+15555550100'] },
    });
    const { body } = await create(browser, { email_address: 'ada@example.com', phone_number: '+1 555 555 0100' });
    assertRefused(body, 'phone_number');
  });

  it('the instance refuses a list that is not a list of strings', async () => {
    await assert.rejects(makeServer({ instance: { restrictions: { blocklist: [''] } } }), /restrictions\.blocklist/);
  });
});
