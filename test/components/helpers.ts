import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LatchApiError } from '../../src/api/errors.js';
import { MemoryFrontendApi, type MemoryFrontendApiOptions } from '../../src/api/index.js';
import { Latch, type LatchOptions } from '../../src/core/index.js';
import type { MenuPopoverOptions } from '../../src/ui/menu-popover.js';

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

/**
 * Makes the download of a menu's lazy module (MenuPopover's `content`, as prefetch and opening ask for it) fail,
 * as a lost network would, until `restore()`; `attempts` counts the tries.
 */
export function failMenuDownload(element: { menu: unknown }): { readonly attempts: number; restore(): void } {
  const options = (element.menu as { options: MenuPopoverOptions }).options;
  const download = options.content;
  let attempts = 0;
  options.content = () => {
    attempts++;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return {
    get attempts() {
      return attempts;
    },
    restore: () => {
      options.content = download;
    },
  };
}

/**
 * The open popover of a menu whose module could not be downloaded: the localized network error (not the browser's
 * words), no items, the trigger expanded, no axe violation.
 */
export async function expectMenuUnavailable(
  element: HTMLElement & { t(key: string): string },
  trigger: HTMLElement,
  alert: Element | null,
): Promise<void> {
  expect(alert?.textContent?.trim()).to.equal(element.t('unstable__errors.network_error'));
  expect(alert?.textContent).to.not.contain('dynamically imported');
  expect(element.querySelectorAll('[role="menuitem"]')).to.have.length(0);
  expect(trigger.getAttribute('aria-expanded')).to.equal('true');
  await expect(element).to.be.accessible();
}

/**
 * Fills a sign-up start form as a keyboard user does: types the address in the email field, Tab to the password,
 * types it. The caller presses Enter (or checks a refusal) itself.
 */
export async function typeEmailAndPassword(
  root: ParentNode,
  email = 'grace@example.com',
  password = 'Quartz-Velvet#Harbor42',
): Promise<void> {
  input(root, 'emailAddress').focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: password });
}

/**
 * Signs in through a sign-in card as a keyboard user does: types the identifier, Enter, then on the password step
 * the password, Enter. Resolves once the card's Latch has a user.
 */
export async function signInByKeyboard(
  card: HTMLElement & { latch?: { user: unknown } },
  user: { emailAddress: string; password: string } = ALICE,
): Promise<void> {
  input(card, 'identifier').focus();
  await sendKeys({ type: user.emailAddress });
  await sendKeys({ press: 'Enter' });
  await until(() => card.querySelector('input[name="password"]'), 'the password step');
  input(card, 'password').focus();
  await sendKeys({ type: user.password });
  await sendKeys({ press: 'Enter' });
  await until(() => card.latch?.user, 'signed-in user');
}
