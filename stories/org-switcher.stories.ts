import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryFrontendApiOptions } from '../src/api/index.js';
import '../src/components/create-org/index.js';
import '../src/components/modal/index.js';
import '../src/components/org-switcher/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** Ada in Acme (admin) and Globex (member); `active` is the active organization's slug ('' = personal account). */
function organizations(active = 'acme'): MemoryFrontendApiOptions {
  return {
    users: [DEMO],
    clientState: 'signed-in',
    latencyMs: STORY_LATENCY_MS,
    activeOrganization: active || undefined,
    organizations: [
      { name: 'Acme', slug: 'acme', members: [{ emailAddress: DEMO.emailAddress, role: 'org:admin' }] },
      {
        name: 'Globex Corporation',
        slug: 'globex',
        members: [{ emailAddress: DEMO.emailAddress, role: 'org:member' }],
      },
    ],
  };
}

const meta: Meta = {
  title: 'Elements/Organization switcher',
  component: 'latch-org-switcher',
  argTypes: appearanceArgTypes,
  loaders: [async () => ({ latch: await storyLatch(organizations()) })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-org-switcher .latch=${latch}></latch-org-switcher>`;
  },
};
export default meta;
type Story = StoryObj;

const openSwitcher = async (canvasElement: HTMLElement) => {
  const trigger = await waitFor(() => {
    const el = canvasElement.querySelector<HTMLButtonElement>('.cl-organizationSwitcherTrigger');
    if (!el) throw new Error('no trigger yet');
    return el;
  });
  await userEvent.click(trigger);
  await within(canvasElement).findAllByRole('menuitem');
};

/** Acme is active. */
export const ActiveOrganization: Story = {};
/** The personal account is active. */
export const PersonalAccount: Story = { loaders: [async () => ({ latch: await storyLatch(organizations('')) })] };
/** The menu: Organization settings, the personal account, the other organization, New organization. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await openSwitcher(canvasElement);
    await expect(canvasElement.querySelectorAll('[role="menuitem"]')).toHaveLength(4);
  },
};
/** With `hide-personal`, the personal account is not offered. */
export const HidePersonal: Story = {
  render: (_args, { loaded }) =>
    html`<latch-org-switcher .latch=${(loaded as Loaded).latch} hide-personal></latch-org-switcher>`,
  play: async ({ canvasElement }) => {
    await openSwitcher(canvasElement);
    await expect(canvasElement.querySelectorAll('[role="menuitem"]')).toHaveLength(3);
  },
};
/** "New organization" opens `<latch-create-org>` in Latch's modal (`createOrganizationMode`'s default). */
export const CreateModal: Story = {
  play: async ({ canvasElement }) => {
    await openSwitcher(canvasElement);
    const items = canvasElement.querySelectorAll<HTMLElement>('[role="menuitem"]');
    await userEvent.click(items[items.length - 1] as HTMLElement);
    await waitFor(
      () => expect(document.querySelector('latch-modal latch-create-org input[name="name"]')).not.toBeNull(),
      {
        timeout: 3000,
      },
    );
  },
};
