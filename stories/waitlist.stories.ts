import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/waitlist/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, findInput, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/Waitlist',
  component: 'latch-waitlist',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-waitlist sign-in-url="/sign-in" .latch=${(loaded as Loaded).latch}></latch-waitlist>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { tags: ['visual-themes'], loaders: [async () => ({ latch: await storyLatch() })] };

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

export const Joined: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldSuccessText')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const AddressAlreadyHasAnAccount: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), `${DEMO.emailAddress}{enter}`);
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__emailAddress')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const AddressMissing: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')?.requestSubmit();
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__emailAddress')).toBeTruthy());
  },
};
