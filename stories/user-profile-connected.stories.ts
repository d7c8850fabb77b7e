import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { LatchApiError } from '../src/api/errors.js';
import { defaultEnvironment, withSocialProviders } from '../src/api/memory/default-environment.js';
import { MemoryFrontendApi } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, holdCalls, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** The demo user with a GitHub account connected, on an instance with Google, GitHub and Microsoft on. */
function connectedApi(): MemoryFrontendApi {
  return new MemoryFrontendApi({
    users: [{ ...DEMO, externalAccounts: [{ provider: 'oauth_github', emailAddress: 'ada@github.example' }] }],
    clientState: 'signed-in',
    latencyMs: STORY_LATENCY_MS,
    environment: withSocialProviders(defaultEnvironment(), 'google', 'github', 'microsoft'),
  });
}

const meta: Meta = {
  title: 'Elements/User profile/Connected accounts',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};
export default meta;
type Story = StoryObj;

/** Waits for the section's `selector` to be drawn, then clicks it. */
async function press(canvas: HTMLElement, selector: string): Promise<void> {
  const target = await waitFor(
    () => {
      const found = canvas.querySelector<HTMLElement>(`.cl-profileSection__connectedAccounts ${selector}`);
      if (!found) throw new Error(`${selector} not drawn yet`);
      return found;
    },
    { timeout: 3000 },
  );
  await userEvent.click(target);
}

/** One account connected; the button offers the providers not connected yet. */
export const Connected: Story = { loaders: [async () => ({ latch: await storyLatch(connectedApi()) })] };

/** The list of providers to connect, open. */
export const ChoosingProvider: Story = {
  loaders: [async () => ({ latch: await storyLatch(connectedApi()) })],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '.cl-profileSectionPrimaryButton__connectedAccounts');
    await waitFor(() => expect(canvasElement.querySelectorAll('.cl-menuItem')).toHaveLength(2));
  },
};

/** Google chosen: the request is on its way (held, so the busy state stays on screen). */
export const Connecting: Story = {
  loaders: [
    async () => {
      const api = connectedApi();
      holdCalls(api, 'createExternalAccount');
      return { latch: await storyLatch(api) };
    },
  ],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '.cl-profileSectionPrimaryButton__connectedAccounts');
    await press(canvasElement, '.cl-menuItem__google');
  },
};

/** The server refused: the provider account is already connected. */
export const ConnectRefused: Story = {
  loaders: [
    async () => {
      const api = connectedApi();
      api.failNext(
        'createExternalAccount',
        new LatchApiError({
          status: 422,
          errors: [{ code: 'external_account_exists', message: 'already exists', meta: {} }],
        }),
      );
      return { latch: await storyLatch(api) };
    },
  ],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '.cl-profileSectionPrimaryButton__connectedAccounts');
    await press(canvasElement, '.cl-menuItem__google');
    await waitFor(() => expect(canvasElement.querySelector('[role="alert"]')).toBeTruthy(), { timeout: 3000 });
  },
};

/** Removing the GitHub account asks first. */
export const ConfirmRemove: Story = {
  loaders: [async () => ({ latch: await storyLatch(connectedApi()) })],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '.cl-button__remove');
    await waitFor(() => expect(canvasElement.querySelector('.cl-profileSection__connectedAccounts form')).toBeTruthy());
  },
};
