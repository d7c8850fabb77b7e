import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { LatchApiError } from '../src/api/errors.js';
import { MemoryFrontendApi, type MemoryUserSeed } from '../src/api/memory/memory-api.js';
import '../src/components/user-profile/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const WITH_APP: MemoryUserSeed = { ...DEMO, secondFactors: { totp: true, backupCodes: ['abcd-efgh-jk'] } };
const WITH_PHONE: MemoryUserSeed = { ...DEMO, secondFactors: { phoneNumber: '+15555550123' } };

/** A signed-in user whose next password change is refused until both factors are verified again. */
function multiFactorRequired(user: MemoryUserSeed) {
  const api = new MemoryFrontendApi({ users: [user], clientState: 'signed-in' });
  const meta = { sessionVerification: { level: 'multi_factor', after_minutes: 10 } };
  api.failNext(
    'changePassword',
    new LatchApiError({ status: 403, errors: [{ code: 'session_reverification_required', message: 'verify', meta }] }),
  );
  return storyLatch(api);
}

const meta: Meta = {
  title: 'Elements/User profile/Reverification, second factor',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-user-profile routing="virtual" initial-step="security" .latch=${(loaded as Loaded).latch}></latch-user-profile>`,
};

export default meta;
type Story = StoryObj;

const find = (canvas: HTMLElement, selector: string, timeout = 3000) =>
  waitFor(
    () => {
      const found = canvas.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout },
  );

const DIALOG = 'dialog.cl-modalContent__reverification';

/** A password change, then the password in the reverification card: the second step shows. */
async function reachSecondStep(canvas: HTMLElement): Promise<HTMLElement> {
  await userEvent.click(await find(canvas, '.cl-profileSectionPrimaryButton__password'));
  await userEvent.type(await find(canvas, 'input[name="currentPassword"]'), DEMO.password);
  await userEvent.type(await find(canvas, 'input[name="newPassword"]'), 'velvet harbour cinder');
  await userEvent.type(await find(canvas, 'input[name="confirmPassword"]'), 'velvet harbour cinder{enter}');
  await userEvent.type(await find(canvas, `${DIALOG} input[name="password"]`), `${DEMO.password}{enter}`);
  return find(canvas, `${DIALOG} input[name="code"]`);
}

/** After the password, the card asks for the authenticator app's code (a backup code is one click away). */
export const AuthenticatorCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired(WITH_APP) })],
  play: async ({ canvasElement }) => {
    await reachSecondStep(canvasElement);
    await expect(canvasElement.querySelector(`${DIALOG} .cl-formFieldAction__reverification`)).not.toBeNull();
  },
};

/** "Use a backup code instead", and a wrong one: the error is at the field, the code typed stays. */
export const WrongBackupCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired(WITH_APP) })],
  play: async ({ canvasElement }) => {
    await reachSecondStep(canvasElement);
    await userEvent.click(await find(canvasElement, `${DIALOG} .cl-formFieldAction__reverification`));
    const field = await find(canvasElement, `${DIALOG} input[name="code"]:not([inputmode])`);
    await userEvent.type(field, 'zzzz-zzzz{enter}');
    await find(canvasElement, `${DIALOG} [id$="-error"]`);
    await expect((field as HTMLInputElement).value).toBe('zzzz-zzzz');
  },
};

/** A user whose second factor is their phone: the code is texted and the card says where. */
export const TextedCode: Story = {
  loaders: [async () => ({ latch: await multiFactorRequired(WITH_PHONE) })],
  play: async ({ canvasElement }) => {
    await reachSecondStep(canvasElement);
    await find(canvasElement, `${DIALOG} [id$="-hint"]`);
  },
};
