import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import type { WaitlistEntryRow } from '../domain/waitlist.js';
import { FapiError } from '../errors.js';
import { devError, devFapiError } from './dev-errors.js';
import { OPAQUE_ORIGIN } from './origin.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** An entry as the dev tools show it (no ticket hash). */
function entryJSON(entry: WaitlistEntryRow) {
  return {
    id: entry.id,
    email_address: entry.email_address,
    status: entry.status,
    invited_at: entry.invited_at,
    created_at: entry.created_at,
  };
}

/**
 * The waitlist section of the /__dev page: one row per entry, an Invite button per entry that is not done. A
 * plain form POST (no script: the page's CSP allows none) that answers with a redirect back to the page.
 */
export function waitlistSection(entries: WaitlistEntryRow[], signUpMode: string): string {
  const rows = entries
    .map((e) => {
      const action =
        e.status === 'completed'
          ? ''
          : `<form method="post" action="/__dev/waitlist/${encodeURIComponent(e.id)}/invite"><button type="submit" aria-label="${e.status === 'invited' ? 'Invite again' : 'Invite'} ${escapeHtml(e.email_address)}">${e.status === 'invited' ? 'Invite again' : 'Invite'}</button></form>`;
      return `<li class="entry"><span class="to">${escapeHtml(e.email_address)}</span> <span class="status">${escapeHtml(e.status)}</span> ${action}</li>`;
    })
    .join('\n');
  const mode =
    signUpMode === 'waitlist'
      ? ''
      : ` Sign-ups are <strong>${escapeHtml(signUpMode)}</strong>: the waitlist is closed.`;
  return `<section id="waitlist" aria-labelledby="waitlist-title">
<h2 id="waitlist-title">Waitlist</h2>
<p class="intro">${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}. JSON at <a href="/__dev/waitlist">/__dev/waitlist</a>.${mode}</p>
${entries.length ? `<ul class="waitlist">\n${rows}\n</ul>` : ''}
</section>`;
}

/**
 * `GET /__dev/waitlist` lists the entries; `POST /__dev/waitlist/{id}/invite` invites one: it mails a sign-up link
 * with a ticket to the dev mailbox. A form post (the /__dev page) is answered with a redirect back to the page; a
 * JSON caller (tests, scripts) gets `{entry, link}`.
 */
export function devWaitlistRoutes(dev: DevContext) {
  const routes = new Hono();
  routes.get('/waitlist', (c) => c.json({ data: dev.waitlist.list().map(entryJSON) }));
  routes.post('/waitlist/:id/invite', (c) => {
    // The answer carries a live ticket: never to an opaque-origin page (a sandboxed frame of any site).
    if (c.req.header('Origin') === OPAQUE_ORIGIN) return devError(c, 403, 'Not from an opaque origin');
    const signUpUrl = new URL(dev.instance.urls.sign_up, new URL(c.req.url).origin).href;
    try {
      const { entry, link } = dev.waitlist.invite(c.req.param('id'), signUpUrl);
      const fromForm = (c.req.header('Content-Type') ?? '').startsWith('application/x-www-form-urlencoded');
      if (fromForm) return c.redirect('/__dev#waitlist', 303);
      return c.json({ entry: entryJSON(entry), link });
    } catch (error) {
      if (error instanceof FapiError) return devFapiError(c, error);
      throw error;
    }
  });
  return routes;
}
