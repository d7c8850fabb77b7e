import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { LatchApiError, type MemoryFrontendApi } from '../src/api/index.js';
import '../src/components/create-org/index.js';
import type { Latch } from '../src/core/index.js';
import {
  appearanceArgTypes,
  chooseFile,
  DEMO,
  findInput,
  STORY_LATENCY_MS,
  storyLatch,
  unloadedLatch,
} from './support.js';

type Loaded = { latch: Latch; skipInvitationScreen?: boolean };

const signedIn = () =>
  storyLatch({
    users: [DEMO],
    clientState: 'signed-in',
    latencyMs: STORY_LATENCY_MS,
    organizations: [
      { name: 'Taken', slug: 'taken', members: [{ emailAddress: DEMO.emailAddress, role: 'org:admin' }] },
    ],
  });

const meta: Meta = {
  title: 'Elements/CreateOrganization',
  component: 'latch-create-org',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-create-org .latch=${(loaded as Loaded).latch}
      .skipInvitationScreen=${(loaded as Loaded).skipInvitationScreen ?? false}></latch-create-org>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { loaders: [async () => ({ latch: await signedIn() })] };

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

export const SlugFromName: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'name'), 'Analytical Engines');
    await waitFor(() =>
      expect((canvasElement.querySelector('input[name="slug"]') as HTMLInputElement).value).toBe('analytical-engines'),
    );
  },
};

export const SlugTaken: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'slug'), 'taken');
    await userEvent.type(await findInput(canvasElement, 'name'), 'Another{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__slug, .cl-alert')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const NameMissing: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    (await findInput(canvasElement, 'name')).form?.requestSubmit();
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__name')).toBeTruthy());
  },
};

/** A one-pixel PNG, as the file picker would hand it over. */
const LOGO = () =>
  new File(
    [
      Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
        (c) => c.charCodeAt(0),
      ),
    ],
    'logo.png',
    { type: 'image/png' },
  );

/** A logo chosen before the organization exists: its preview and a Remove button. */
export const LogoChosen: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await chooseFile(canvasElement, LOGO());
    await waitFor(() => expect(canvasElement.querySelector('.cl-organizationPreviewAvatarImage')).toBeTruthy());
  },
};

/** A file that is not an image is refused at the field, before any upload. */
export const LogoRejected: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await chooseFile(canvasElement, new File(['notes'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__file')).toBeTruthy());
  },
};

/** After creation: invite people with a role, or skip. */
export const InviteStep: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'name'), 'Difference Engines{enter}');
    await waitFor(() => expect(canvasElement.querySelector('select option[value="org:admin"]')).toBeTruthy(), {
      timeout: 5000,
    });
  },
};

/** An address without a domain is refused under the field; what was typed stays. */
export const InviteAddressInvalid: Story = {
  ...Start,
  play: async (context) => {
    await InviteStep.play?.(context);
    await userEvent.type(await findInput(context.canvasElement, 'emailAddresses'), 'ada@example.com, grace{enter}');
    await waitFor(() =>
      expect(context.canvasElement.querySelector('.cl-formFieldErrorText__emailAddresses')).toBeTruthy(),
    );
  },
};

/** The logo upload failed (with skipInvitationScreen): the organization exists, the card says so, Continue. */
export const LogoUploadFailed: Story = {
  loaders: [
    async () => {
      const latch = await signedIn();
      (latch.api as MemoryFrontendApi).failNext(
        'setOrganizationLogo',
        new LatchApiError({ status: 500, errors: [{ code: 'internal_clerk_error', message: 'failed', meta: {} }] }),
      );
      return { latch, skipInvitationScreen: true };
    },
  ],
  play: async ({ canvasElement }) => {
    await chooseFile(canvasElement, LOGO());
    await userEvent.type(await findInput(canvasElement, 'name'), 'Unlucky Looms{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 5000 });
  },
};
