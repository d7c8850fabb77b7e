import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import { type EnvironmentJSON, LatchApiError, MemoryFrontendApi } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import type { LatchSignUp } from '../src/components/sign-up/sign-up.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, find, findInput, STORY_LATENCY_MS, storyLatch, withPageParam } from './support.js';

/** Every password rule on, and the strength meter with a minimum score of 3. */
function strictPasswords(): EnvironmentJSON {
  const env = defaultEnvironment();
  Object.assign(env.user_settings.password_settings, {
    min_length: 10,
    require_special_char: true,
    require_numbers: true,
    require_uppercase: true,
    require_lowercase: true,
    show_zxcvbn: true,
    min_zxcvbn_strength: 3,
  });
  return env;
}

const meta: Meta = {
  title: 'Elements/Sign up/Password and restrictions',
  component: 'latch-sign-up',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-up routing="virtual" .latch=${(loaded as { latch: Latch }).latch}></latch-sign-up>`,
};
export default meta;
type Story = StoryObj;

/** A Latch whose next sign-up the server refuses with `code` at `paramName`, and the play that submits the form. */
function refusedSignUp(status: number, code: string, paramName: string, password: string): Story {
  return {
    loaders: [
      async () => {
        const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
        api.failNext(
          'createSignUp',
          new LatchApiError({ status, errors: [{ code, message: code, meta: { paramName } }] }),
        );
        return { latch: await storyLatch(api) };
      },
    ],
    play: async ({ canvasElement }) => {
      await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
      await userEvent.type(await findInput(canvasElement, 'password'), `${password}{enter}`);
      await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText')).toBeTruthy(), {
        timeout: 3000,
      });
    },
  };
}

/** The instance's rules, listed under the field once it has focus, before the user types. */
export const Rules: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({ users: [DEMO], environment: strictPasswords(), latencyMs: STORY_LATENCY_MS }),
    }),
  ],
  play: async ({ canvasElement }) => {
    await userEvent.click(await findInput(canvasElement, 'password'));
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.cl-formFieldHintText__passwordRules li')).toHaveLength(5),
    );
  },
};

/** Some rules met, the strength meter (loaded on focus) saying the password is still too weak, and why (zxcvbn's warning and suggestions). */
export const Weak: Story = {
  ...Rules,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'password'), 'abcdef1');
    await waitFor(() => expect(canvasElement.querySelector('[data-score]')).toBeTruthy(), { timeout: 20_000 });
  },
};

/** Every rule ticked and a strong score. */
export const Strong: Story = {
  ...Rules,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'password'), 'Quartz-Velvet#Harbor42');
    await waitFor(() => expect(canvasElement.querySelector('[data-score="4"]')).toBeTruthy(), { timeout: 20_000 });
  },
};

/** A password that misses a rule, refused at the field before any round trip. */
export const RuleMissed: Story = {
  ...Rules,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
    await userEvent.type(await findInput(canvasElement, 'password'), 'longenoughbutplain{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__password')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** The server refuses a breached password: the reason at the field, the password kept. */
export const Pwned: Story = refusedSignUp(422, 'form_password_pwned', 'password', 'password123');

/** The instance's blocklist (or allowlist) refuses the address: the reason at the email field. */
export const AddressNotAllowed: Story = refusedSignUp(
  403,
  'not_allowed_access',
  'email_address',
  'Quartz-Velvet#Harbor42',
);

/** An instance that verifies by email link: the "check your inbox" step, waiting for the link. */
export const EmailLinkWaiting: Story = {
  loaders: [
    async () => {
      const env = defaultEnvironment();
      env.user_settings.attributes.email_address.verifications = ['email_link'];
      return { latch: await storyLatch({ users: [DEMO], environment: env, latencyMs: STORY_LATENCY_MS }) };
    },
  ],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
    await userEvent.type(await findInput(canvasElement, 'password'), 'Quartz-Velvet#Harbor42{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formResendCodeLink')).toBeTruthy(), { timeout: 5000 });
  },
};

/**
 * The page an email link leads back to, by its `__clerk_status` (Clerk's parameter), as `titleKey` words it.
 * `signedInHere`: this browser is the one that signed up (it shares the client, so the link signed it in too).
 */
function emailLinkLanding(status: string, titleKey: string, signedInHere = false): Story {
  return {
    loaders: [
      async () => {
        const latch = await storyLatch({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
        if (signedInHere) await latch.client!.signIn.create({ identifier: DEMO.emailAddress, password: DEMO.password });
        return { latch };
      },
    ],
    beforeEach: withPageParam('__clerk_status', status),
    play: async ({ canvasElement }) => {
      await find(canvasElement, '.cl-verificationLinkStatusText');
      // Compared with the card's own translation, so the check holds in whichever language the toolbar picks.
      const card = canvasElement.querySelector<LatchSignUp>('latch-sign-up')!;
      const title = canvasElement.querySelector('.cl-headerTitle')?.textContent?.trim();
      await expect(title).toBe(card.t(`signUp.emailLink.${titleKey}.title`));
      await expect(Boolean(canvasElement.querySelector('.cl-backLink'))).toBe(status !== 'verified');
    },
  };
}

/** The link opened in the browser that signed up: signed in here too, nothing to go back to. */
export const EmailLinkLandingVerified = emailLinkLanding('verified', 'verified', true);
/** The link opened on another device (a browser with no session): confirmed; the tab that asked is finishing. */
export const EmailLinkLandingVerifiedOnOtherDevice = emailLinkLanding('verified', 'verifiedSwitchTab');
export const EmailLinkLandingExpired = emailLinkLanding('expired', 'expired');
/** Already used, or replaced by a newer link. */
export const EmailLinkLandingFailed = emailLinkLanding('failed', 'failed');

/** Bot protection on: the `clerk-captcha` mount point in the form (the widget itself is the provider's). */
export const CaptchaSlot: Story = {
  loaders: [
    async () => {
      const env = defaultEnvironment();
      Object.assign(env.user_settings.sign_up, { captcha_enabled: true });
      return { latch: await storyLatch({ users: [DEMO], environment: env, latencyMs: STORY_LATENCY_MS }) };
    },
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('#clerk-captcha')).toBeTruthy(), { timeout: 3000 });
  },
};
