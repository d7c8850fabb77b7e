import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import type { Latch } from '../src/core/index.js';
import { neobrutalism } from '../themes/index.js';
import { appearanceArgTypes, DEMO, findInput, storyLatch, unloadedLatch } from './support.js';

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
