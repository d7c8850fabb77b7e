import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import type { EnvironmentJSON } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import type { LatchSignUp } from '../src/components/sign-up/sign-up.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, find, findInput, STORY_LATENCY_MS, storyLatch } from './support.js';

/**
 * The sign-up states the other story files leave out: where an email link lands (confirmed in this browser,
 * confirmed for another device or tab, expired, spent), a wrong SMS code, and a phone number someone already has.
 */

type Loaded = { latch: Latch; initialStep?: string };

const PHONE = '+33612345678';

/** Email and password off, the phone number required (SMS codes only). */
function phoneOnly(): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  Object.assign(attributes.email_address, { enabled: false, required: false, used_for_first_factor: false });
  Object.assign(attributes.phone_number, { enabled: true, required: true, first_factors: ['phone_code'] });
  Object.assign(attributes.password, { enabled: false, required: false });
  return env;
}

const meta: Meta = {
  title: 'Elements/Sign up/Email link landings and phone errors',
  component: 'latch-sign-up',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) => {
    const { latch, initialStep } = loaded as Loaded;
    return html`<latch-sign-up routing="virtual" initial-step=${initialStep ?? ''} .latch=${latch}></latch-sign-up>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * The page an email link leads back to, by its `__clerk_status` (Clerk's parameter): the story puts it in the
 * page URL while it shows, and takes it away after, so the other stories start clean. `signedInHere`: this
 * browser is the one that signed up (it shares the client, so the link signed it in too).
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
    beforeEach: () => {
      const url = new URL(location.href);
      url.searchParams.set('__clerk_status', status);
      history.replaceState(history.state, '', url);
      return () => {
        url.searchParams.delete('__clerk_status');
        history.replaceState(history.state, '', url);
      };
    },
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

/** Opened in the browser that signed up: signed in here too, nothing to go back to. */
export const EmailLinkLandingVerified = emailLinkLanding('verified', 'verified', true);
/** Opened on another device (or a browser with no session): confirmed; the tab that asked is finishing. */
export const EmailLinkLandingVerifiedOnOtherDevice = emailLinkLanding('verified', 'verifiedSwitchTab');
export const EmailLinkLandingExpired = emailLinkLanding('expired', 'expired');
export const EmailLinkLandingFailed = emailLinkLanding('failed', 'failed');

/** Phone only, the SMS code step, and a code that is not the one sent: the reason at the code field. */
export const PhoneCodeWrong: Story = {
  loaders: [
    async () => {
      const latch = await storyLatch({ users: [DEMO], environment: phoneOnly(), latencyMs: STORY_LATENCY_MS });
      const signUp = await latch.client!.signUp.create({ phoneNumber: PHONE });
      await signUp.preparePhoneNumberVerification();
      return { latch, initialStep: 'verify-phone-number' };
    },
  ],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'code'), '111111');
    await find(canvasElement, '.cl-formFieldErrorText__code');
  },
};

/** Phone only, a number another account already uses (`form_identifier_exists`): the reason at the phone field. */
export const PhoneTaken: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [{ ...DEMO, phoneNumber: PHONE }],
        environment: phoneOnly(),
        latencyMs: STORY_LATENCY_MS,
      }),
    }),
  ],
  play: async ({ canvasElement }) => {
    // The phone field arrives with its lazy module (libphonenumber-js): type once its country picker is there.
    await find(canvasElement, 'select[name="phoneNumberCountryCode"]', 10_000);
    await userEvent.type(await findInput(canvasElement, 'phoneNumber'), `${PHONE}{enter}`);
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__phoneNumber')).toBeTruthy(), {
      timeout: 5000,
    });
  },
};
