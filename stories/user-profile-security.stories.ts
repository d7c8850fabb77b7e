import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { LatchApiError } from '../src/api/errors.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import { type MemoryDeviceSeed, MemoryFrontendApi, type MemoryUserSeed } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, click, DEMO, find, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const PHONE: MemoryDeviceSeed = {
  browser_name: 'Safari',
  browser_version: '17',
  device_type: 'iPhone',
  is_mobile: true,
  ip_address: '198.51.100.7',
  city: 'Paris',
  country: 'FR',
};

/** Passkeys on, so every section of the Security page shows. */
function securityEnvironment() {
  const environment = defaultEnvironment();
  const attributes = environment.user_settings.attributes;
  attributes.passkey = { ...attributes.passkey, enabled: true };
  return environment;
}

const signedIn = (user: MemoryUserSeed = { ...DEMO, passkeys: ['Work laptop'] }) =>
  storyLatch(
    new MemoryFrontendApi({
      users: [user],
      clientState: 'signed-in',
      environment: securityEnvironment(),
      otherDevices: [PHONE],
    }),
  );

const meta: Meta = {
  title: 'Elements/User profile/Security',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" initial-step="security" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};
export default meta;
type Story = StoryObj;

/** Every section: password, passkeys, two-step verification, the devices (this one and a phone), deletion. */
export const Overview: Story = {
  tags: ['visual-themes'],
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '.cl-activeDeviceListItem');
    await expect(canvasElement.querySelectorAll('.cl-activeDeviceListItem')).toHaveLength(2);
  },
};

/** The password form of a user who has one: current, new, repeat, and "sign out of other devices". */
export const ChangePassword: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__password');
    await find(canvasElement, 'input[name="currentPassword"]');
  },
};

/** The passwords typed do not match: the error is at the repeat field, nothing typed is lost. */
export const PasswordMismatch: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__password');
    await userEvent.type(await find(canvasElement, 'input[name="currentPassword"]'), 'correct-horse');
    await userEvent.type(await find(canvasElement, 'input[name="newPassword"]'), 'one thing');
    await userEvent.type(await find(canvasElement, 'input[name="confirmPassword"]'), 'another{enter}');
    await find(canvasElement, '.cl-formFieldErrorText__confirmPassword');
  },
};

/** The current password typed is wrong: the server's error is at that field, the new password stays typed. */
export const WrongCurrentPassword: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__password');
    await userEvent.type(await find(canvasElement, 'input[name="currentPassword"]'), 'not-my-password');
    await userEvent.type(await find(canvasElement, 'input[name="newPassword"]'), 'amber quarry willow');
    await userEvent.type(await find(canvasElement, 'input[name="confirmPassword"]'), 'amber quarry willow{enter}');
    await find(canvasElement, '.cl-formFieldErrorText__currentPassword');
    await expect(canvasElement.querySelector<HTMLInputElement>('input[name="newPassword"]')?.value).toBe(
      'amber quarry willow',
    );
  },
};

/**
 * Setting up an authenticator app: the QR code and the secret to type instead. The memory instance always hands
 * out the same secret, so the picture is the same on every run.
 */
export const AuthenticatorAppSetup: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__mfa');
    await find(canvasElement, '.cl-qrCodeContainer svg path');
    const secret = await find(canvasElement, '.cl-formFieldInput__totpSecret');
    await expect(secret.textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    await find(canvasElement, 'input[name="code"]');
  },
};

/** A user without a password chooses one (no current-password field). */
export const SetPassword: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO, password: undefined }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__password');
    await find(canvasElement, 'input[name="newPassword"]');
    await expect(canvasElement.querySelector('input[name="currentPassword"]')).toBeNull();
  },
};

/** Two-step verification on: the app (removable) and backup codes (regenerable). */
export const TwoStepOn: Story = {
  loaders: [
    async () => ({ latch: await signedIn({ ...DEMO, secondFactors: { totp: true, backupCodes: ['abcd-efgh'] } }) }),
  ],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '.cl-profileSectionItem__totp');
  },
};

/** Renaming a passkey; its name is text, whatever it holds. */
export const RenamePasskey: Story = {
  loaders: [async () => ({ latch: await signedIn({ ...DEMO, passkeys: ['<img src=x onerror=alert(1)>'] }) })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSection__passkeys .cl-button__rename');
    await find(canvasElement, 'input[name="passkeyName"]');
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull();
  },
};

/** Removing a passkey asks first. */
export const RemovePasskey: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSection__passkeys .cl-button__remove');
    await find(canvasElement, '.cl-form__passkeyRemove');
  },
};

/** Deleting the account: the phrase to type. */
export const DeleteAccount: Story = {
  loaders: [async () => ({ latch: await signedIn() })],
  play: async ({ canvasElement }) => {
    await click(canvasElement, '.cl-profileSectionPrimaryButton__danger');
    await find(canvasElement, 'input[name="deleteConfirmation"]');
  },
};

/** A signed-in user whose session is too old for a password change: the server asks to verify again once. */
const staleForPasswordChange = () => {
  const api = new MemoryFrontendApi({
    users: [{ ...DEMO, passkeys: ['Work laptop'] }],
    clientState: 'signed-in',
    environment: securityEnvironment(),
    otherDevices: [PHONE],
  });
  api.failNext(
    'changePassword',
    new LatchApiError({
      status: 403,
      errors: [{ code: 'session_reverification_required', message: 'verify again', meta: {} }],
    }),
  );
  return storyLatch(api);
};

/** Submits a complete password change (the current one, a new one twice). */
async function submitPasswordChange(canvas: HTMLElement): Promise<void> {
  await click(canvas, '.cl-profileSectionPrimaryButton__password');
  await userEvent.type(await find(canvas, 'input[name="currentPassword"]'), 'correct-horse');
  await userEvent.type(await find(canvas, 'input[name="newPassword"]'), 'velvet harbour cinder');
  await userEvent.type(await find(canvas, 'input[name="confirmPassword"]'), 'velvet harbour cinder{enter}');
}

/** The password change meets an old session: the reverification card asks for the password before retrying. */
export const PasswordReverification: Story = {
  loaders: [async () => ({ latch: await staleForPasswordChange() })],
  play: async ({ canvasElement }) => {
    await submitPasswordChange(canvasElement);
    await find(canvasElement, 'dialog.cl-modalContent__reverification input[name="password"]');
  },
};

/** The reverification card was cancelled: nothing changed, the form says so and keeps what was typed. */
export const PasswordReverificationCancelled: Story = {
  loaders: [async () => ({ latch: await staleForPasswordChange() })],
  play: async ({ canvasElement }) => {
    await submitPasswordChange(canvasElement);
    await find(canvasElement, 'dialog.cl-modalContent__reverification input[name="password"]');
    await click(canvasElement, 'dialog.cl-modalContent__reverification .cl-formButtonReset');
    await find(canvasElement, '.cl-form__password [role="alert"]');
    await expect((canvasElement.querySelector('input[name="newPassword"]') as HTMLInputElement).value).toBe(
      'velvet harbour cinder',
    );
  },
};

// ---- reverification with a second factor ----

const REVERIFICATION = 'dialog.cl-modalContent__reverification';

/** A signed-in user whose next password change is refused until both factors are verified again. */
function multiFactorRequired(secondFactors: MemoryUserSeed['secondFactors']) {
  const api = new MemoryFrontendApi({ users: [{ ...DEMO, secondFactors }], clientState: 'signed-in' });
  const meta = { sessionVerification: { level: 'multi_factor', after_minutes: 10 } };
  api.failNext(
    'changePassword',
    new LatchApiError({ status: 403, errors: [{ code: 'session_reverification_required', message: 'verify', meta }] }),
  );
  return storyLatch(api);
}

/** A password change, then the password in the reverification card: the second step shows its code field. */
async function reachSecondFactor(canvas: HTMLElement): Promise<HTMLElement> {
  await submitPasswordChange(canvas);
  await userEvent.type(await find(canvas, `${REVERIFICATION} input[name="password"]`), `${DEMO.password}{enter}`);
  return find(canvas, `${REVERIFICATION} input[name="code"]`);
}

/** After the password, the card asks for the authenticator app's code (a backup code is one click away). */
export const ReverificationAuthenticatorCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired({ totp: true, backupCodes: ['abcd-efgh-jk'] }) })],
  play: async ({ canvasElement }) => {
    await reachSecondFactor(canvasElement);
    await find(canvasElement, `${REVERIFICATION} .cl-formFieldAction__reverification`);
  },
};

/** "Use a backup code instead", and a wrong one: the error is at the field, the code typed stays. */
export const ReverificationWrongBackupCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired({ totp: true, backupCodes: ['abcd-efgh-jk'] }) })],
  play: async ({ canvasElement }) => {
    await reachSecondFactor(canvasElement);
    await click(canvasElement, `${REVERIFICATION} .cl-formFieldAction__reverification`);
    const field = await find(canvasElement, `${REVERIFICATION} input[name="code"]:not([inputmode])`);
    await userEvent.type(field, 'zzzz-zzzz{enter}');
    await find(canvasElement, `${REVERIFICATION} [id$="-error"]`);
    await expect((field as HTMLInputElement).value).toBe('zzzz-zzzz');
  },
};

/** A user whose second factor is their phone: the code is texted and the card says where. */
export const ReverificationTextedCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired({ phoneNumber: '+15555550123' }) })],
  play: async ({ canvasElement }) => {
    await reachSecondFactor(canvasElement);
    await find(canvasElement, `${REVERIFICATION} [id$="-hint"]`);
  },
};
