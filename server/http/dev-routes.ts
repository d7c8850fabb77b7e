import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import type { MailMessage } from '../domain/mailbox.js';
import { hashPassword } from '../domain/passwords.js';
import { FapiError } from '../errors.js';
import { mockOAuthRoutes } from '../oauth/routes.js';
import { devError } from './dev-errors.js';
import { devMfaRoutes } from './dev-mfa-routes.js';
import { devSessionRoutes } from './dev-session-routes.js';
import { devSignInRoutes } from './dev-sign-in-routes.js';
import { devWaitlistRoutes, waitlistSection } from './dev-waitlist-routes.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The mailbox page's look: one card per message, the code large, readable from 320 px wide up. */
const MAILBOX_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; padding: 1rem; max-inline-size: 48rem; }
h1 { font-size: 1.25rem; margin-block: 0 0.25rem; }
.intro { color: GrayText; margin-block: 0 1rem; }
ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
li { border: 1px solid color-mix(in srgb, CanvasText 18%, transparent); border-radius: 0.5rem; padding: 0.75rem 1rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.875rem; color: GrayText; }
.to { color: CanvasText; font-weight: 600; overflow-wrap: anywhere; }
.code { font: 700 1.5rem/1.3 ui-monospace, monospace; letter-spacing: 0.15em; margin-block: 0.25rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: 0.875rem; }
h2 { font-size: 1.1rem; margin-block: 1.5rem 0.25rem; }
.waitlist { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
.entry { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.entry form { margin: 0; }
.status { color: GrayText; font-size: 0.875rem; }
`;

function mailboxPage(messages: MailMessage[], extra = ''): string {
  const items = messages
    .map(
      (m) => `<li>
  <div class="meta"><span class="to">${escapeHtml(m.to)}</span><span>${escapeHtml(m.subject)}</span>
    <time datetime="${escapeHtml(new Date(m.created_at).toISOString())}">${escapeHtml(new Date(m.created_at).toISOString().slice(11, 19))} UTC</time></div>
  ${m.code ? `<p class="code" aria-label="Code ${escapeHtml(m.code.split('').join(' '))}">${escapeHtml(m.code)}</p>` : ''}
  <p class="text">${escapeHtml(m.text)}</p>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Latch dev mailbox</title><link rel="stylesheet" href="/__dev/mailbox.css"></head>
<body>
<h1>Dev mailbox</h1>
<p class="intro">${messages.length} message(s), newest first. <a href="/__dev">Refresh</a> · JSON at <a href="/__dev/mailbox">/__dev/mailbox</a></p>
${messages.length ? `<ol>\n${items}\n</ol>` : '<p>Nothing yet: sign up or ask for a code, then refresh.</p>'}
${extra}
</body>
</html>`;
}

const E164 = /^\+[1-9]\d{6,14}$/;

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

/** The dev mailbox over HTTP (at the server root, not under the FAPI prefix). */
export function devRoutes(dev: DevContext) {
  const routes = new Hono();
  routes.get('/mailbox', (c) => {
    const to = c.req.query('to');
    return c.json({ data: dev.mailbox.list(to ? { to } : {}) });
  });
  routes.delete('/mailbox', (c) => {
    dev.mailbox.clear();
    return c.json({ data: [] });
  });
  // Instance settings at run time: tests and the demo's presets switch identifiers and strategies without a
  // restart. A PATCH merges over the settings in force; the next request sees them.
  routes.get('/instance', (c) => c.json(dev.instance));
  routes.patch('/instance', async (c) => {
    const body = await readJson(c.req.raw);
    try {
      return c.json(dev.settings.patch(body));
    } catch (error) {
      return devError(c, 400, (error as Error).message);
    }
  });
  routes.post('/instance/reset', (c) => c.json(dev.settings.reset()));

  // A test user with the identifiers sign-up does not collect yet (username, phone), created verified.
  routes.post('/users', async (c) => {
    const body = (await readJson(c.req.raw)) as Record<string, unknown> | null;
    const text = (key: string) => (typeof body?.[key] === 'string' && body[key] ? (body[key] as string) : null);
    const email = text('email_address');
    const phone = text('phone_number');
    if (!email) return devError(c, 400, 'email_address is required');
    if (phone && !E164.test(phone)) return devError(c, 400, 'phone_number must be E.164, e.g. +15555550123');
    const password = text('password');
    try {
      const user = dev.users.create({
        emailAddress: email,
        emailVerification: { strategy: 'email_code', attempts: null, expireAt: dev.clock.now(), verified: true },
        passwordDigest: password ? await hashPassword(password) : null,
        firstName: text('first_name'),
        lastName: text('last_name'),
        unsafeMetadata: '{}',
        legalAcceptedAt: null,
        username: text('username'),
        phoneNumber: phone,
      });
      return c.json({ id: user.id }, 201);
    } catch (error) {
      if (error instanceof FapiError) return c.json(error.toJSON(), 422);
      throw error;
    }
  });

  routes.get('/mailbox.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(MAILBOX_CSS);
  });
  routes.route('/', devMfaRoutes(dev));
  routes.route('/', devSessionRoutes(dev));
  routes.route('/', devWaitlistRoutes(dev));
  routes.route('/', devSignInRoutes(dev));
  routes.route('/oauth', mockOAuthRoutes(dev));
  routes.get('/', (c) => {
    c.header(
      'Content-Security-Policy',
      // form-action 'self': the waitlist's Invite buttons are plain forms posting to /__dev.
      "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    return c.html(mailboxPage(dev.mailbox.list(), waitlistSection(dev.waitlist.list(), dev.instance.sign_up_mode)));
  });
  return routes;
}
