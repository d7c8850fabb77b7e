import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/user-button/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/User button',
  component: 'latch-user-button',
  argTypes: appearanceArgTypes,
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], clientState: 'signed-in' }) })],
  render: (_args, { loaded }) => html`<latch-user-button .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};
export default meta;
type Story = StoryObj;

export const Closed: Story = {};

export const Open: Story = {
  tags: ['visual-themes'],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

export const WithName: Story = {
  render: (_args, { loaded }) =>
    html`<latch-user-button show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

export const HostileName: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [
          {
            emailAddress: 'eve@example.com',
            password: 'x-long-password',
            firstName: '<img src=x onerror=alert(1)>',
            lastName: '',
          },
        ],
        clientState: 'signed-in',
      }),
    }),
  ],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

export const LongName: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [
          {
            emailAddress: `${'very.long.address.'.repeat(6)}name@example.com`,
            password: 'x-long-password',
            firstName: 'Wolfgang Amadeus Theophilus'.repeat(10),
            lastName: 'Mozart',
          },
        ],
        clientState: 'signed-in',
      }),
    }),
  ],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

/** Opened from the keyboard (focus, then ArrowDown): the menu is open and its first item has the focus. */
export const OpenedWithKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const trigger = await waitFor(() => {
      const el = canvasElement.querySelector<HTMLButtonElement>('.cl-userButtonTrigger');
      if (!el) throw new Error('not yet');
      return el;
    });
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.closest('[role="menu"]')).toBeTruthy());
  },
};

/** A 1×1 teal PNG: the photo a user uploaded, drawn in the button and the menu instead of the initials. */
const PHOTO_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQ76oHAAH0ASm+RBHKAAAAAElFTkSuQmCC';

/** The user has a photo: the button and the open menu show it (decorative: the name labels the button). */
export const WithPhoto: Story = {
  loaders: [
    async () => {
      const latch = await storyLatch({ users: [DEMO], clientState: 'signed-in' });
      const png = Uint8Array.from(atob(PHOTO_PNG), (c) => c.charCodeAt(0));
      await latch.user?.setProfileImage({ file: new File([png], 'ada.png', { type: 'image/png' }) });
      return { latch };
    },
  ],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('img.cl-userButtonAvatarImage')).toBeTruthy());
    await waitFor(() => expect(canvasElement.querySelector('img.cl-userPreviewAvatarImage')).toBeTruthy());
  },
};
