/**
 * `npm run bench:server`: load on the dev FAPI server. Starts it as a child process on loopback (port 0, a temp
 * SQLite file, rate limiter off), runs N concurrent clients, each signing up once and then looping for a fixed
 * time over session-token refreshes, `touch`, and sign-out + sign-in, and prints throughput, p50/p99 latency
 * per operation and the error count. Figures, not a test: it is not part of `npm test`.
 *
 *   npm run bench:server                                  # 10 s, 20 clients
 *   BENCH_SECONDS=30 BENCH_CLIENTS=50 npm run bench:server
 *
 * A request slower than BENCH_TIMEOUT_MS (default 120 s: 20 concurrent scrypt hashes on a busy 2-core machine
 * take tens of seconds) counts as an error.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 120_000);
const PASSWORD = 'bench-lantern-harbor-93';
const Q = '__clerk_api_version=2026-05-12&_clerk_js_version=0.1.0-bench';
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

if (!(SECONDS > 0 && SECONDS <= 600) || !(Number.isInteger(CLIENTS) && CLIENTS > 0 && CLIENTS <= 500)) {
  console.error('BENCH_SECONDS must be in (0, 600] and BENCH_CLIENTS an integer in [1, 500]');
  process.exit(2);
}

function startServer(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', '0', '--db', dbFile, '--rate-limit', 'off'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((done, fail) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) {
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        done({ child, url: match[1] as string });
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${output}`)));
  });
}

type Operation = 'sign-up' | 'sign-in' | 'token' | 'touch' | 'sign-out';
const latencies = new Map<Operation, number[]>();
const errors = new Map<Operation, number>();
let firstError = '';

interface Answer {
  status: number;
  body: { response?: { id?: string; status?: string; created_session_id?: string | null } | null; jwt?: string };
}

class BenchClient {
  private cookie = '';
  sessionId: string | null = null;

  constructor(private readonly base: string) {}

  async post(path: string, form: Record<string, string> = {}, method = 'POST'): Promise<Answer> {
    const query = method === 'POST' ? Q : `${Q}&_method=${method}`;
    const res = await fetch(`${this.base}${path}?${query}`, {
      method: 'POST',
      headers: {
        Origin: this.base,
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(this.cookie ? { Cookie: this.cookie } : {}),
      },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const set = res.headers.getSetCookie().find((line) => line.startsWith('__client='));
    if (set) this.cookie = set.split(';')[0] as string;
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }
}

/** Records why an operation failed (the first reason is printed) and returns false. */
function failed(operation: Operation, answer: Answer): false {
  if (!firstError) firstError = `${operation}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
  return false;
}

/** Times `run`; it resolves true on success. Failures (status or thrown) count as errors, not latencies. */
async function timed(operation: Operation, run: () => Promise<boolean>): Promise<boolean> {
  const start = performance.now();
  let ok = false;
  try {
    ok = await run();
  } catch (err) {
    if (!firstError) firstError = `${operation}: ${(err as Error).message}`;
    ok = false;
  }
  if (ok) {
    const list = latencies.get(operation) ?? [];
    list.push(performance.now() - start);
    latencies.set(operation, list);
  } else errors.set(operation, (errors.get(operation) ?? 0) + 1);
  return ok;
}

/** Signs up, then loops for SECONDS from then on, so every run measures the session operations too. */
async function virtualUser(base: string, index: number): Promise<void> {
  const client = new BenchClient(base);
  const email = `bench-${index}+clerk_test@example.com`;
  const signedUp = await timed('sign-up', async () => {
    const created = await client.post('/v1/client/sign_ups', { email_address: email, password: PASSWORD });
    const id = created.body.response?.id;
    if (!id) return failed('sign-up', created);
    await client.post(`/v1/client/sign_ups/${id}/prepare_verification`, { strategy: 'email_code' });
    const done = await client.post(`/v1/client/sign_ups/${id}/attempt_verification`, {
      strategy: 'email_code',
      code: '424242',
    });
    client.sessionId = done.body.response?.created_session_id ?? null;
    return client.sessionId !== null || failed('sign-up', done);
  });
  if (!signedUp) return;
  const deadline = performance.now() + SECONDS * 1000;
  let round = 0;
  while (performance.now() < deadline) {
    round++;
    const session = client.sessionId as string;
    await timed('token', async () => {
      const res = await client.post(`/v1/client/sessions/${session}/tokens`);
      return res.status === 200 && typeof res.body.jwt === 'string';
    });
    if (round % 3 === 0) {
      await timed('touch', async () => (await client.post(`/v1/client/sessions/${session}/touch`)).status === 200);
    }
    if (round % 10 === 0) {
      await timed('sign-out', async () => (await client.post('/v1/client/sessions', {}, 'DELETE')).status === 200);
      await timed('sign-in', async () => {
        const res = await client.post('/v1/client/sign_ins', { identifier: email, password: PASSWORD });
        client.sessionId = res.body.response?.created_session_id ?? null;
        return res.body.response?.status === 'complete';
      });
      if (!client.sessionId) return;
    }
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const dir = mkdtempSync(join(tmpdir(), 'latch-bench-'));
const server = await startServer(join(dir, 'bench.sqlite'));
try {
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => virtualUser(server.url, i)));
  const elapsed = (performance.now() - started) / 1000;

  console.log(
    `dev server under load: ${CLIENTS} clients, each signing up then looping ${SECONDS} s (ran ${elapsed.toFixed(1)} s), loopback`,
  );
  console.log('operation   count   ops/s    p50 ms   p99 ms   errors');
  let total = 0;
  let totalErrors = 0;
  for (const operation of ['sign-up', 'sign-in', 'token', 'touch', 'sign-out'] as Operation[]) {
    const sorted = (latencies.get(operation) ?? []).sort((a, b) => a - b);
    const failed = errors.get(operation) ?? 0;
    total += sorted.length;
    totalErrors += failed;
    console.log(
      `${operation.padEnd(10)} ${String(sorted.length).padStart(6)} ${(sorted.length / elapsed).toFixed(1).padStart(7)} ` +
        `${percentile(sorted, 50).toFixed(1).padStart(9)} ${percentile(sorted, 99).toFixed(1).padStart(8)} ${String(failed).padStart(8)}`,
    );
  }
  if (firstError) console.log(`first error: ${firstError}`);
  console.log(
    `total      ${String(total).padStart(6)} ${(total / elapsed).toFixed(1).padStart(7)} ops/s, ${totalErrors} errors`,
  );
  process.exitCode = totalErrors > 0 ? 1 : 0;
} finally {
  server.child.kill('SIGTERM');
  await new Promise((done) => server.child.once('exit', done));
  rmSync(dir, { recursive: true, force: true });
}
