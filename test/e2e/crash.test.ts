/**
 * Crash test (issue 6): the real dev server runs as a child process on a temp SQLite file while sign-ups run
 * concurrently; it is SIGKILLed mid-way and restarted on the same database and port. Every sign-up that
 * completed (got its session) must still be there and sign in, nothing half-written may be visible, and a
 * browser that was signed in before the crash is still signed in after a reload: the client, its session, the
 * cookie-signing secret and the JWT signing key all live in the same SQLite file, committed before the answer
 * left, so the restarted server recognizes the browser's `__client` cookie and mints tokens it can verify.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { useE2e } from './fixture.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const Q = '__clerk_api_version=2026-05-12&_clerk_js_version=0.1.0-crash';
const PASSWORD = 'quartz-meadow-engine-71';
const CONCURRENCY = 6;
/** SIGKILL once this many sign-ups have completed, while the others are in flight. */
const KILL_AFTER = 12;

interface RunningServer {
  child: ChildProcess;
  url: string;
}

/** Starts `server/main.ts --demo` as a child and resolves once it prints its URL. */
function startServer(dbFile: string, port: number): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--demo', '--port', String(port), '--db', dbFile, '--rate-limit', 'off'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        done({ child, url: match[1] as string });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${output}`)));
  });
}

interface FapiBody {
  response?: { id?: string; status?: string; created_session_id?: string | null } | null;
}

/** One HTTP browser: keeps its `__client` cookie, sends an allowed Origin, form bodies. */
class HttpClient {
  private cookie = '';
  constructor(private readonly base: string) {}

  async post(path: string, form: Record<string, string> = {}): Promise<{ status: number; body: FapiBody }> {
    const res = await fetch(`${this.base}/__clerk${path}?${Q}`, {
      method: 'POST',
      headers: {
        Origin: this.base,
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(this.cookie ? { Cookie: this.cookie } : {}),
      },
      body: new URLSearchParams(form).toString(),
    });
    const set = res.headers.getSetCookie().find((line) => line.startsWith('__client='));
    if (set) this.cookie = set.split(';')[0] as string;
    return { status: res.status, body: (await res.json()) as FapiBody };
  }
}

/** A whole test-mode sign-up; resolves to the email once the session exists, throws otherwise. */
async function signUp(base: string, email: string): Promise<string> {
  const client = new HttpClient(base);
  const created = await client.post('/v1/client/sign_ups', { email_address: email, password: PASSWORD });
  if (created.status !== 200) throw new Error(`create ${created.status}`);
  const id = created.body.response?.id as string;
  await client.post(`/v1/client/sign_ups/${id}/prepare_verification`, { strategy: 'email_code' });
  const done = await client.post(`/v1/client/sign_ups/${id}/attempt_verification`, {
    strategy: 'email_code',
    code: '424242',
  });
  if (done.body.response?.status !== 'complete' || !done.body.response?.created_session_id) {
    throw new Error(`attempt ${done.status}`);
  }
  return email;
}

describe('SIGKILL in the middle of sign-ups, then a restart on the same database', () => {
  let dir: string;
  let dbFile: string;
  let server: RunningServer | null = null;
  // The browser only: this test runs the dev server as a child process, to kill it.
  const e2e = useE2e({ instance: false });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latch-crash-'));
    dbFile = join(dir, 'dev.sqlite');
  });

  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no completed sign-up, shows nothing half-written, and the signed-in browser stays signed in', async () => {
    server = await startServer(dbFile, 0);
    const port = Number(new URL(server.url).port);

    // A browser signs up through the demo page and is signed in.
    const page = await e2e.newPage();
    await page.goto(server.url);
    const pageEmail = 'crash-browser+clerk_test@example.com';
    const card = page.locator('latch-sign-up');
    await card.locator('input[name="emailAddress"]').fill(pageEmail);
    await card.locator('input[name="password"]').fill(PASSWORD);
    await card.locator('button[type="submit"]').click();
    await card.locator('input[name="code"]').fill('424242');
    await page.locator('[data-demo="email"]', { hasText: pageEmail }).waitFor();

    // Concurrent sign-ups; the server is killed once KILL_AFTER have completed.
    const completed: string[] = [];
    let started = 0;
    let killed = false;
    const running = server;
    const worker = async () => {
      while (!killed) {
        const email = `crash-${started++}+clerk_test@example.com`;
        try {
          completed.push(await signUp(running.url, email));
        } catch {
          // Requests cut by the kill fail; a sign-up counts only once its session came back.
        }
        if (completed.length >= KILL_AFTER && !killed) {
          killed = true;
          running.child.kill('SIGKILL');
        }
      }
    };
    const exited = new Promise((done) => running.child.once('exit', done));
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await exited;
    assert.ok(completed.length >= KILL_AFTER);
    assert.ok(started > completed.length, 'some sign-ups were in flight when the server died');

    // Restart on the same file and port (the browser's cookie is for this origin).
    server = await startServer(dbFile, port);

    // Nothing half-written: every user has its email, every email and session its user, every completed
    // sign-up its user and session, and the file is intact.
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(
      count(
        'SELECT count(*) AS n FROM users u WHERE NOT EXISTS (SELECT 1 FROM email_addresses e WHERE e.user_id = u.id)',
      ),
      0,
    );
    assert.equal(
      count(
        'SELECT count(*) AS n FROM users u WHERE NOT EXISTS (SELECT 1 FROM email_addresses e WHERE e.id = u.primary_email_address_id)',
      ),
      0,
    );
    assert.equal(
      count(
        'SELECT count(*) AS n FROM email_addresses e WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = e.user_id)',
      ),
      0,
    );
    assert.equal(
      count('SELECT count(*) AS n FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)'),
      0,
    );
    assert.equal(
      count(
        `SELECT count(*) AS n FROM sign_ups s WHERE s.status = 'complete' AND (NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.created_user_id) OR NOT EXISTS (SELECT 1 FROM sessions x WHERE x.id = s.created_session_id))`,
      ),
      0,
    );
    assert.equal(
      count('SELECT count(*) AS n FROM users u WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id)'),
      0,
    );
    const users = count('SELECT count(*) AS n FROM users');
    db.close();

    // Every completed sign-up is still there and signs in with its password.
    let lost = 0;
    for (const email of completed) {
      const client = new HttpClient(server.url);
      const signIn = await client.post('/v1/client/sign_ins', { identifier: email, password: PASSWORD });
      if (signIn.body.response?.status !== 'complete') lost++;
    }
    assert.equal(lost, 0, `${lost} of ${completed.length} completed sign-ups were lost`);
    console.log(
      `crash test: ${completed.length} sign-ups completed before SIGKILL, ${started - completed.length} in flight; ` +
        `${users} users after restart (1 from the browser), ${lost} lost, 0 half-written`,
    );

    // The browser that was signed in before the crash is still signed in after a reload, and its next
    // session token comes from the restarted server.
    await page.reload();
    await page.locator('[data-demo="email"]', { hasText: pageEmail }).waitFor();
    await page.locator('latch-user-button .cl-userButtonTrigger').waitFor();
    const token = await page.evaluate(async () => {
      const latch = (window as unknown as { Latch: { session?: { getToken(): Promise<string | null> } } }).Latch;
      return latch.session?.getToken();
    });
    assert.match(String(token), /^ey/);
    await page.close();
  });
});
