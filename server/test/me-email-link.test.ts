/**
 * An email address added in the user profile, verified by link (issue 13): on an instance whose addresses are
 * verified by `email_link`, prepare_verification mails a single-use link; opening it (another tab, no cookies)
 * verifies the address, and the page that asked reads it verified. Every response is validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MINUTE } from '../clock.js';
import {
  errorCode,
  fapi,
  mailedLink,
  makeServer,
  PAGE_ORIGIN,
  signedInUser,
  TestBrowser,
  type TestServer,
} from './helpers.js';

const ADD = '/v1/me/email_addresses';
const ONE = '/v1/me/email_addresses/{email_id}';
const PREPARE = '/v1/me/email_addresses/{email_id}/prepare_verification';
const RETURN_TO = `${PAGE_ORIGIN}/#/profile`;

/** The `__clerk_status` an opened link sends the browser back with. */
function landing(res: Response): string | null {
  return new URL(res.headers.get('Location') ?? '').searchParams.get('__clerk_status');
}

describe('/v1/me email address verified by link', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeEach(async () => {
    // Sign-ups still verify by code here (the helper's user), added addresses may take a link.
    server = await makeServer({ instance: { email_address: { verifications: ['email_code', 'email_link'] } } });
    ({ browser } = await signedInUser(server, 'ada@example.com'));
  });

  async function addWithLink(email: string, redirectUrl: string | null = RETURN_TO) {
    const created = await fapi(browser, 'post', ADD, ADD, { form: { email_address: email } });
    const id = created.body.response.id as string;
    const form: Record<string, string> = { strategy: 'email_link' };
    if (redirectUrl !== null) form.redirect_url = redirectUrl;
    const prepared = await fapi(browser, 'post', PREPARE, `${ADD}/${id}/prepare_verification`, { form });
    return { id, prepared };
  }

  it('mails a link; opened in another tab → 303 back with verified; the asking page reads it verified', async () => {
    const { id, prepared } = await addWithLink('ada.work@example.com');
    assert.equal(prepared.res.status, 200);
    assert.equal(prepared.body.response.verification.strategy, 'email_link');
    assert.equal(prepared.body.response.verification.status, 'unverified');

    const other = new TestBrowser(server.app, null);
    const opened = await other.call('get', await mailedLink(server, 'ada.work@example.com'));
    assert.equal(opened.status, 303);
    const back = new URL(opened.headers.get('Location') ?? '');
    assert.equal(`${back.origin}${back.pathname}${back.hash}`, RETURN_TO);
    assert.equal(back.searchParams.get('__clerk_status'), 'verified');

    const polled = await fapi(browser, 'get', ONE, `${ADD}/${id}`);
    assert.equal(polled.body.response.verification.status, 'verified');
    assert.equal(polled.body.response.verification.strategy, 'email_link');
    const me = await fapi(browser, 'get', '/v1/me', '/v1/me');
    const added = me.body.response.email_addresses.find((e: { id: string }) => e.id === id);
    assert.equal(added.verification.status, 'verified');
  });

  it('a used, a replaced and an expired link verify nothing', async () => {
    const { id } = await addWithLink('ada.work@example.com');
    const first = await mailedLink(server, 'ada.work@example.com');
    // A new link replaces the first one: the first then fails.
    await fapi(browser, 'post', PREPARE, `${ADD}/${id}/prepare_verification`, {
      form: { strategy: 'email_link', redirect_url: RETURN_TO },
    });
    const second = await mailedLink(server, 'ada.work@example.com');
    const other = new TestBrowser(server.app, null);
    const replaced = await other.call('get', first);
    assert.equal(landing(replaced), 'failed');
    assert.equal((await fapi(browser, 'get', ONE, `${ADD}/${id}`)).body.response.verification.status, 'unverified');

    server.clock.advance(11 * MINUTE);
    const late = await other.call('get', second);
    assert.equal(landing(late), 'expired');
    assert.equal((await fapi(browser, 'get', ONE, `${ADD}/${id}`)).body.response.verification.status, 'unverified');

    await fapi(browser, 'post', PREPARE, `${ADD}/${id}/prepare_verification`, {
      form: { strategy: 'email_link', redirect_url: RETURN_TO },
    });
    const fresh = await mailedLink(server, 'ada.work@example.com');
    assert.equal(landing(await other.call('get', fresh)), 'verified');
    const reused = await other.call('get', fresh);
    assert.equal(landing(reused), 'failed');
    // Verified: neither a new link nor a code is sent for it any more.
    const again = await fapi(browser, 'post', PREPARE, `${ADD}/${id}/prepare_verification`, {
      form: { strategy: 'email_link', redirect_url: RETURN_TO },
    });
    assert.equal(errorCode(again.body), 'verification_already_verified');
  });

  it('without a redirect URL, the link lands on the server page', async () => {
    await addWithLink('ada.work@example.com', null);
    const other = new TestBrowser(server.app, null);
    const opened = await other.call('get', await mailedLink(server, 'ada.work@example.com'));
    assert.equal(opened.status, 200);
    assert.match(await opened.text(), /data-status="verified"/);
  });

  it('refuses a foreign redirect, and a link on an instance that verifies addresses by code only', async () => {
    const { prepared } = await addWithLink('ada.work@example.com', 'https://evil.example/phish');
    assert.equal(prepared.res.status, 422);
    assert.equal(errorCode(prepared.body), 'form_param_value_invalid');
    assert.equal(prepared.body.errors[0].meta.param_name, 'redirect_url');

    server = await makeServer();
    ({ browser } = await signedInUser(server, 'grace@example.com'));
    const codeOnly = await addWithLink('grace.work@example.com');
    assert.equal(codeOnly.prepared.res.status, 422);
    assert.equal(errorCode(codeOnly.prepared.body), 'form_param_value_invalid');
    assert.equal(codeOnly.prepared.body.errors[0].meta.param_name, 'strategy');
  });
});
