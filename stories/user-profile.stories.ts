import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import { MemoryFrontendApi, type MemoryUserSeed } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, chooseFile, DEMO, findInput, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

/** Usernames and phone numbers on, so every section of the Account page shows. */
function fullEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.username = { ...attributes.username, enabled: true };
  attributes.phone_number = { ...attributes.phone_number, enabled: true };
  return environment;
}

const signedIn = (user: MemoryUserSeed = { ...DEMO, username: 'ada_l', phoneNumber: '+15555550100' }) =>
  storyLatch(new MemoryFrontendApi({ users: [user], clientState: 'signed-in', environment: fullEnvironment() }));

const meta: Meta = {
  title: 'Elements/User profile',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};
export default meta;
type Story = StoryObj;

const section = (canvas: HTMLElement, id: string) =>
  waitFor(
    () => {
      const found = canvas.querySelector<HTMLElement>(`.cl-profileSection__${id}`);
      if (!found) throw new Error(`no ${id} section yet`);
      return found;
    },
    { timeout: 3000 },
  );

const click = async (canvas: HTMLElement, selector: string) => {
  const target = await waitFor(
    () => {
      const found = canvas.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout: 3000 },
  );
  await userEvent.click(target);
};

export const Account: Story = { tags: ['visual-themes'], loaders: [async () => ({ latch: await signedIn() })] };

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

/** A name written to look like markup shows as text. */
export const HostileName: Story = {
  loaders: [
    async () => ({ latch: await signedIn({ ...DEMO, firstName: '<img src=x onerror=alert(1)>', lastName: '</b>' }) }),
  ],
  play: async ({ canvasElement }) => {
    const profile = await section(canvasElement, 'profile');
    await expect(profile.textContent).toContain('<img src=x onerror=alert(1)>');
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull();
  },
};

export const EditingDetails: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__profile');
    await expect(await findInput(canvasElement, 'firstName')).toBeTruthy();
  },
};

export const UsernameTaken: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch(
        new MemoryFrontendApi({
          users: [DEMO, { emailAddress: 'grace@example.com', username: 'grace' }],
          clientState: 'signed-in',
          environment: fullEnvironment(),
        }),
      ),
    }),
  ],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__username');
    await userEvent.type(await findInput(canvasElement, 'username'), 'grace{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__username')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const AddingEmail: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__emailAddresses');
    await expect(await findInput(canvasElement, 'emailAddress')).toBeTruthy();
  },
};

export const VerifyingEmail: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__emailAddresses');
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'ada.new@example.com{enter}');
    await expect(await findInput(canvasElement, 'code')).toBeTruthy();
  },
};

export const UnverifiedEmail: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__emailAddresses');
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'ada.new@example.com{enter}');
    await findInput(canvasElement, 'code');
    await click(canvasElement, '.cl-form__verify .cl-formButtonReset');
    const emails = await section(canvasElement, 'emailAddresses');
    await waitFor(() => expect(emails.querySelector('.cl-badge__unverified')).toBeTruthy());
  },
};

export const ConfirmingRemoval: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSection__phoneNumbers .cl-button__remove');
    await waitFor(() => expect(canvasElement.querySelector('.cl-form__remove')).toBeTruthy());
  },
};

export const AddingPhoneNumber: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__phoneNumbers');
    await expect(await findInput(canvasElement, 'phoneNumber')).toBeTruthy();
  },
};

/** Opens the details form and picks `file` in its photo field. */
async function choosePhoto(canvas: HTMLElement, file: File): Promise<void> {
  await click(canvas, '.cl-profileSectionPrimaryButton__profile');
  await chooseFile(canvas, file);
}

/** A file that is not a PNG, JPEG, GIF or WebP image is refused before any upload, at the photo field. */
export const PhotoWrongType: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    await choosePhoto(canvasElement, new File(['<svg/>'], 'me.svg', { type: 'image/svg+xml' }));
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__file')).toBeTruthy());
  },
};

/** An image over 2 MB is refused before any upload, at the photo field. */
export const PhotoTooLarge: Story = {
  ...Account,
  play: async ({ canvasElement }) => {
    const bytes = new Uint8Array(2 * 1024 * 1024 + 1);
    bytes.set([0x89, 0x50, 0x4e, 0x47]);
    await choosePhoto(canvasElement, new File([bytes], 'me.png', { type: 'image/png' }));
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__file')).toBeTruthy());
  },
};
