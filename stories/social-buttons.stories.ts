import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/control/index.js';
import '../src/components/sign-in/index.js';
import '../src/components/sign-up/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import { defaultEnvironment, withSocialProviders } from '../src/api/memory/default-environment.js';
import type { EnvironmentJSON } from '../src/api/schemas/index.js';
import type { Appearance } from '../src/appearance/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, holdCalls, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch; tag: 'sign-in' | 'sign-up'; appearance?: Appearance };

/** The memory environment with these providers on, as the dev server lists them in `user_settings.social`. */
function withProviders(...ids: string[]): EnvironmentJSON {
  return withSocialProviders(defaultEnvironment(), ...ids);
}

const load =
  (ids: string[], extra: Partial<Omit<Loaded, 'latch'>> = {}) =>
  async (): Promise<Loaded> => ({
    latch: await storyLatch({ users: [DEMO], latencyMs: STORY_LATENCY_MS, environment: withProviders(...ids) }),
    tag: 'sign-in',
    ...extra,
  });

const meta: Meta = {
  title: 'Elements/Social buttons',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) => {
    const { latch, tag, appearance } = loaded as Loaded;
    return tag === 'sign-up'
      ? html`<latch-sign-up routing="virtual" .latch=${latch} .appearance=${appearance}></latch-sign-up>`
      : html`<latch-sign-in routing="virtual" .latch=${latch} .appearance=${appearance}></latch-sign-in>`;
  },
};
export default meta;
type Story = StoryObj;

const shows =
  (selector: string, count: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll(selector).length).toBe(count), { timeout: 3000 });
  };

/** Two providers: block buttons with their names, above the form. */
export const BlockButtonsTop: Story = {
  tags: ['visual-themes'],
  loaders: [load(['google', 'github'])],
  play: shows('.cl-socialButtonsBlockButton', 2),
};

/** Four providers: `auto` turns them into a row of labelled icon buttons. */
export const IconButtonsAuto: Story = {
  loaders: [load(['google', 'github', 'microsoft', 'apple'])],
  play: shows('.cl-socialButtonsIconButton', 4),
};

/** `socialButtonsPlacement: 'bottom'`: the form first, then the divider and the buttons (sign-up card). */
export const PlacementBottomSignUp: Story = {
  loaders: [
    load(['google', 'microsoft'], { tag: 'sign-up', appearance: { options: { socialButtonsPlacement: 'bottom' } } }),
  ],
  play: shows('.cl-socialButtonsBlockButton', 2),
};

/** `socialButtonsVariant: 'blockButton'` forced for many providers. */
export const BlockButtonsForced: Story = {
  loaders: [
    load(['google', 'github', 'microsoft', 'apple'], {
      appearance: { options: { socialButtonsVariant: 'blockButton' } },
    }),
  ],
  play: shows('.cl-socialButtonsBlockButton', 4),
};

/** A provider's button after a click, while the redirect is being prepared (the request is held). */
export const Redirecting: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const api = new MemoryFrontendApi({ users: [DEMO], environment: withProviders('google', 'github') });
      holdCalls(api, 'createSignIn');
      return { latch: await storyLatch(api), tag: 'sign-in' };
    },
  ],
  play: async ({ canvasElement }) => {
    await shows('.cl-socialButtonsBlockButton', 2)({ canvasElement });
    canvasElement.querySelector<HTMLButtonElement>('.cl-socialButtonsBlockButton__google')?.click();
    await waitFor(
      () => expect(canvasElement.querySelector('.cl-socialButtonsBlockButton__google .cl-spinner')).toBeTruthy(),
      {
        timeout: 3000,
      },
    );
  },
};
