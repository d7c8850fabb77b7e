/**
 * CLI for the dev FAPI server.
 *
 *   tsx server/main.ts [--port 4000] [--db .data/dev.sqlite] [--instance server/instance.json]
 *                      [--allowed-origin https://app.example.test]... [--demo] [--rate-limit N|off]
 *
 * `--demo` serves index.html and dist/ on http://localhost:5173 with the FAPI under /__clerk.
 * `--rate-limit` sets the credential endpoints' per-IP limit per minute (default 30); `off` disables it, for load
 * and crash tests that sign up many users from one address.
 * Env: PORT, LATCH_ALLOWED_ORIGINS (comma list).
 */
import { parseArgs } from 'node:util';
import { startDevServer } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    instance: { type: 'string' },
    'allowed-origin': { type: 'string', multiple: true },
    'rate-limit': { type: 'string' },
    demo: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: tsx server/main.ts [--demo] [--port N] [--host H] [--db FILE] [--instance FILE] [--allowed-origin ORIGIN]... [--rate-limit N|off]',
  );
  process.exit(0);
}

const demo = values.demo ?? false;
const port = Number(values.port ?? process.env.PORT ?? (demo ? 5173 : 4000));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const rateLimitArg = values['rate-limit'];
const rateLimitMax = rateLimitArg === undefined || rateLimitArg === 'off' ? null : Number(rateLimitArg);
if (rateLimitMax !== null && !(Number.isInteger(rateLimitMax) && rateLimitMax > 0)) {
  console.error(`Invalid --rate-limit: ${rateLimitArg} (a positive integer per minute, or off)`);
  process.exit(2);
}
const allowedOrigins = [
  ...(values['allowed-origin'] ?? []),
  ...(process.env.LATCH_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
];

const server = await startDevServer({
  port,
  host: values.host,
  demo,
  dbFile: values.db,
  instanceFile: values.instance,
  allowedOrigins,
  rateLimit: rateLimitArg === 'off' ? false : rateLimitMax ? { max: rateLimitMax, windowMs: 60_000 } : undefined,
});

console.log(`Latch dev FAPI${demo ? ' (demo)' : ''} listening on ${server.url}`);
console.log(`  publishable key : ${server.publishableKey}`);
console.log(`  FAPI (proxyUrl) : ${server.fapiUrl}${demo ? '' : `  (also at ${server.url}/v1)`}`);
console.log(`  JWKS            : ${server.url}/.well-known/jwks.json`);
console.log(`  dev mailbox     : ${server.url}/__dev  (JSON: ${server.url}/__dev/mailbox)`);
if (demo) console.log(`  demo page       : ${server.url}/`);

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
