import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { LatchRuntimeError, MemoryFrontendApi } from '../src/api/index.js';
import { Latch } from '../src/core/index.js';
import { dark } from '../themes/index.js';
import { DEMO, latchAtFirstFactor, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/Sign in',
  component: 'latch-sign-in',
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { loaders: [async () => ({ latch: await storyLatch() })] };

export const Loading: Story = {
  render: () => html`<latch-sign-in routing="virtual" .latch=${unloadedLatch()}></latch-sign-in>`,
};

export const LoadFailed: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi();
      api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'offline'));
      const latch = new Latch(undefined, { api });
      await latch.load().catch(() => undefined);
      return { latch };
    },
  ],
};

export const Password: Story = {
  loaders: [async () => ({ latch: await latchAtFirstFactor() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="factor-one" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};

export const WrongPassword: Story = {
  ...Password,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/password/i), 'not-it{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__password')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const UnknownIdentifier: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox'), 'nobody@example.com{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__identifier')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const ChooseAnotherMethod: Story = {
  loaders: [async () => ({ latch: await latchAtFirstFactor() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="choose-strategy" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};

export const EmailCode: Story = {
  ...ChooseAnotherMethod,
  play: async ({ canvasElement }) => {
    const button = await waitFor(() => {
      const el = canvasElement.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code');
      if (!el) throw new Error('not yet');
      return el;
    });
    await userEvent.click(button);
    // "Send another" waits out its countdown after the code has gone out.
    await waitFor(
      () => expect(canvasElement.querySelector<HTMLButtonElement>('.cl-formResendCodeLink')?.disabled).toBe(true),
      {
        timeout: 3000,
      },
    );
  },
};

export const Dark: Story = {
  loaders: [async () => ({ latch: await storyLatch(undefined, { appearance: { theme: dark } }) })],
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch(undefined, {
        localization: { locale: 'ar-SA', signIn: { start: { title: 'تسجيل الدخول' } } },
      }),
    }),
  ],
};

export const WithPrefilledIdentifier: Story = {
  loaders: [async () => ({ latch: await storyLatch() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .initialValues=${{ emailAddress: DEMO.emailAddress }} .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
