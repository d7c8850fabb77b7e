import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/buttons/index.js';
import '../src/components/modal/index.js';
import '../src/components/sign-in/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import { Latch } from '../src/core/index.js';
import { DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch; navigations: string[] };

/** A Latch whose navigations are recorded, so a story can show where a redirect-mode button goes. */
async function recordingLatch(signedIn = false): Promise<Loaded> {
  const navigations: string[] = [];
  const record = (to: string) => {
    navigations.push(to);
  };
  const latch = new Latch(undefined, {
    api: new MemoryFrontendApi({
      users: [DEMO],
      clientState: signedIn ? 'signed-in' : 'signed-out',
      latencyMs: STORY_LATENCY_MS,
    }),
    routerPush: record,
    routerReplace: record,
    signInUrl: '/sign-in',
    signUpUrl: '/sign-up',
  });
  await latch.load();
  return { latch, navigations };
}

const meta: Meta = {
  title: 'Elements/Unstyled buttons',
  component: 'latch-sign-in-button',
};
export default meta;
type Story = StoryObj;

/** Empty elements: one plain button each, labelled in the page's language. */
export const Plain: Story = {
  loaders: [async () => recordingLatch()],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<p>
      <latch-sign-in-button .latch=${latch}></latch-sign-in-button>
      <latch-sign-up-button .latch=${latch}></latch-sign-up-button>
      <latch-sign-out-button .latch=${latch}></latch-sign-out-button>
    </p>`;
  },
};

/** The page's own buttons, wrapped: a click goes to the sign-in page with `redirect_url` back here. */
export const WrappingRedirect: Story = {
  loaders: [async () => recordingLatch()],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<p>
      <latch-sign-in-button .latch=${latch} force-redirect-url="/dashboard"><button type="button">Log in to the shop</button></latch-sign-in-button>
      <latch-sign-up-button .latch=${latch}><button type="button">Create a shop account</button></latch-sign-up-button>
    </p>`;
  },
  play: async ({ canvasElement, loaded }) => {
    const { navigations } = loaded as Loaded;
    await userEvent.click(canvasElement.querySelector('latch-sign-in-button button')!);
    await waitFor(() => expect(navigations[0]).toContain('/sign-in?'), { timeout: 3000 });
  },
};

/** `mode="modal"`: the sign-in card opens over the page, prefilled from `initialValues`. */
export const Modal: Story = {
  loaders: [async () => ({ latch: await storyLatch() })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-sign-in-button mode="modal" .latch=${latch} .initialValues=${{ emailAddress: DEMO.emailAddress }}></latch-sign-in-button>`;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('latch-sign-in-button button')!);
    await waitFor(() => expect(document.querySelector('latch-modal input[name="identifier"]')).toBeTruthy(), {
      timeout: 3000,
    });
    document.querySelector('latch-modal')?.remove();
  },
};

/** Signed in: the sign-out button ends the session. */
export const SignOut: Story = {
  loaders: [async () => recordingLatch(true)],
  render: (_args, { loaded }) =>
    html`<latch-sign-out-button .latch=${(loaded as Loaded).latch} redirect-url="/goodbye"></latch-sign-out-button>`,
  play: async ({ canvasElement, loaded }) => {
    const { latch } = loaded as Loaded;
    await userEvent.click(canvasElement.querySelector('latch-sign-out-button button')!);
    await waitFor(() => expect(latch.user).toBeNull(), { timeout: 3000 });
  },
};
