import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/create-org/index.js';
import '../src/components/modal/index.js';
import '../src/components/org-list/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, STORY_LATENCY_MS, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };
const ADMIN = { emailAddress: 'grace@acme.dev', password: 'analytical-engine', firstName: 'Grace' };

const withEnrollment = () =>
  storyLatch({
    users: [DEMO, ADMIN],
    clientState: 'signed-in',
    latencyMs: STORY_LATENCY_MS,
    organizations: [
      { name: 'Engines Ltd', slug: 'engines', members: [{ emailAddress: DEMO.emailAddress, role: 'org:admin' }] },
      { name: 'Acme', slug: 'acme', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
      { name: 'Globex', slug: 'globex', members: [{ emailAddress: ADMIN.emailAddress, role: 'org:admin' }] },
    ],
    organizationSuggestions: ['acme'],
    organizationInvitations: ['globex'],
  });

const rows = (root: HTMLElement) => root.querySelectorAll('.cl-organizationListPreviewItem').length;

const meta: Meta = {
  title: 'Elements/OrganizationList',
  component: 'latch-org-list',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) => html`<latch-org-list .latch=${(loaded as Loaded).latch}></latch-org-list>`,
};
export default meta;
type Story = StoryObj;

export const InvitationsAndSuggestions: Story = {
  loaders: [async () => ({ latch: await withEnrollment() })],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement)).toBe(4), { timeout: 3000 });
  },
};

export const OnlyMemberships: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [DEMO],
        clientState: 'signed-in',
        latencyMs: STORY_LATENCY_MS,
        organizations: [
          { name: 'Engines Ltd', slug: 'engines', members: [{ emailAddress: DEMO.emailAddress, role: 'org:admin' }] },
        ],
      }),
    }),
  ],
};

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

export const SuggestionAwaitingApproval: Story = {
  ...InvitationsAndSuggestions,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement)).toBe(4), { timeout: 3000 });
    const buttons = canvasElement.querySelectorAll<HTMLButtonElement>('.cl-organizationListPreviewItemActionButton');
    await userEvent.click(buttons[buttons.length - 1] as HTMLButtonElement);
    await waitFor(() => expect(canvasElement.querySelector('.cl-badge__suggestionAccepted')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const InvitationAccepted: Story = {
  ...InvitationsAndSuggestions,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement)).toBe(4), { timeout: 3000 });
    await userEvent.click(canvasElement.querySelector('.cl-organizationListPreviewItemActionButton') as HTMLElement);
    await waitFor(
      () => expect(canvasElement.querySelectorAll('.cl-organizationListPreviewItemActionButton').length).toBe(1),
      {
        timeout: 3000,
      },
    );
  },
};

/** `create-organization-mode="modal"`: "Create organization" opens `<latch-create-org>` in Latch's modal. */
export const CreateModal: Story = {
  loaders: [async () => ({ latch: await withEnrollment() })],
  render: (_args, { loaded }) =>
    html`<latch-org-list .latch=${(loaded as Loaded).latch} create-organization-mode="modal"></latch-org-list>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement)).toBe(4), { timeout: 3000 });
    await userEvent.click(
      canvasElement.querySelector('.cl-organizationListCreateOrganizationActionButton') as HTMLElement,
    );
    await waitFor(
      () => expect(document.querySelector('latch-modal latch-create-org input[name="name"]')).toBeTruthy(),
      {
        timeout: 3000,
      },
    );
  },
};
