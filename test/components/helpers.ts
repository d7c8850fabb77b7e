import { LatchApiError } from '../../src/api/errors.js';
import { MemoryFrontendApi, type MemoryFrontendApiOptions } from '../../src/api/index.js';
import { Latch, type LatchOptions } from '../../src/core/index.js';

export const ALICE = {
  emailAddress: 'alice@example.com',
  password: 'correct-horse-battery',
  firstName: 'Alice',
  lastName: 'Liddell',
};

/**
 * A loaded Latch on the memory adapter. Navigation is recorded, never followed: a redirect after sign-in must
 * not unload the test page.
 */
export async function loadedLatch(
  api: MemoryFrontendApiOptions = { users: [ALICE] },
  options: LatchOptions = {},
): Promise<{ latch: Latch; api: MemoryFrontendApi; navigations: string[] }> {
  const memory = new MemoryFrontendApi(api);
  const navigations: string[] = [];
  const record = (to: string) => {
    navigations.push(to);
  };
  const latch = new Latch(undefined, { api: memory, routerPush: record, routerReplace: record, ...options });
  await latch.load();
  return { latch, api: memory, navigations };
}

/** Resolves when `predicate` holds, polling through Lit's async renders. */
export async function until(predicate: () => unknown, what = 'condition', timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function input(root: ParentNode, name: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
}

/** The server's answer to a sensitive write on a session verified too long ago (for `api.failNext`). */
export function reverificationRequired(): LatchApiError {
  return new LatchApiError({
    status: 403,
    errors: [{ code: 'session_reverification_required', message: 'verify again', meta: {} }],
  });
}

/** The profile's reverification card, while it is open. */
export const reverificationDialog = (el: HTMLElement) =>
  el.querySelector<HTMLDialogElement>('dialog.cl-modalContent__reverification');
