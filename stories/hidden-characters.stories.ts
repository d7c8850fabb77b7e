import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import '../src/components/sign-up/index.js';
import type { Latch } from '../src/core/index.js';
import { storyLatch } from './support.js';

type Loaded = { latch: Latch };

/**
 * An identifier with an invisible character (here a zero-width space before the @) is refused in the form, before
 * any request, with the field error the user sees; the same rules as the server's (src/core/identifiers.ts).
 */
const meta: Meta = {
  title: 'Elements/Hidden characters in identifiers',
  loaders: [async () => ({ latch: await storyLatch() })],
};
export default meta;
type Story = StoryObj;

async function type(root: HTMLElement, name: string, value: string): Promise<HTMLInputElement> {
  const input = await waitFor(() => {
    const el = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!el) throw new Error('not yet');
    return el;
  });
  input.value = value;
  input.dispatchEvent(new Event('input'));
  return input;
}

async function typeAndSubmit(root: HTMLElement, name: string, value: string, errorKey: string): Promise<void> {
  const input = await type(root, name, value);
  input.closest('form')?.requestSubmit();
  await waitFor(() => expect(root.querySelector(`.cl-formFieldErrorText__${errorKey}`)).toBeTruthy(), {
    timeout: 3000,
  });
}

export const SignInIdentifier: Story = {
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
  play: async ({ canvasElement }) => {
    await typeAndSubmit(canvasElement, 'identifier', 'victim\u200B@example.com', 'identifier');
  },
};

export const SignUpEmailAddress: Story = {
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
  play: async ({ canvasElement }) => {
    // Every required field filled, so the hidden character is the one thing the form refuses.
    await type(canvasElement, 'password', 'a-long-enough-secret');
    await typeAndSubmit(canvasElement, 'emailAddress', 'new\u202Euser@example.com', 'emailAddress');
  },
};
