import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/modal/index.js';
import '../src/components/sign-in/index.js';
import { LatchApiError, type MemoryFrontendApi } from '../src/api/index.js';
import type { MemoryUserSeed } from '../src/api/memory/memory-api.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const PHONE = '+15555550100';
const ALL_FACTORS = { totp: true, phoneNumber: PHONE, backupCodes: ['abcd-efgh-jk'] };

/** A sign-in past its password, waiting for the second factor of a user who has `secondFactors`. */
async function latchAtSecondFactor(secondFactors: MemoryUserSeed['secondFactors'] = ALL_FACTORS): Promise<Latch> {
  const latch = await storyLatch({ users: [{ ...DEMO, secondFactors }], latencyMs: STORY_LATENCY_MS });
  await latch.client!.signIn.create({ identifier: DEMO.emailAddress, password: DEMO.password });
  return latch;
}

const meta: Meta = {
  title: 'Elements/Sign in/Second factor',
  component: 'latch-sign-in',
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="factor-two" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

/** The default for an account with every factor: the authenticator app's code. */
export const AuthenticatorApp: Story = {
  loaders: [async () => ({ latch: await latchAtSecondFactor() })],
  // The step is a lazy chunk (with its stylesheet's): the story ends, and is shot, once its code field shows.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByLabelText(/code/i);
  },
};

export const AuthenticatorAppWrongCode: Story = {
  ...AuthenticatorApp,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/code/i), '111111');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__code')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const UseAnotherMethod: Story = {
  ...AuthenticatorApp,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /another/i }));
    await waitFor(() => expect(canvasElement.querySelector('.cl-alternativeMethods')).toBeTruthy());
  },
};

/** An account whose only second factor is the phone: the SMS went out when the step opened. */
export const SmsCode: Story = {
  loaders: [
    async () => {
      const latch = await latchAtSecondFactor({ phoneNumber: PHONE });
      await latch.client!.signIn.prepareSecondFactor({ strategy: 'phone_code' });
      return { latch };
    },
  ],
};

export const BackupCode: Story = {
  loaders: [async () => ({ latch: await latchAtSecondFactor({ backupCodes: ['abcd-efgh-jk'] }) })],
};

export const BackupCodeRefused: Story = {
  ...BackupCode,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/backup code/i), 'used-or-wrong{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__backupCode')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** Too many wrong codes: the account is locked, and the alert says for how long. */
export const Locked: Story = {
  loaders: [
    async () => {
      const latch = await latchAtSecondFactor();
      (latch.api as MemoryFrontendApi).failNext(
        'attemptSignInSecondFactor',
        new LatchApiError({
          status: 403,
          errors: [{ code: 'user_locked', message: 'Account locked', meta: { lockoutExpiresInSeconds: 1800 } }],
        }),
      );
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/code/i), '424242');
    await waitFor(() => expect(canvasElement.querySelector('[role="alert"]')).toBeTruthy(), { timeout: 3000 });
  },
};

/** `latch.openSignIn()` from a button: the card in a modal dialog, closed by Escape, the backdrop or ✕. */
export const Modal: Story = {
  loaders: [async () => ({ latch: await storyLatch() })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<button type="button" @click=${() => latch.openSignIn()}>Sign in</button>`;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(document.querySelector('latch-modal dialog[open]')).toBeTruthy());
  },
};
