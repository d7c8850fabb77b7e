import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/modal/index.js';
import '../src/components/sign-in/index.js';
import type { LatchModal } from '../src/components/modal/index.js';
import type { Latch } from '../src/core/index.js';
import { storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** What `latch.openSignIn()` puts on the page: a native modal `<dialog>` around the card. */
const meta: Meta = {
  title: 'Elements/Modal',
  component: 'latch-modal',
  parameters: { layout: 'fullscreen' },
  loaders: [async () => ({ latch: await storyLatch() })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-modal open .latch=${latch}>
      <latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>
    </latch-modal>`;
  },
};
export default meta;
type Story = StoryObj;

export const Open: Story = {};

/** The close button dismisses it: the dialog closes and `open` turns false (the page gets `latch-close`). */
export const Dismissed: Story = {
  play: async ({ canvasElement }) => {
    const modal = await waitFor(() => {
      const el = canvasElement.querySelector<LatchModal>('latch-modal');
      if (!el?.querySelector('dialog[open]')) throw new Error('not open yet');
      return el;
    });
    const close = modal.querySelector<HTMLButtonElement>('.cl-modalCloseButton');
    if (!close) throw new Error('no close button');
    await userEvent.click(close);
    await waitFor(() => expect(modal.open).toBe(false));
  },
};
