import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, findInput, holdCalls, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** The memory instance with an enterprise connection owning `acme.test`. */
const enterpriseApi = () =>
  new MemoryFrontendApi({ users: [DEMO], enterpriseSso: { name: 'Acme SSO', domains: ['acme.test'] } });

const meta: Meta = {
  title: 'Elements/Sign in/Enterprise SSO',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

/**
 * An address of the enterprise domain, submitted: the card is preparing the identity provider's redirect (the
 * request is held), Continue shows its spinner and the field keeps the address.
 */
export const Redirecting: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const api = enterpriseApi();
      holdCalls(api, 'prepareSignInFirstFactor');
      return { latch: await storyLatch(api) };
    },
  ],
  play: async ({ canvasElement }) => {
    const identifier = await findInput(canvasElement, 'identifier');
    await userEvent.type(identifier, 'jane@acme.test{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formButtonPrimary .cl-spinner')).toBeTruthy(), {
      timeout: 3000,
    });
    await expect(identifier.value).toBe('jane@acme.test');
  },
};
