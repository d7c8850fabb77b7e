import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LatchRuntimeError, MemoryFrontendApi } from '../src/api/index.js';
import '../src/components/control/index.js';
import { Latch } from '../src/core/index.js';
import { DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

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

/** A Latch whose first load fails (the Frontend API unreachable); "Try again" loads it for real. */
async function failedLatch(): Promise<Latch> {
  const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
  api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'fetch failed'));
  const latch = new Latch(undefined, { api, routerPush: () => undefined, routerReplace: () => undefined });
  await latch.load().catch(() => undefined);
  return latch;
}

export const Failed: Story = {
  loaders: [async () => ({ latch: await failedLatch() })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    const retry = (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      button.disabled = true;
      latch
        .load()
        .catch(() => undefined)
        .finally(() => {
          button.disabled = false;
        });
    };
    return html`<latch-loading .latch=${latch}><p role="status">Loading…</p></latch-loading>
      <latch-failed .latch=${latch}>
        <p role="alert">The server could not be reached.</p>
        <button type="button" @click=${retry}>Try again</button>
      </latch-failed>
      <latch-signed-out .latch=${latch}><p>Shown to signed-out visitors.</p></latch-signed-out>`;
  },
};

/** The environment loaded but the client did not: visitors count as signed out, `<latch-degraded>` says so. */
export const Degraded: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO] });
      api.failNext('getClient', new LatchRuntimeError('network_error', 'fetch failed'));
      const latch = new Latch(undefined, { api, routerPush: () => undefined, routerReplace: () => undefined });
      await latch.load();
      return { latch };
    },
  ],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-degraded .latch=${latch}><p role="status">Some account features are unavailable.</p></latch-degraded>
      <latch-signed-out .latch=${latch}><p>Shown to signed-out visitors.</p></latch-signed-out>`;
  },
};
