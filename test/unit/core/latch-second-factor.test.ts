/** The headless second-factor flow: Clerk's `signIn.prepareSecondFactor` / `attemptSecondFactor` on the memory adapter. */
import { expect } from '@open-wc/testing';
import { MemoryFrontendApi } from '../../../src/api/memory/memory-api.js';
import { Latch } from '../../../src/core/latch.js';
import { setDefaultLatch } from '../../../src/core/registry.js';
import { apiError } from '../api/memory-support.js';

const ada = {
  emailAddress: 'ada@example.com',
  password: 'analytical-engine',
  secondFactors: { totp: true, phoneNumber: '+15555550100', backupCodes: ['abcd-efgh', 'ijkl-mnop'] },
};

async function loaded(api: MemoryFrontendApi): Promise<Latch> {
  const latch = new Latch(undefined, { api });
  await latch.load();
  return latch;
}

describe('SignIn second factor (headless, memory adapter)', () => {
  afterEach(() => setDefaultLatch(null));

  it('a password for a user with second factors → needs_second_factor with totp, phone_code, backup_code', async () => {
    const latch = await loaded(new MemoryFrontendApi({ users: [ada] }));
    const signIn = latch.client!.signIn;
    await signIn.create({ identifier: ada.emailAddress, password: ada.password });
    expect(signIn.status).to.equal('needs_second_factor');
    expect(signIn.createdSessionId).to.equal(null);
    expect(signIn.supportedSecondFactors.map((f) => f.strategy)).to.deep.equal(['totp', 'phone_code', 'backup_code']);
    expect(signIn.supportedSecondFactors[1]?.phoneNumberId).to.match(/^idn_/);
    expect(latch.session).to.equal(null);

    await signIn.attemptSecondFactor({ strategy: 'totp', code: '424242' });
    expect(signIn.status).to.equal('complete');
    expect(signIn.secondFactorVerification?.strategy).to.equal('totp');
    expect(latch.session?.id).to.equal(signIn.createdSessionId);
  });

  it('phone_code: prepareSecondFactor sends an SMS, attemptSecondFactor completes', async () => {
    const api = new MemoryFrontendApi({ users: [ada] });
    const latch = await loaded(api);
    const signIn = latch.client!.signIn;
    await signIn.create({ identifier: ada.emailAddress, password: ada.password });
    const early = await apiError(signIn.attemptSecondFactor({ strategy: 'phone_code', code: '424242' }));
    expect(early.code).to.equal('verification_missing');
    const phone = signIn.supportedSecondFactors.find((f) => f.strategy === 'phone_code');
    await signIn.prepareSecondFactor({ strategy: 'phone_code', phoneNumberId: phone?.phoneNumberId ?? undefined });
    expect(api.sentSms).to.deep.equal([{ phoneNumber: '+15555550100', code: '424242' }]);
    expect(signIn.secondFactorVerification?.status).to.equal('unverified');
    expect(signIn.secondFactorVerification?.expireAt).to.be.instanceOf(Date);
    const wrong = await apiError(signIn.attemptSecondFactor({ strategy: 'phone_code', code: '000000' }));
    expect(wrong.code).to.equal('form_code_incorrect');
    expect(wrong.paramName).to.equal('code');
    await signIn.attemptSecondFactor({ strategy: 'phone_code', code: '424242' });
    expect(signIn.status).to.equal('complete');
  });

  it('backup_code: each code works once', async () => {
    const latch = await loaded(new MemoryFrontendApi({ users: [ada] }));
    const signIn = latch.client!.signIn;
    await signIn.create({ identifier: ada.emailAddress, password: ada.password });
    await signIn.attemptSecondFactor({ strategy: 'backup_code', code: 'abcd-efgh' });
    expect(signIn.status).to.equal('complete');
    await latch.signOut();

    await signIn.create({ identifier: ada.emailAddress, password: ada.password });
    const reused = await apiError(signIn.attemptSecondFactor({ strategy: 'backup_code', code: 'abcd-efgh' }));
    expect(reused.code).to.equal('form_code_incorrect');
  });

  it('refuses a factor the user lacks and a sign-in not waiting for one', async () => {
    const latch = await loaded(
      new MemoryFrontendApi({ users: [{ ...ada, secondFactors: { backupCodes: ['abcd-efgh'] } }] }),
    );
    const signIn = latch.client!.signIn;
    await signIn.create({ identifier: ada.emailAddress });
    expect((await apiError(signIn.attemptSecondFactor({ strategy: 'backup_code', code: 'x' }))).code).to.equal(
      'sign_in_status_invalid',
    );
    await signIn.attemptFirstFactor({ strategy: 'password', password: ada.password });
    expect(signIn.supportedSecondFactors.map((f) => f.strategy)).to.deep.equal(['backup_code']);
    expect((await apiError(signIn.prepareSecondFactor({ strategy: 'phone_code' }))).code).to.equal(
      'strategy_for_user_invalid',
    );
    expect((await apiError(signIn.attemptSecondFactor({ strategy: 'totp', code: '424242' }))).code).to.equal(
      'strategy_for_user_invalid',
    );
  });
});
