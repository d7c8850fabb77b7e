/** The User resource's security methods (Clerk's names), headless, against the in-memory adapter. */
import { expect } from '@open-wc/testing';
import { LatchApiError } from '../../../src/api/errors.js';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import { Latch } from '../../../src/core/latch.js';
import { setDefaultLatch } from '../../../src/core/registry.js';

const PHONE = {
  browser_name: 'Safari',
  browser_version: '17',
  device_type: 'iPhone',
  is_mobile: true,
  ip_address: '198.51.100.7',
  city: 'Paris',
  country: 'FR',
};

async function signedIn() {
  const api = new MemoryFrontendApi({
    clientState: 'signed-in',
    users: [{ emailAddress: 'ada@example.com', password: 'analytical-engine' }],
    otherDevices: [PHONE],
  });
  const latch = new Latch(undefined, { api });
  await latch.load();
  return { api, latch, user: latch.user! };
}

async function failure(promise: Promise<unknown>): Promise<LatchApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LatchApiError) return error;
    throw error;
  }
  throw new Error('expected a LatchApiError');
}

describe('User security methods', () => {
  afterEach(() => setDefaultLatch(null));

  it('updatePassword() checks the current password, then changes it', async () => {
    const { api, user } = await signedIn();
    const wrong = await failure(user.updatePassword({ currentPassword: 'nope', newPassword: 'difference-engine' }));
    expect(wrong.errors[0]?.code).to.equal('form_password_incorrect');
    expect(wrong.errors[0]?.meta.paramName).to.equal('current_password');
    const short = await failure(user.updatePassword({ currentPassword: 'analytical-engine', newPassword: 'x' }));
    expect(short.errors[0]?.meta.paramName).to.equal('new_password');
    await user.updatePassword({ currentPassword: 'analytical-engine', newPassword: 'difference-engine' });
    // The session's token refresh may run meanwhile on a busy machine: the last call of the user's own is the change.
    expect(api.calls.filter((call) => call.method !== 'createSessionToken').at(-1)?.method).to.equal('changePassword');
    expect(user.passwordEnabled).to.equal(true);
  });

  it('createTOTP() → verifyTOTP() turns the app on and hands the first backup codes once', async () => {
    const { latch, user } = await signedIn();
    const totp = await user.createTOTP();
    expect(totp.secret).to.match(/^[A-Z2-7]+$/);
    expect(totp.uri).to.match(/^otpauth:\/\/totp\//);
    expect(totp.verified).to.equal(false);
    const wrong = await failure(user.verifyTOTP({ code: '000000' }));
    expect(wrong.errors[0]?.code).to.equal('form_code_incorrect');
    const verified = await user.verifyTOTP({ code: '424242' });
    expect(verified.verified).to.equal(true);
    expect(verified.backupCodes).to.have.length(10);
    expect(latch.user?.totpEnabled).to.equal(true);
    expect(latch.user?.twoFactorEnabled).to.equal(true);
    const again = await latch.user!.createBackupCode();
    expect(again.codes).to.have.length(10);
    expect(again.codes).not.to.deep.equal(verified.backupCodes);
    await latch.user!.disableTOTP();
    expect(latch.user?.totpEnabled).to.equal(false);
    expect(latch.user?.backupCodeEnabled).to.equal(false);
  });

  it('getSessions() lists this device and the others; revoke() signs one out', async () => {
    const { user } = await signedIn();
    const sessions = await user.getSessions();
    expect(sessions.map((s) => s.latestActivity?.browserName)).to.deep.equal(['Chrome', 'Safari']);
    const phone = sessions[1]!;
    expect(phone.latestActivity?.isMobile).to.equal(true);
    await phone.revoke();
    expect(phone.status).to.equal('removed');
    expect(await user.getSessions()).to.have.length(1);
  });

  it('delete() removes the account and signs out', async () => {
    const { latch, user } = await signedIn();
    await user.delete();
    expect(latch.user).to.equal(null);
    expect(latch.session).to.equal(null);
  });
});
