import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/create-org/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, findInput, STORY_LATENCY_MS, storyLatch, unloadedLatch } from './support.js';

type Loaded = { latch: Latch };

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
  render: (_args, { loaded }) => html`<latch-create-org .latch=${(loaded as Loaded).latch}></latch-create-org>`,
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
