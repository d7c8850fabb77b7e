/**
 * The sign-in card's error states, each fed through the memory adapter where the server would answer it: a rate
 * limit with its wait, a network fault, a timeout, maintenance, an expired code, a locked account with its wait, a way
 * in the account cannot use, a code with none asked for, a breached password (which sends a reset code at once) and a
 * breached new password on the reset step. Each keeps what was typed.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { type FrontendApiMethod, LatchApiError, LatchRuntimeError, MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, findInput, latchAtFirstFactor, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** A user who signs in with an email code (no password): the factor-one step is the code. */
const CODE_USER = { emailAddress: 'code@example.com', firstName: 'Grace' };

const apiError = (status: number, code: string, meta = {}, retryAfter?: number) =>
  new LatchApiError({ status, retryAfter, errors: [{ code, message: 'server words', meta }] });

/** The next call of `method` fails with `error`; the Latch is at `step` ('' start, 'factor-one' past it). */
function failing(method: FrontendApiMethod, error: LatchApiError | LatchRuntimeError, step: '' | 'factor-one') {
  return async (): Promise<Loaded> => {
    const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
    const latch = step ? await latchAtFirstFactor(api) : await storyLatch(api);
    api.failNext(method, error);
    return { latch };
  };
}

const alertShown = (canvasElement: HTMLElement, text?: string) =>
  waitFor(
    () => {
      const alert = canvasElement.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert).not.toBe('');
      if (text) expect(alert).toContain(text);
    },
    { timeout: 3000 },
  );

/** Types the demo address on the start step and submits it. */
const submitIdentifier = async (canvasElement: HTMLElement) =>
  userEvent.type(await findInput(canvasElement, 'identifier'), `${DEMO.emailAddress}{enter}`);

/** Types the demo password on the password step and submits it. */
const submitPassword = async (canvasElement: HTMLElement) =>
  userEvent.type(await findInput(canvasElement, 'password'), `${DEMO.password}{enter}`);

const meta: Meta = {
  title: 'Elements/Sign in/Errors',
  component: 'latch-sign-in',
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="factor-one" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

/** 429 with `Retry-After: 17`: the alert says how long to wait. */
export const RateLimited: Story = {
  loaders: [failing('createSignIn', apiError(429, 'too_many_requests', {}, 17), '')],
  play: async ({ canvasElement }) => {
    await submitIdentifier(canvasElement);
    await alertShown(canvasElement, '17');
  },
};

/** The server cannot be reached: worded in the alert, the address kept. */
export const NetworkFault: Story = {
  loaders: [failing('createSignIn', new LatchRuntimeError('network_error', 'fetch failed'), '')],
  play: async ({ canvasElement }) => {
    await submitIdentifier(canvasElement);
    await alertShown(canvasElement);
  },
};

/** The server took too long: worded in the alert, the address kept. */
export const RequestTimeout: Story = {
  loaders: [failing('createSignIn', new LatchRuntimeError('request_timeout', 'timed out'), '')],
  play: async ({ canvasElement }) => {
    await submitIdentifier(canvasElement);
    await alertShown(canvasElement);
  },
};

/** The account is locked after too many wrong passwords: the alert says for how many minutes. */
export const Locked: Story = {
  loaders: [
    failing('attemptSignInFirstFactor', apiError(403, 'user_locked', { lockoutExpiresInSeconds: 1740 }), 'factor-one'),
  ],
  play: async ({ canvasElement }) => {
    await submitPassword(canvasElement);
    await alertShown(canvasElement, '29');
  },
};

/** The right password, found in a breach: a reset code is sent at once, and the alert says why. */
export const BreachedPassword: Story = {
  loaders: [
    failing('attemptSignInFirstFactor', apiError(422, 'form_password_pwned', { paramName: 'password' }), 'factor-one'),
  ],
  play: async ({ canvasElement }) => {
    await submitPassword(canvasElement);
    await findInput(canvasElement, 'code');
    await alertShown(canvasElement);
  },
};

/** A sign-in at its email code step whose next code attempt fails with `error`. */
async function atCodeStepFailing(error: LatchApiError): Promise<Loaded> {
  const api = new MemoryFrontendApi({ users: [CODE_USER], latencyMs: STORY_LATENCY_MS });
  const latch = await storyLatch(api);
  await latch.client!.signIn.create({ identifier: CODE_USER.emailAddress });
  await latch.client!.signIn.prepareFirstFactor({ strategy: 'email_code' });
  api.failNext('attemptSignInFirstFactor', error);
  return { latch };
}

/** A code typed after it expired: the alert asks for a new one, and the digits stay. */
export const CodeExpired: Story = {
  loaders: [() => atCodeStepFailing(apiError(422, 'verification_expired'))],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'code'), '424242');
    await alertShown(canvasElement);
  },
};

/** The instance is under maintenance (503 `maintenance_mode`): worded in the alert, the address kept. */
export const MaintenanceMode: Story = {
  loaders: [failing('createSignIn', apiError(503, 'maintenance_mode'), '')],
  play: async ({ canvasElement }) => {
    await submitIdentifier(canvasElement);
    await alertShown(canvasElement);
    await expect((await findInput(canvasElement, 'identifier')).value).toBe(DEMO.emailAddress);
  },
};

/** The account cannot use the way in it tried (`strategy_for_user_invalid`, about `strategy`): in the alert. */
export const StrategyForUserInvalid: Story = {
  loaders: [
    failing(
      'attemptSignInFirstFactor',
      apiError(422, 'strategy_for_user_invalid', { paramName: 'strategy' }),
      'factor-one',
    ),
  ],
  play: async ({ canvasElement }) => {
    await submitPassword(canvasElement);
    await alertShown(canvasElement);
  },
};

/** A code typed before any was asked for (`verification_missing`): the alert asks for one, the digits stay. */
export const VerificationMissing: Story = {
  loaders: [() => atCodeStepFailing(apiError(400, 'verification_missing', { paramName: 'strategy' }))],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'code'), '424242');
    await alertShown(canvasElement);
  },
};

/** "Forgot password?", then a new password found in a breach (`form_password_pwned`): said under the new password. */
export const NewPasswordPwned: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await latchAtFirstFactor(api);
      await latch.client!.signIn.prepareFirstFactor({ strategy: 'reset_password_email_code' });
      await latch.client!.signIn.attemptFirstFactor({
        strategy: 'reset_password_email_code',
        code: api.sentCodes.at(-1)!.code,
      });
      api.failNext('resetSignInPassword', apiError(422, 'form_password_pwned', { paramName: 'password' }));
      return { latch };
    },
  ],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="reset-password" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'new-password'), 'password123');
    await userEvent.type(await findInput(canvasElement, 'confirm-password'), 'password123{enter}');
    await waitFor(
      () => expect(canvasElement.querySelector('.cl-formFieldErrorText__newPassword')?.textContent).not.toBe(''),
      { timeout: 3000 },
    );
    await expect(canvasElement.querySelector('[role="alert"]')?.textContent ?? '').toBe('');
  },
};
