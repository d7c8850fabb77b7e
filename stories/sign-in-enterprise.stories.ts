import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import '../src/components/sign-up/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
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

/**
 * An address of the domain that no user has, back from the identity provider: it became a sign-up (the address
 * verified by the provider, the names it gave) and, as this instance also requires a username, the sign-up card
 * asks for that alone.
 */
export const NewAccountContinue: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const environment = defaultEnvironment();
      Object.assign(environment.user_settings.attributes.username, { enabled: true, required: true });
      const api = new MemoryFrontendApi({
        users: [DEMO],
        environment,
        enterpriseSso: { name: 'Acme SSO', domains: ['acme.test'] },
      });
      const latch = await storyLatch(api);
      const signIn = await latch.client!.signIn.create({ identifier: 'nia@acme.test' });
      await signIn.prepareFirstFactor({ strategy: 'enterprise_sso', redirectUrl: '#/sso-callback' });
      api.returnFromProvider({ emailAddress: 'nia@acme.test', firstName: 'Nia', lastName: 'Okafor' });
      await latch.client!.signUp.create({ transfer: true });
      return { latch };
    },
  ],
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" initial-step="continue" .latch=${(loaded as Loaded).latch}></latch-sign-up>`,
  play: async ({ canvasElement }) => {
    await findInput(canvasElement, 'username');
    await expect(canvasElement.querySelector('input[name="password"]')).toBeNull();
  },
};
