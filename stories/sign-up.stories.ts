import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/sign-up/index.js';
import type { Latch } from '../src/core/index.js';
import { neobrutalism } from '../themes/index.js';
import { DEMO, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/Sign up',
  component: 'latch-sign-up',
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { loaders: [async () => ({ latch: await storyLatch() })] };

export const Loading: Story = {
  render: () => html`<latch-sign-up routing="virtual" .latch=${unloadedLatch()}></latch-sign-up>`,
};

export const VerifyEmail: Story = {
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
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/email/i), DEMO.emailAddress);
    await userEvent.type(canvas.getByLabelText(/^password/i), 'long-enough-password{enter}');
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
