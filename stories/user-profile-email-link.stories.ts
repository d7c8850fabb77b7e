import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import { MemoryFrontendApi } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, click, DEMO, find, findInput, storyLatch } from './support.js';

type Loaded = { latch: Latch; api: MemoryFrontendApi };

const ADDED = 'ada.work@example.com';

/** An instance whose added email addresses are verified by a mailed link rather than a code. */
async function linkInstance(): Promise<Loaded> {
  const environment = defaultEnvironment();
  environment.user_settings.attributes.email_address.verifications = ['email_link'];
  const api = new MemoryFrontendApi({ users: [DEMO], clientState: 'signed-in', environment });
  return { latch: await storyLatch(api), api };
}

const meta: Meta = {
  title: 'Elements/User profile/Email link',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  loaders: [linkInstance],
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};
export default meta;
type Story = StoryObj;

async function addByLink(canvas: HTMLElement): Promise<HTMLElement> {
  await click(canvas, '.cl-profileSectionPrimaryButton__emailAddresses');
  await userEvent.type(await findInput(canvas, 'emailAddress'), `${ADDED}{enter}`);
  return find(canvas, '.cl-form__verifyLink');
}

/** The add form says a link, not a code, will be sent. */
export const AddingByLink: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__emailAddresses');
    await findInput(canvasElement, 'emailAddress');
    await expect((await find(canvasElement, '.cl-form__emailAddress')).textContent).toContain('link');
  },
};

/** The link is mailed: the form waits for it to be opened, in any tab, and offers another. */
export const WaitingForLink: Story = {
  play: async ({ canvasElement }) => {
    await expect((await addByLink(canvasElement)).textContent).toContain(ADDED);
  },
};

/** The link was opened elsewhere: the page read it by itself, and says so. */
export const VerifiedByLink: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { api } = loaded as Loaded;
    await addByLink(canvasElement);
    // The form shows while the link is on its way: open it once it has been mailed.
    await waitFor(() => expect(api.sentCodes.some((sent) => sent.emailAddress === ADDED)).toBe(true));
    api.openProfileEmailLink(ADDED);
    const section = await find(canvasElement, '.cl-profileSection__emailAddresses');
    await waitFor(() => expect(section.querySelector('[role="status"]')?.textContent).toContain(ADDED), {
      timeout: 6000,
    });
    await expect(section.querySelector('.cl-badge__unverified')).toBeNull();
  },
};
