import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-up/index.js';
import type { EnvironmentJSON } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, find, findInput, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch; initialStep?: string };

/** An environment with sign-up settings changed by `edit`. */
function environment(edit: (env: EnvironmentJSON) => void): EnvironmentJSON {
  const env = defaultEnvironment();
  edit(env);
  return env;
}

/** Username and phone number required, names optional. */
const everyField = () =>
  environment((env) => {
    Object.assign(env.user_settings.attributes.username, { enabled: true, required: true });
    Object.assign(env.user_settings.attributes.phone_number, { enabled: true, required: true });
  });

const latchWith = (env: EnvironmentJSON) =>
  storyLatch({ users: [DEMO], environment: env, latencyMs: STORY_LATENCY_MS });

const meta: Meta = {
  title: 'Elements/Sign up/Fields and modes',
  component: 'latch-sign-up',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) => {
    const { latch, initialStep } = loaded as Loaded;
    return html`<latch-sign-up routing="virtual" initial-step=${initialStep ?? ''} .latch=${latch}></latch-sign-up>`;
  },
};
export default meta;
type Story = StoryObj;

/** Every field the instance can turn on; names marked optional; the phone field with its country picker. */
export const EveryField: Story = { loaders: [async () => ({ latch: await latchWith(everyField()) })] };

/** `appearance.options.showOptionalFields: false`: only the required fields. */
export const RequiredOnly: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch(
        { users: [DEMO], environment: everyField(), latencyMs: STORY_LATENCY_MS },
        { appearance: { options: { showOptionalFields: false } } },
      ),
    }),
  ],
};

/** A username the rules refuse: the reason at the field. */
export const UsernameInvalid: Story = {
  ...EveryField,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'username'), 'ab{enter}');
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
    await userEvent.type(await findInput(canvasElement, 'phoneNumber'), '+33612345678');
    await userEvent.type(await findInput(canvasElement, 'password'), 'a-long-enough-secret{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__username')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** The SMS code step, after the email was verified. */
export const VerifyPhone: Story = {
  loaders: [
    async () => {
      const latch = await latchWith(everyField());
      const signUp = await latch.client!.signUp.create({
        emailAddress: 'grace+clerk_test@example.com',
        password: 'a-long-enough-secret',
        username: 'grace_h',
        phoneNumber: '+33612345678',
      });
      await signUp.preparePhoneNumberVerification();
      return { latch, initialStep: 'verify-phone-number' };
    },
  ],
};

/** "Continue": the server still misses the username; only that is asked. */
export const Continue: Story = {
  loaders: [
    async () => {
      const latch = await latchWith(everyField());
      await latch.client!.signUp.create({
        emailAddress: 'grace@example.com',
        password: 'a-long-enough-secret',
        phoneNumber: '+33612345678',
      });
      return { latch, initialStep: 'continue' };
    },
  ],
};

const legalConsent = () =>
  environment((env) => {
    Object.assign(env.user_settings, { sign_up: { mode: 'public', legal_consent_enabled: true } });
    Object.assign(env.display_config, { terms_url: '/terms', privacy_policy_url: '/privacy' });
  });

/** Legal consent required: the checkbox with both links (its chunk arrives after the card's, the form waits for it). */
export const LegalConsent: Story = {
  loaders: [async () => ({ latch: await latchWith(legalConsent()) })],
  play: async ({ canvasElement }) => {
    await findInput(canvasElement, 'legalAccepted');
  },
};

/** Submitted without ticking the box: the reason at the checkbox, nothing sent. */
export const LegalConsentMissing: Story = {
  ...LegalConsent,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'emailAddress'), 'grace@example.com');
    await userEvent.type(await findInput(canvasElement, 'password'), 'a-long-enough-secret{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__legalAccepted')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** Restricted mode, no invitation in the URL: why there is no form. */
export const Restricted: Story = {
  loaders: [
    async () => ({
      latch: await latchWith(
        environment((env) => {
          Object.assign(env.user_settings, { sign_up: { mode: 'restricted', legal_consent_enabled: false } });
        }),
      ),
    }),
  ],
};

/** Waitlist mode: the card leads to the waitlist. */
export const Waitlist: Story = {
  loaders: [
    async () => ({
      latch: await latchWith(
        environment((env) => {
          Object.assign(env.user_settings, { sign_up: { mode: 'waitlist', legal_consent_enabled: false } });
          Object.assign(env.display_config, { waitlist_url: '/waitlist' });
        }),
      ),
    }),
  ],
};

/** A phone-only instance: email and password off, the phone number required (SMS codes only). */
const phoneOnly = () =>
  environment((env) => {
    const { attributes } = env.user_settings;
    Object.assign(attributes.email_address, { enabled: false, required: false, used_for_first_factor: false });
    Object.assign(attributes.phone_number, { enabled: true, required: true, first_factors: ['phone_code'] });
    Object.assign(attributes.password, { enabled: false, required: false });
  });

/** Phone only: the card asks for the phone number alone. */
export const PhoneOnly: Story = { loaders: [async () => ({ latch: await latchWith(phoneOnly()) })] };

/** Phone only, after the number was sent: the SMS code step. */
export const PhoneOnlyVerify: Story = {
  loaders: [
    async () => {
      const latch = await latchWith(phoneOnly());
      const signUp = await latch.client!.signUp.create({ phoneNumber: '+33612345678' });
      await signUp.preparePhoneNumberVerification();
      return { latch, initialStep: 'verify-phone-number' };
    },
  ],
};

/** Phone only, the SMS code typed: the sign-up completes and the new user has the number and no email. */
export const PhoneOnlyComplete: Story = {
  ...PhoneOnlyVerify,
  play: async ({ canvasElement, loaded }) => {
    const { latch } = loaded as Loaded;
    await userEvent.type(await findInput(canvasElement, 'code'), '424242');
    await waitFor(() => expect(latch.user?.primaryPhoneNumber?.phoneNumber).toBe('+33612345678'), { timeout: 3000 });
    await expect(latch.user?.emailAddresses).toEqual([]);
  },
};

/** Phone only, the SMS code step, and a code that is not the one sent: the reason at the code field. */
export const PhoneOnlyWrongCode: Story = {
  ...PhoneOnlyVerify,
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'code'), '111111');
    await find(canvasElement, '.cl-formFieldErrorText__code');
  },
};

/** Phone only, a number another account already uses (`form_identifier_exists`): the reason at the phone field. */
export const PhoneOnlyNumberTaken: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch({
        users: [{ ...DEMO, phoneNumber: '+33612345678' }],
        environment: phoneOnly(),
        latencyMs: STORY_LATENCY_MS,
      }),
    }),
  ],
  play: async ({ canvasElement }) => {
    // The phone field arrives with its lazy module (libphonenumber-js): type once its country picker is there.
    await find(canvasElement, 'select[name="phoneNumberCountryCode"]', 10_000);
    await userEvent.type(await findInput(canvasElement, 'phoneNumber'), '+33612345678{enter}');
    await find(canvasElement, '.cl-formFieldErrorText__phoneNumber', 5000);
  },
};
