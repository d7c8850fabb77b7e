import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { memoryPasskeyId } from '../src/api/memory/memory-passkeys.js';
import type { Latch } from '../src/core/index.js';
import { frFR } from '../src/localization/locales/fr-FR.js';
import { type PasskeyAnswer, passkeyEnvironment, stubCredentials } from '../test/components/passkey-support.js';
import { DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** Ada has a passkey on this "device": the stubbed browser answers with its credential id. */
const ADA = { ...DEMO, passkeys: ['Laptop'] };
const ADA_PASSKEY = { credentialId: memoryPasskeyId(DEMO.emailAddress) };

async function passkeyLatch(answer: PasskeyAnswer, fr = false): Promise<Latch> {
  stubCredentials(answer);
  return storyLatch(
    { users: [ADA], environment: passkeyEnvironment(), latencyMs: STORY_LATENCY_MS },
    fr ? { localization: frFR } : {},
  );
}

/** The button at `selector` once it shows. */
const buttonAt = (root: HTMLElement, selector: string) =>
  waitFor(
    () => {
      const button = root.querySelector<HTMLButtonElement>(selector);
      if (!button) throw new Error(`no ${selector} yet`);
      return button;
    },
    { timeout: 3000 },
  );

const passkeyButton = (root: HTMLElement) => buttonAt(root, '.cl-footerAction__usePasskey button');

const meta: Meta = {
  title: 'Elements/Sign in/Passkey',
  component: 'latch-sign-in',
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

/** The start step of an instance with passkeys on: "Sign in with a passkey" under the form. */
export const WithPasskeyButton: Story = { loaders: [async () => ({ latch: await passkeyLatch(ADA_PASSKEY) })] };

/** The user closed the browser's passkey prompt (or let it time out). */
export const PasskeyCancelled: Story = {
  loaders: [async () => ({ latch: await passkeyLatch({ error: 'NotAllowedError' }) })],
  play: async ({ canvasElement }) => {
    await userEvent.click(await passkeyButton(canvasElement));
    await waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 3000 });
  },
};

/** The browser offered a passkey that no account of this instance uses (removed, or another site's test data). */
export const PasskeyNotFound: Story = {
  loaders: [async () => ({ latch: await passkeyLatch({ credentialId: 'a-removed-passkey' }) })],
  play: PasskeyCancelled.play,
};

/** The browser's authenticator failed (here: it does not support what was asked). */
export const PasskeyFailed: Story = {
  loaders: [async () => ({ latch: await passkeyLatch({ error: 'NotSupportedError' }) })],
  play: PasskeyCancelled.play,
};

/** "Use another method" for an account that has a passkey. */
export const AlternativeMethodsWithPasskey: Story = {
  loaders: [
    async () => {
      const latch = await passkeyLatch(ADA_PASSKEY);
      await latch.client!.signIn.create({ identifier: DEMO.emailAddress });
      return { latch };
    },
  ],
  render: (_args, { loaded }) =>
    html`<latch-sign-in
      routing="virtual"
      initial-step="choose-strategy"
      .latch=${(loaded as Loaded).latch}
    ></latch-sign-in>`,
};

export const WithPasskeyButtonFrench: Story = {
  loaders: [async () => ({ latch: await passkeyLatch(ADA_PASSKEY, true) })],
};

/** Identified with an address whose account has a passkey: "Use your passkey" comes first, before the password. */
async function identifiedLatch(answer: PasskeyAnswer, fr = false): Promise<{ latch: Latch }> {
  const latch = await passkeyLatch(answer, fr);
  await latch.client!.signIn.create({ identifier: DEMO.emailAddress });
  return { latch };
}

const renderFactorOne: Story['render'] = (_args, { loaded }) =>
  html`<latch-sign-in routing="virtual" initial-step="factor-one" .latch=${(loaded as Loaded).latch}></latch-sign-in>`;

const continueButton = (root: HTMLElement) => buttonAt(root, '.cl-passkeyIcon ~ form .cl-formButtonPrimary');

/** The factor-one passkey step: nothing prompts until Continue. */
export const FactorOnePasskey: Story = {
  loaders: [async () => identifiedLatch(ADA_PASSKEY)],
  render: renderFactorOne,
  play: async ({ canvasElement }) => {
    await continueButton(canvasElement);
  },
};

/** The factor-one passkey step after the user closed the browser's prompt: the step stays, to try again. */
export const FactorOnePasskeyCancelled: Story = {
  loaders: [async () => identifiedLatch({ error: 'NotAllowedError' })],
  render: renderFactorOne,
  play: async ({ canvasElement }) => {
    await userEvent.click(await continueButton(canvasElement));
    await waitFor(() => expect(canvasElement.querySelector('.cl-alert')).toBeTruthy(), { timeout: 3000 });
  },
};

export const FactorOnePasskeyFrench: Story = {
  loaders: [async () => identifiedLatch(ADA_PASSKEY, true)],
  render: renderFactorOne,
  play: FactorOnePasskey.play,
};
