/** What the end-to-end tests share: page watchers, the dev mailbox, the sign-in/sign-out moves, plain pages on another origin. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { hashPassword } from '../../server/domain/passwords.js';
import type { startDevServer } from '../../server/index.js';
import { OpenApiValidator } from '../../server/test/openapi-validator.js';

const spec = new OpenApiValidator();

/**
 * Watches a page for what must never happen: a CSP violation, an uncaught error, or a dev-server response that
 * does not match Clerk's OpenAPI spec for its operation (every FAPI exchange of the page is checked). Call the
 * returned function at the end of the test: it waits for the checks and resolves to the problems found.
 */
export function watchPage(page: Page): { problems: () => Promise<string[]>; checked: () => number } {
  const problems: string[] = [];
  const checks: Promise<void>[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(text)) problems.push(`csp: ${text}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    const at = url.pathname.indexOf('/__clerk/v1/');
    if (at < 0 || response.request().method() === 'OPTIONS') return;
    // Uploaded images are served beside FAPI by the dev server (Clerk serves them from a CDN): not FAPI exchanges.
    if ((response.headers()['content-type'] ?? '').startsWith('image/')) return;
    // Non-GET/POST methods travel as POST + `_method`; the spec describes the real method.
    const method = url.searchParams.get('_method') ?? response.request().method();
    const path = url.pathname.slice(at + '/__clerk'.length);
    checks.push(
      response.text().then(
        (text) => {
          problems.push(...spec.problems(method, path, response.status(), text ? JSON.parse(text) : null));
        },
        () => {}, // the page navigated away before the body arrived: nothing to check
      ),
    );
  });
  return {
    problems: async () => {
      await Promise.all(checks);
      return problems;
    },
    checked: () => checks.length,
  };
}

/** What `pick` finds in the newest mail the dev server sent to `to` (read from the dev mailbox's JSON), once sent. */
async function fromLatestMail(
  serverUrl: string,
  to: string,
  what: string,
  pick: (mail: { code?: string | null; text?: string }) => string | null | undefined,
): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${serverUrl}/__dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { data: Array<{ code?: string | null; text?: string }> };
    const found = body.data[0] ? pick(body.data[0]) : null;
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${what} arrived for ${to}`);
}

/** The newest verification code the dev server sent to `to`. */
export function latestCode(serverUrl: string, to: string): Promise<string> {
  return fromLatestMail(serverUrl, to, 'code', (mail) => mail.code);
}

/** Signs up on the page's `<latch-sign-up>` with an email address and a password, typing the mailed code. */
export async function signUpWithCode(page: Page, serverUrl: string, email: string, password: string): Promise<void> {
  const signUp = page.locator('latch-sign-up');
  await signUp.locator('input[name="emailAddress"]').fill(email);
  await signUp.locator('input[name="password"]').fill(password);
  await signUp.locator('button[type="submit"]').click();
  await signUp.locator('input[name="code"]').fill(await latestCode(serverUrl, email));
}

/** The link in the newest mail the dev server sent to `to` (an email link). */
export function latestLink(serverUrl: string, to: string): Promise<string> {
  return fromLatestMail(serverUrl, to, 'link', (mail) => /https?:\/\/\S+/.exec(mail.text ?? '')?.[0]);
}

/** A new page of `context` on the demo at `serverUrl`, once its sign-in card is ready; any page error fails. */
export async function openDemo(context: BrowserContext, serverUrl: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`pageerror: ${error.message}`));
  await page.goto(serverUrl);
  await page.locator('latch-sign-in input[name="identifier"]').waitFor();
  return page;
}

/** Signs in through the page's `<latch-sign-in>`: address, Continue, then the given password, Continue. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  const signIn = page.locator('latch-sign-in');
  await signIn.locator('input[name="identifier"]').fill(email);
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('input[name="password"]').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

export async function openUserMenuAndSignOut(page: Page): Promise<void> {
  await page.locator('latch-user-button .cl-userButtonTrigger').click();
  await page.locator('.cl-userButtonPopoverActionButton__signOut').click();
  await page.locator('latch-sign-in input[name="identifier"]').waitFor();
}

export interface PlainSite {
  /** The page's URL: http://127.0.0.1:<port>/ (the dev server is on localhost: another origin). */
  url: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` from a tiny http server on port 0, as any other site would. */
export async function servePlainPage(html: string): Promise<PlainSite> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The script tag of dist/latch.js served by the dev server at `serverUrl`, its key and proxy URL. */
export function scriptTag(serverUrl: string, publishableKey: string, file = 'latch.js'): string {
  return `<script src="${serverUrl}/dist/${file}" data-publishable-key="${publishableKey}"
    data-proxy-url="${serverUrl}/__clerk"></script>`;
}

/** Collects uncaught errors, CSP refusals and console errors (failed chunk loads are logged as errors). */
export function watchErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return () => problems;
}

type DevServer = Awaited<ReturnType<typeof startDevServer>>;

/** A user with a verified email address and a password, made straight in the dev server's store; its id. */
export async function createVerifiedUser(
  server: DevServer,
  email: string,
  password: string,
  firstName: string | null = null,
): Promise<string> {
  const user = server.context.users.create({
    emailAddress: email,
    emailVerification: { strategy: 'email_code', attempts: 1, expireAt: Date.now(), verified: true },
    passwordDigest: await hashPassword(password),
    firstName,
    lastName: null,
    unsafeMetadata: '{}',
    legalAcceptedAt: null,
  });
  return user.id;
}

/**
 * A plain page with the script tag for the organization tests: the sign-in while signed out, the organization
 * switcher while signed in, then `more` (markup of the test's own).
 */
export function switcherPage(server: DevServer, more = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Organizations</title>
    ${scriptTag(server.url, server.publishableKey)}</head><body><main>
    <latch-signed-out><latch-sign-in routing="virtual"></latch-sign-in></latch-signed-out>
    <latch-signed-in><latch-org-switcher></latch-org-switcher></latch-signed-in>
    ${more}
    </main></body></html>`;
}

/** A domain of `orgId`, verified by the code mailed to an address at it, in enrollment `mode`. */
export function verifiedDomain(
  server: DevServer,
  orgId: string,
  name: string,
  mode: 'automatic_suggestion' | 'automatic_invitation',
): void {
  const domains = server.context.organizationDomains;
  const domain = domains.create(orgId, { name, enrollmentMode: mode });
  domains.prepareAffiliationVerification(orgId, domain.id, `it@${name}`);
  const code = server.context.mailbox.list({ to: `it@${name}` })[0]?.code;
  assert.ok(code, 'the domain verification code was mailed');
  domains.attemptAffiliationVerification(orgId, domain.id, code);
}

/** A call to the dev tools (`/__dev…`: instance settings, users, MFA enrolment); fails the test unless it is 2xx. */
export async function devCall(serverUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${serverUrl}/__dev${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(res.ok, `${method} /__dev${path} → ${res.status}: ${await res.clone().text()}`);
  return res.json();
}

/** A platform authenticator for this page (CDP, CTAP2, resident keys): answers every ceremony as if touched. */
export async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

/** The `o` claim (active organization: id, slug, role) of a fresh session token; null on the personal account. */
export async function orgClaim(page: Page): Promise<{ id: string; slg: string; rol: string } | null> {
  return page.evaluate(async () => {
    const latch = (window as unknown as { Latch: { session: { getToken(): Promise<string> } } }).Latch;
    const jwt = await latch.session.getToken();
    const payload = JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    return payload.o ?? null;
  });
}
