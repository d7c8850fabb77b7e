import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/control/index.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Control/Signed in and out',
  component: 'latch-signed-in',
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-signed-in .latch=${latch}><p>Shown to signed-in users.</p></latch-signed-in>
      <latch-signed-out .latch=${latch}><p>Shown to signed-out visitors.</p></latch-signed-out>`;
  },
};
export default meta;
type Story = StoryObj;

export const SignedOut: Story = { loaders: [async () => ({ latch: await storyLatch() })] };
export const SignedIn: Story = {
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], clientState: 'signed-in' }) })],
};
