import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { neobrutalism } from '../themes/index.js';
import {
  appearanceArgTypes,
  DEMO,
  findInput,
  holdCalls,
  STORY_LATENCY_MS,
  storyLatch,
  unloadedLatch,
} from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/Sign up',
  component: 'latch-sign-up',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { tags: ['visual-themes'], loaders: [async () => ({ latch: await storyLatch() })] };

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

export const VerifyEmail: Story = {
  tags: ['visual-themes'],
  loaders: [
    async () => {
      const latch = await storyLatch();
      const signUp = await latch.client!.signUp.create({
        emailAddress: 'grace@example.com',
        password: 'cobol-compiler-1959',
      });
      await signUp.prepareEmailAddressVerification({ strategy: 'email_code' });
      return { latch };
    },
  ],
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" initial-step="verify-email-address" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
};

export const EmailTaken: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), DEMO.emailAddress);
    await userEvent.type(await findInput(canvasElement, 'password'), 'long-enough-password{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__emailAddress')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const RequiredFieldsMissing: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')?.requestSubmit();
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__emailAddress')).toBeTruthy());
  },
};

export const Neobrutalism: Story = {
  loaders: [async () => ({ latch: await storyLatch(undefined, { appearance: { theme: neobrutalism } }) })],
};

/** A full code that is not the one sent: the field says so. */
export const WrongCode: Story = {
  ...VerifyEmail,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'code'), '111111');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__code')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** The form on its way to the server: the primary button is busy (this story's answer never comes). */
export const Submitting: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await storyLatch(api);
      holdCalls(api, 'createSignUp');
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
    await userEvent.type(await findInput(canvasElement, 'password'), 'cobol-compiler-1959{enter}');
    await waitFor(() =>
      expect(canvasElement.querySelector('.cl-formButtonPrimary')?.getAttribute('aria-busy')).toBe('true'),
    );
  },
};
