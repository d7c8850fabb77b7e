/** The User resource's account writes (Clerk's names), headless, against the in-memory adapter. */
import { expect } from '@open-wc/testing';
import { LatchApiError } from '../../../src/api/errors.js';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import { Latch } from '../../../src/core/latch.js';
import { setDefaultLatch } from '../../../src/core/registry.js';

async function signedIn() {
  const api = new MemoryFrontendApi({
    clientState: 'signed-in',
    users: [{ emailAddress: 'ada@example.com', password: 'analytical-engine', firstName: 'Ada' }],
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

describe('User account writes', () => {
  afterEach(() => setDefaultLatch(null));

  it('update() changes the names and refreshes latch.user from the piggybacked client', async () => {
    const { latch, user } = await signedIn();
    const updated = await user.update({ firstName: 'Augusta', lastName: 'King' });
    expect(updated).to.equal(user);
    expect(user.fullName).to.equal('Augusta King');
    expect(latch.user?.fullName).to.equal('Augusta King');
    await user.update({ lastName: null });
    expect(latch.user?.lastName).to.equal(null);
  });

  it('update() refuses a taken or short username with the param named', async () => {
    const { user } = await signedIn();
    const error = await failure(user.update({ username: 'ab' }));
    expect(error.errors[0]?.code).to.equal('form_username_invalid_length');
    expect(error.errors[0]?.meta.paramName).to.equal('username');
    await user.update({ username: 'Ada_L' });
    expect(user.username).to.equal('ada_l');
  });

  it('createEmailAddress → prepareVerification → attemptVerification → primary → destroy the old one', async () => {
    const { api, latch, user } = await signedIn();
    const email = await user.createEmailAddress({ email: 'countess@example.com' });
    expect(email.verification?.status ?? null).to.equal(null);
    await email.prepareVerification({ strategy: 'email_code' });
    expect(api.sentCodes.at(-1)).to.include({ emailAddress: 'countess@example.com', purpose: 'profile' });
    const wrong = await failure(email.attemptVerification({ code: '000000' }));
    expect(wrong.errors[0]?.code).to.equal('form_code_incorrect');
    await email.attemptVerification({ code: '424242' });
    expect(email.verification?.status).to.equal('verified');
    const old = latch.user!.primaryEmailAddress!;
    await latch.user!.update({ primaryEmailAddressId: email.id });
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal('countess@example.com');
    await latch.user!.emailAddresses.find((e) => e.id === old.id)!.destroy();
    expect(latch.user?.emailAddresses.map(String)).to.deep.equal(['countess@example.com']);
    const primary = await failure(latch.user!.primaryEmailAddress!.destroy());
    expect(primary.errors[0]?.code).to.equal('cannot_delete_primary_identification');
  });

  it('createPhoneNumber → SMS code → verified → destroy', async () => {
    const { api, latch, user } = await signedIn();
    const bad = await failure(user.createPhoneNumber({ phoneNumber: '123' }));
    expect(bad.errors[0]?.meta.paramName).to.equal('phone_number');
    const phone = await user.createPhoneNumber({ phoneNumber: '+1 555 555 0100' });
    await phone.prepareVerification();
    expect(api.sentSms.at(-1)?.phoneNumber).to.equal('+15555550100');
    await phone.attemptVerification({ code: '424242' });
    await latch.user!.update({ primaryPhoneNumberId: phone.id });
    expect(latch.user?.primaryPhoneNumber?.phoneNumber).to.equal('+15555550100');
    await latch.user!.primaryPhoneNumber!.destroy();
    expect(latch.user?.phoneNumbers).to.deep.equal([]);
  });

  it('setProfileImage({file}) sets has_image; null removes it; a non-image is refused', async () => {
    const { latch, user } = await signedIn();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' });
    await user.setProfileImage({ file: png });
    expect(latch.user?.hasImage).to.equal(true);
    expect(latch.user?.imageUrl).to.match(/^blob:/);
    await latch.user!.setProfileImage({ file: null });
    expect(latch.user?.hasImage).to.equal(false);
    const text = new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' });
    const error = await failure(latch.user!.setProfileImage({ file: text }));
    expect(error.errors[0]?.meta.paramName).to.equal('file');
  });
});
