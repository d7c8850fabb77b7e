/**
 * The "Last used" badge of "Use another method": this browser signed in before with an email code (the client's
 * `last_authentication_strategy`), signed out, and is back. The way it used is marked, in its button.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { frFR } from '../src/localization/locales/fr-FR.js';
import { appearanceArgTypes, DEMO, find, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };
const BADGE = '.cl-lastAuthenticationStrategyBadge';

/** Ada signed in here with an email code, then out; she typed her address again. */
async function cameBack(fr = false): Promise<Loaded> {
  const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
  const latch = await storyLatch(api, fr ? { localization: frFR } : {});
  const signIn = latch.client!.signIn;
  await signIn.create({ identifier: DEMO.emailAddress });
  await signIn.prepareFirstFactor({ strategy: 'email_code' });
  await signIn.attemptFirstFactor({ strategy: 'email_code', code: api.sentCodes.at(-1)!.code });
  await latch.signOut();
  await latch.client!.signIn.create({ identifier: DEMO.emailAddress });
  return { latch };
}

const meta: Meta = {
  title: 'Elements/Sign in/Last used',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="choose-strategy" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
  // The badge, then Tab by Tab to its button: the focus ring shows where the keyboard finds it.
  play: async ({ canvasElement }) => {
    const button = await find(canvasElement, '.cl-alternativeMethodsBlockButton__email_code');
    await find(canvasElement, `.cl-alternativeMethodsBlockButton__email_code ${BADGE}`);
    await expect(canvasElement.querySelectorAll(BADGE).length).toBe(1);
    (document.activeElement as HTMLElement | null)?.blur();
    for (let tabs = 0; tabs < 4 && document.activeElement !== button; tabs++) await userEvent.tab();
    await expect(document.activeElement).toBe(button);
  },
};
export default meta;
type Story = StoryObj;

/** "Use another method": the email code, which this browser used last, carries the badge. */
export const ChooseStrategyLastUsed: Story = { loaders: [async () => cameBack()] };

/** The same in French: "Dernier utilisé". */
export const ChooseStrategyLastUsedFrench: Story = { loaders: [async () => cameBack(true)] };
