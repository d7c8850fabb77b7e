import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import type { MailMessage } from '../domain/mailbox.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function mailboxPage(messages: MailMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(new Date(m.created_at).toISOString())}</td><td>${escapeHtml(m.to)}</td>` +
        `<td><strong>${escapeHtml(m.code ?? '')}</strong></td><td>${escapeHtml(m.subject)}</td><td>${escapeHtml(m.text)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Latch dev mailbox</title></head>
<body>
<h1>Dev mailbox</h1>
<p>${messages.length} message(s), newest first. JSON at <a href="/__dev/mailbox">/__dev/mailbox</a>.</p>
<table>
<thead><tr><th>Sent</th><th>To</th><th>Code</th><th>Subject</th><th>Text</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>`;
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
  routes.get('/', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    return c.html(mailboxPage(dev.mailbox.list()));
  });
  return routes;
}
