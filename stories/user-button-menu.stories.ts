import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import '../src/components/user-button/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const GRACE = {
  emailAddress: 'grace@example.com',
  password: 'compiler-pioneer',
  firstName: 'Grace',
  lastName: 'Hopper',
};
const ALAN = { emailAddress: 'alan@example.com', password: 'imitation-game', firstName: 'Alan', lastName: 'Turing' };

function multiSessionEnvironment() {
  const environment = defaultEnvironment();
  return { ...environment, auth_config: { ...environment.auth_config, single_session_mode: false } };
}

const meta: Meta = {
  title: 'Elements/User button menu',
  component: 'latch-user-button',
  argTypes: appearanceArgTypes,
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], clientState: 'signed-in' }) })],
};
export default meta;
type Story = StoryObj;

/** "Account settings" leads to the profile page (navigation mode), above "Sign out". */
export const ManageAccount: Story = {
  tags: ['visual-themes'],
  render: (_args, { loaded }) => html`<latch-user-button default-open user-profile-mode="navigation"
    user-profile-url="/account" .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

/** Custom items as children: "Sign out" moved to the top, an action with an icon, a link, then the defaults. */
export const CustomItems: Story = {
  render: (_args, { loaded }) => html`<latch-user-button default-open user-profile-mode="navigation"
    user-profile-url="/account" .latch=${(loaded as Loaded).latch}>
    <latch-user-button-action label="signOut"></latch-user-button-action>
    <latch-user-button-action label="Help center">
      <svg slot="labelIcon" viewBox="0 0 16 16" fill="currentColor"><circle cx="8" cy="8" r="6"></circle></svg>
    </latch-user-button-action>
    <latch-user-button-link label="Billing" href="#billing"></latch-user-button-link>
    <latch-user-button-action label="manageAccount"></latch-user-button-action>
  </latch-user-button>`,
};

/** Custom items as the `menuItems` property. */
export const MenuItemsProperty: Story = {
  render: (_args, { loaded }) => html`<latch-user-button default-open .latch=${(loaded as Loaded).latch}
    .menuItems=${[{ label: 'Documentation', href: '#docs' }, { label: 'Send feedback', onClick: () => undefined }]}>
  </latch-user-button>`,
};

/** Three accounts signed in on a multi-session instance: the other two to switch to, add, sign out of all. */
export const MultiSession: Story = {
  tags: ['visual-themes'],
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [GRACE, ALAN, DEMO],
        clientState: 'signed-in',
        signedInUsers: 3,
        environment: multiSessionEnvironment(),
      }),
    }),
  ],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};

/** Multi-session instance with one account: only "Add another account" and "Sign out of every account" extra. */
export const MultiSessionOneAccount: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({ users: [DEMO], clientState: 'signed-in', environment: multiSessionEnvironment() }),
    }),
  ],
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};
