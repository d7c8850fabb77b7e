import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { Clock } from './clock.js';
import { createDevContext, type DevContext } from './context.js';
import type { Mailbox } from './domain/mailbox.js';
import { type AppOptions, createApp as createHonoApp, FAPI_PREFIX } from './http/app.js';
import { createBoundedServer } from './http/boundary.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import { type InstanceOverrides, publishableKeyFor } from './instance.js';

export type { Clock } from './clock.js';
export { ManualClock, systemClock } from './clock.js';
export type { DevContext, DevContextOptions } from './context.js';
export { createDevContext } from './context.js';
export type { Mailbox, MailMessage } from './domain/mailbox.js';
export type { AppOptions } from './http/app.js';
export { FAPI_PREFIX } from './http/app.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export type { InstanceConfig, InstanceOverrides } from './instance.js';
export { defaultInstanceConfig, loadInstanceConfig, publishableKeyFor } from './instance.js';

const SERVER_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_INSTANCE_FILE = resolve(SERVER_DIR, 'instance.json');
export const REPO_ROOT = resolve(SERVER_DIR, '..');

/** Builds the hono app over an existing context (tests call `app.request(...)` on it). */
export function createApp(dev: DevContext, options: AppOptions = {}): Hono {
  return createHonoApp(dev, options);
}

export interface StartDevServerOptions {
  /** 0 picks a free port; the returned url carries the real one. */
  port: number;
  host?: string;
  demo?: boolean;
  /** SQLite file, ':memory:' allowed. Default `.data/dev.sqlite` under the repo root. */
  dbFile?: string;
  /** Default server/instance.json. */
  instanceFile?: string;
  /** Overrides on top of the instance file; nested objects merge one level deep. */
  instance?: InstanceOverrides;
  allowedOrigins?: string[];
  quiet?: boolean;
  repoRoot?: string;
  clock?: Clock;
  rateLimit?: RateLimitOptions | false;
}

export interface DevServer {
  /** Origin of the server, e.g. http://localhost:4000 (the FAPI is at url, or url + '/__clerk' in demo mode). */
  url: string;
  /** Base URL clients should use as `proxyUrl`: always `${url}/__clerk`. */
  fapiUrl: string;
  publishableKey: string;
  mailbox: Mailbox;
  app: Hono;
  context: DevContext;
  close(): Promise<void>;
}

export async function startDevServer(opts: StartDevServerOptions): Promise<DevServer> {
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const context = await createDevContext({
    dbFile: opts.dbFile ?? resolve(repoRoot, '.data/dev.sqlite'),
    instanceFile: opts.instanceFile ?? DEFAULT_INSTANCE_FILE,
    instance: opts.instance,
    clock: opts.clock,
    quiet: opts.quiet,
  });
  const app = createHonoApp(context, {
    demo: opts.demo,
    repoRoot,
    allowedOrigins: opts.allowedOrigins,
    rateLimit: opts.rateLimit,
  });
  const host = opts.host ?? 'localhost';

  const server = createBoundedServer(app.fetch);
  const port = await new Promise<number>((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port, host, () => done((server.address() as AddressInfo).port));
  });

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    fapiUrl: `${url}${FAPI_PREFIX}`,
    publishableKey: publishableKeyFor(context.instance),
    mailbox: context.mailbox,
    app,
    context,
    close: () =>
      new Promise<void>((done, fail) => {
        // Idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
        server.close((err) => {
          context.close();
          if (err) fail(err);
          else done();
        });
      }),
  };
}
