import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import { MemoryFrontendApi, type MemoryUserSeed } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, click, DEMO, find, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const PHONE = '+33612345678';

/** Phone numbers on, so the two-step section offers codes by text message. */
function phoneEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.phone_number = { ...attributes.phone_number, enabled: true };
  return environment;
}

const signedIn = (user: MemoryUserSeed) =>
  storyLatch(new MemoryFrontendApi({ users: [user], clientState: 'signed-in', environment: phoneEnvironment() }));

const meta: Meta = {
  title: 'Elements/User profile/Security/SMS codes',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" initial-step="security" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};
export default meta;
type Story = StoryObj;

/** The user's verified numbers to pick from. */
export const ChooseNumber: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO, phoneNumber: PHONE }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__phoneCode');
    await expect((await find(canvasElement, '.cl-button__phoneCodeChoice')).textContent).toContain(PHONE);
  },
};

/** No verified number yet: a way to the Account page to add one. */
export const NoVerifiedNumber: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__phoneCode');
    await find(canvasElement, '.cl-formButtonPrimary__addPhoneNumber');
  },
};

/** The number picked is the account's first second factor: backup codes are shown once. */
export const BackupCodesWithFirstNumber: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO, phoneNumber: PHONE }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__phoneCode');
    await click(canvasElement, '.cl-button__phoneCodeChoice');
    await find(canvasElement, '.cl-formButtonPrimary__backupCodesDone');
  },
};

/** The number receives codes (the default one); "stop using" asks first. */
export const StopUsingNumber: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO, phoneNumber: PHONE }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__phoneCode');
    await click(canvasElement, '.cl-button__phoneCodeChoice');
    await click(canvasElement, '.cl-formButtonPrimary__backupCodesDone');
    await find(canvasElement, '.cl-profileSectionItem__phoneCode .cl-badge__default');
    await click(canvasElement, '.cl-profileSectionItem__phoneCode .cl-button__remove');
    await find(canvasElement, '.cl-form__phoneCodeRemove');
  },
};
