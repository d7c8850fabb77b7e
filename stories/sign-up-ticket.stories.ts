import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import { LatchApiError, MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { TICKET_PARAM } from '../src/core/link-params.js';
import { appearanceArgTypes, DEMO, findInput, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const INVITED = 'invited.guest@example.com';

/** Puts a ticket in the page URL, as the emailed invitation link does; the card takes it out once used. */
function openedFromInvitation(ticket: string): void {
  const url = new URL(location.href);
  url.searchParams.set(TICKET_PARAM, ticket);
  history.replaceState(history.state, '', url.href);
}

const meta: Meta = {
  title: 'Elements/Sign up/Invitation ticket',
  component: 'latch-sign-up',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
};
export default meta;
type Story = StoryObj;

/** The invited sign-up is open: the address is the invitation's, locked; the password is still to choose. */
export const Invited: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await storyLatch(api);
      await latch.client!.signUp.create({ strategy: 'ticket', ticket: api.invite(INVITED) });
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    const email = await findInput(canvasElement, 'emailAddress');
    await waitFor(() => expect(email.value).toBe(INVITED), { timeout: 3000 });
    await expect(email.readOnly).toBe(true);
  },
};

/** The link's ticket was used already (or never existed): the card says so and offers the ordinary form. */
export const TicketUsed: Story = {
  loaders: [
    async () => {
      const latch = await storyLatch();
      openedFromInvitation('ticket_already_used');
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 3000 });
  },
};

/** The invitation is older than its 30 days. */
export const TicketExpired: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      api.failNext(
        'createSignUp',
        new LatchApiError({
          status: 422,
          errors: [
            {
              code: 'ticket_expired',
              message: 'Invitation expired',
              longMessage: 'This invitation link has expired.',
              meta: { paramName: 'ticket' },
            },
          ],
        }),
      );
      const latch = await storyLatch(api);
      openedFromInvitation(api.invite(INVITED));
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 3000 });
  },
};
