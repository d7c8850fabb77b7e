import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import type { EnvironmentJSON, MemoryUserSeed } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, findInput, storyLatch } from './support.js';

type Loaded = { latch: Latch };
const PHONE = '+33612345678';

/** Everything on: email (code and link), phone and username, with a support address for "Get help". */
function everythingOn(emailFactors = ['email_code', 'email_link']): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  attributes.email_address.first_factors = emailFactors;
  Object.assign(attributes.phone_number, { enabled: true, used_for_first_factor: true, first_factors: ['phone_code'] });
  Object.assign(attributes.username, { enabled: true, used_for_first_factor: true });
  Object.assign(env.display_config, { support_email: 'help@example.com' });
  return env;
}

/** A Latch whose sign-in has been identified by `identifier` (and, with `then`, taken further). */
async function signInAt(
  identifier: string,
  user: MemoryUserSeed,
  env = everythingOn(),
  then?: (latch: Latch) => Promise<unknown>,
): Promise<Loaded> {
  const latch = await storyLatch({ users: [user], environment: env, latencyMs: 300 });
  await latch.client!.signIn.create({ identifier });
  await then?.(latch);
  return { latch };
}

const at =
  (step: string) =>
  (_args: unknown, { loaded }: { loaded: Record<string, unknown> }) =>
    html`<latch-sign-in routing="virtual" initial-step=${step} .latch=${(loaded as Loaded).latch}></latch-sign-in>`;

const meta: Meta = { title: 'Elements/Sign in/First factors', component: 'latch-sign-in' };
export default meta;
type Story = StoryObj;

/** The start step when phone numbers are on too: "Use phone" next to the label. */
export const StartWithPhoneToggle: Story = {
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], environment: everythingOn() }) })],
  render: at(''),
};

export const PhoneCode: Story = {
  loaders: [async () => signInAt(PHONE, { emailAddress: 'sms@example.com', phoneNumber: PHONE })],
  render: at('factor-one'),
};

export const EmailLinkSent: Story = {
  loaders: [
    async () => signInAt('link@example.com', { emailAddress: 'link@example.com' }, everythingOn(['email_link'])),
  ],
  render: at('factor-one'),
};

/** "Try another way": every factor of the account, the last used one marked, and "Get help". */
export const ChooseStrategy: Story = {
  loaders: [async () => signInAt(DEMO.emailAddress, { ...DEMO, phoneNumber: PHONE })],
  render: at('choose-strategy'),
};

export const GetHelp: Story = {
  loaders: [async () => signInAt(DEMO.emailAddress, { ...DEMO, phoneNumber: PHONE })],
  render: at('get-help'),
};

/** After the reset code: the new password twice and "Sign out of all other devices". */
export const NewPassword: Story = {
  loaders: [
    async () =>
      signInAt(DEMO.emailAddress, DEMO, everythingOn(), async (latch) => {
        const signIn = latch.client!.signIn;
        await signIn.prepareFirstFactor({ strategy: 'reset_password_email_code' });
        await signIn.attemptFirstFactor({ strategy: 'reset_password_email_code', code: '424242' });
      }),
  ],
  render: at('reset-password'),
  // The step's heading takes the focus only when its module was already in (an earlier story fetched it): the shot
  // is taken without focus either way.
  play: async ({ canvasElement }) => {
    await findInput(canvasElement, 'new-password');
    (document.activeElement as HTMLElement | null)?.blur();
    await expect(canvasElement.contains(document.activeElement)).toBe(false);
  },
};

/** "Forgot password?" on the password step: the reset code step (email), before the new password. */
export const ResetCode: Story = {
  loaders: [async () => signInAt(DEMO.emailAddress, DEMO)],
  render: at('factor-one'),
  play: async ({ canvasElement }) => {
    const forgot = await waitFor(
      () => {
        const button = canvasElement.querySelector<HTMLButtonElement>('.cl-formFieldAction__password');
        if (!button) throw new Error('no password step yet');
        return button;
      },
      { timeout: 3000 },
    );
    await userEvent.click(forgot);
    await waitFor(() => expect(canvasElement.querySelector('input[name="code"]')).toBeTruthy(), { timeout: 3000 });
  },
};

/**
 * The page an email link leads back to, by its `__clerk_status` (Clerk's parameter): the story puts it in the
 * page URL while it shows, and takes it away after, so the other stories start clean.
 */
function emailLinkLanding(status: string): Story {
  return {
    loaders: [async () => ({ latch: await storyLatch({ users: [DEMO] }) })],
    beforeEach: () => {
      const url = new URL(location.href);
      url.searchParams.set('__clerk_status', status);
      history.replaceState(history.state, '', url);
      return () => {
        url.searchParams.delete('__clerk_status');
        history.replaceState(history.state, '', url);
      };
    },
    render: at(''),
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(canvasElement.querySelector('.cl-backLink')).toBeTruthy(), { timeout: 3000 });
    },
  };
}

/** Opened in another tab: signed in there, and the tab that asked goes on by itself. */
export const EmailLinkLandingVerified = emailLinkLanding('verified_switch_tab');
export const EmailLinkLandingExpired = emailLinkLanding('expired');
export const EmailLinkLandingFailed = emailLinkLanding('failed');
export const EmailLinkLandingClientMismatch = emailLinkLanding('client_mismatch');
