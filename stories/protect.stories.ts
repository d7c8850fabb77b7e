import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryFrontendApiOptions } from '../src/api/index.js';
import '../src/components/control/index.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, STORY_LATENCY_MS, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

const GRACE = { emailAddress: 'grace@example.com', password: 'compiler-pioneer', firstName: 'Grace' };

/** Ada and Grace in Acme (Ada admin, Grace member); `who` is signed in, in Acme unless `personal`. */
function acme(who: 'ada' | 'grace', personal = false): MemoryFrontendApiOptions {
  return {
    users: who === 'ada' ? [DEMO, GRACE] : [GRACE, DEMO],
    clientState: 'signed-in',
    latencyMs: STORY_LATENCY_MS,
    activeOrganization: personal ? undefined : 'acme',
    organizations: [
      {
        name: 'Acme',
        slug: 'acme',
        members: [
          { emailAddress: DEMO.emailAddress, role: 'org:admin' },
          { emailAddress: GRACE.emailAddress, role: 'org:member' },
        ],
      },
    ],
  };
}

const meta: Meta = {
  title: 'Control/Protect',
  component: 'latch-protect',
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    return html`<latch-protect .latch=${latch} role="org:admin">
        <p>Admin settings: only members with the org:admin role see this.</p>
        <p slot="fallback">Ask an admin of your organization for access.</p>
      </latch-protect>
      <latch-protect .latch=${latch} permission="org:sys_memberships:read">
        <p>Member directory (org:sys_memberships:read).</p>
        <p slot="fallback">Choose an organization to see its members.</p>
      </latch-protect>`;
  },
};
export default meta;
type Story = StoryObj;

/** Ada is an admin of the active organization: both blocks show. */
export const Admin: Story = { loaders: [async () => ({ latch: await storyLatch(acme('ada')) })] };
/** Grace is a member: the admin block falls back, the directory shows. */
export const Member: Story = { loaders: [async () => ({ latch: await storyLatch(acme('grace')) })] };
/** Ada on her personal account: no organization, so every check falls back. */
export const PersonalAccount: Story = { loaders: [async () => ({ latch: await storyLatch(acme('ada', true)) })] };
/** Signed out: the fallbacks. */
export const SignedOut: Story = {
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], latencyMs: STORY_LATENCY_MS }) })],
};
/** Not loaded yet: nothing at all, neither the content nor the fallback. */
export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };
/** A condition of your own, given `has`. */
export const Condition: Story = {
  loaders: [async () => ({ latch: await storyLatch(acme('grace')) })],
  render: (_args, { loaded }) => {
    const { latch } = loaded as Loaded;
    const notAdmin = (has: (p: { role: string }) => boolean) => !has({ role: 'org:admin' });
    return html`<latch-protect .latch=${latch} .condition=${notAdmin}>
      <p>Shown to everyone in the organization except its admins.</p>
    </latch-protect>`;
  },
};
