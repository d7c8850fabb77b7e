import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { TICKET_PARAM } from '../src/core/link-params.js';
import { appearanceArgTypes, DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** Puts a ticket in the page URL, as an organization invitation's emailed link does; the card takes it out. */
function openedFromInvitation(ticket: string): void {
  const url = new URL(location.href);
  url.searchParams.set(TICKET_PARAM, ticket);
  history.replaceState(history.state, '', url.href);
}

const meta: Meta = {
  title: 'Elements/Sign in/Invitation ticket',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

const alertShown = (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 3000 });

/** The link's ticket was used already (or never existed): the card says so and offers the ordinary form. */
export const TicketUsed: Story = {
  loaders: [
    async () => {
      const latch = await storyLatch();
      openedFromInvitation('ticket_already_used');
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => alertShown(canvasElement),
};

/** The invitation is for an address without an account here: the card says no account matches. */
export const NoAccount: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await storyLatch(api);
      openedFromInvitation(api.invite('newcomer@example.com'));
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => alertShown(canvasElement),
};
