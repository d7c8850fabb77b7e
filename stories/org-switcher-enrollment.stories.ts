import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { MemoryFrontendApiOptions } from '../src/api/index.js';
import '../src/components/org-switcher/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const ADMIN = { emailAddress: 'admin@initech.dev', password: 'correct-horse-battery', firstName: 'Bill' };

/** Ada in Acme (active); Globex invited her; Initech is suggested to her by a verified domain. */
const enrollment = (): MemoryFrontendApiOptions => ({
  users: [DEMO, ADMIN],
  clientState: 'signed-in',
  latencyMs: STORY_LATENCY_MS,
  activeOrganization: 'acme',
  organizations: [
    { name: 'Acme', slug: 'acme', members: [{ emailAddress: DEMO.emailAddress, role: 'org:admin' }] },
    { name: 'Globex Corporation', slug: 'globex', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
    { name: 'Initech', slug: 'initech', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
  ],
  organizationInvitations: ['globex'],
  organizationSuggestions: ['initech'],
});

const meta: Meta = {
  title: 'Elements/Organization switcher/Invitations and suggestions',
  component: 'latch-org-switcher',
  argTypes: appearanceArgTypes,
  loaders: [async () => ({ latch: await storyLatch(enrollment()) })],
  render: (_args, { loaded }) =>
    html`<latch-org-switcher .latch=${(loaded as Loaded).latch} default-open></latch-org-switcher>`,
};
export default meta;
type Story = StoryObj;

const acceptButtons = (canvasElement: HTMLElement) =>
  waitFor(() => {
    const buttons = canvasElement.querySelectorAll<HTMLElement>('.cl-organizationSwitcherInvitationAcceptButton');
    if (buttons.length === 0) throw new Error('no accept buttons yet');
    return [...buttons];
  });

/** The popover lists the invitation (Join) and the suggestion (Ask to join) below the organizations. */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    await expect(await acceptButtons(canvasElement)).toHaveLength(2);
  },
};

/** Joined Globex: its row is gone and it is listed to switch to. */
export const InvitationAccepted: Story = {
  play: async ({ canvasElement }) => {
    const [join] = await acceptButtons(canvasElement);
    await userEvent.click(join as HTMLElement);
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.cl-organizationSwitcherInvitationAcceptButton')).toHaveLength(1),
    );
  },
};

/** Asked to join Initech: the row awaits an admin's approval. */
export const SuggestionAwaitingApproval: Story = {
  play: async ({ canvasElement }) => {
    const buttons = await acceptButtons(canvasElement);
    await userEvent.click(buttons[buttons.length - 1] as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('.cl-badge__suggestionAccepted')).not.toBeNull());
  },
};
