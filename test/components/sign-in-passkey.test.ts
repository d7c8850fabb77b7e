import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/index.js';
import type { MemoryUserSeed } from '../../src/api/memory/memory-api.js';
import { memoryPasskeyId } from '../../src/api/memory/memory-passkeys.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';
import { type PasskeyAnswer, passkeyEnvironment, type StubbedCredentials, stubCredentials } from './passkey-support.js';

const WITH_PASSKEY: MemoryUserSeed = { ...ALICE, passkeys: ['Laptop'] };
const ALICE_PASSKEY = { credentialId: memoryPasskeyId(ALICE.emailAddress) };

let stub: StubbedCredentials | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
});

async function mountSignIn(
  answer: PasskeyAnswer,
  opts: { button?: boolean; autofill?: boolean; latch?: Parameters<typeof loadedLatch>[1] } = {},
) {
  stub = stubCredentials(answer, { conditional: opts.autofill === true });
  const ctx = await loadedLatch({ users: [WITH_PASSKEY], environment: passkeyEnvironment(opts) }, opts.latch);
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  return { ...ctx, el, stub };
}

const passkeyButton = (el: HTMLElement) =>
  el.querySelector<HTMLButtonElement>('.cl-footerAction__usePasskey .cl-footerActionLink');
const alert = (el: HTMLElement) => el.querySelector('.cl-alert')?.textContent?.trim() ?? '';

describe('<latch-sign-in> passkeys', () => {
  it('shows "Sign in with a passkey" under the form when the instance turns it on (accessible)', async () => {
    const { el } = await mountSignIn(ALICE_PASSKEY);
    await until(() => passkeyButton(el), 'passkey button');
    expect(passkeyButton(el)?.textContent?.trim()).to.equal('Sign in with a passkey');
    expect(input(el, 'identifier').autocomplete).to.equal('username webauthn');
    await expect(el).to.be.accessible();
  });

  it('has no passkey button when the instance turns the button off', async () => {
    const { el } = await mountSignIn(ALICE_PASSKEY, { button: false });
    await until(() => el.querySelector('input[name="identifier"]'), 'start step');
    expect(passkeyButton(el)).to.equal(null);
  });

  it('keyboard only: Tab to the button, Enter, and the passkey signs in (no identifier typed)', async () => {
    const { el, latch, stub } = await mountSignIn(ALICE_PASSKEY);
    await until(() => passkeyButton(el), 'passkey button');
    input(el, 'identifier').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(passkeyButton(el));
    await sendKeys({ press: 'Enter' });
    await until(() => latch.session, 'signed in');
    expect(latch.user?.primaryEmailAddress?.emailAddress).to.equal(ALICE.emailAddress);
    expect(stub.calls).to.deep.equal([{ kind: 'get', mediation: undefined }]);
  });

  it('a cancelled passkey prompt is worded in the alert, and nothing typed is lost', async () => {
    const { el, latch } = await mountSignIn({ error: 'NotAllowedError' });
    await until(() => passkeyButton(el), 'passkey button');
    input(el, 'identifier').value = 'alice@exa';
    input(el, 'identifier').dispatchEvent(new Event('input'));
    passkeyButton(el)!.click();
    await until(() => alert(el), 'alert');
    expect(alert(el)).to.contain('No passkey was picked');
    expect(input(el, 'identifier').value).to.equal('alice@exa');
    expect(latch.session).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a passkey no account uses says so, in French too', async () => {
    const { el } = await mountSignIn({ credentialId: 'someone-else' }, { latch: { localization: frFR } });
    await until(() => passkeyButton(el), 'passkey button');
    expect(passkeyButton(el)?.textContent?.trim()).to.equal('Se connecter avec une clé d’accès');
    passkeyButton(el)!.click();
    await until(() => alert(el), 'alert');
    expect(alert(el)).to.contain('Aucun compte n’utilise cette clé d’accès');
  });

  it('offers passkeys in the identifier autofill; picking one signs in', async () => {
    const { el, latch, stub } = await mountSignIn('wait', { button: false, autofill: true });
    await until(() => stub.calls.length === 1, 'conditional request');
    expect(stub.calls[0]).to.deep.equal({ kind: 'get', mediation: 'conditional' });
    stub.release(ALICE_PASSKEY);
    await until(() => latch.session, 'signed in');
    expect(el.isConnected).to.equal(true);
  });

  it('makes no autofill request when the browser cannot offer passkeys in a field (no conditional mediation)', async () => {
    stub = stubCredentials('wait', { conditional: false });
    let asked = 0;
    Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
      value: async () => {
        asked++;
        return false;
      },
      configurable: true,
    });
    const environment = passkeyEnvironment({ button: false, autofill: true });
    const { latch } = await loadedLatch({ users: [WITH_PASSKEY], environment });
    const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
    await until(() => asked > 0, 'the browser asked whether it can autofill passkeys');
    expect(input(el, 'identifier').autocomplete).to.equal('username webauthn');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stub!.calls).to.deep.equal([], 'no navigator.credentials.get without conditional mediation');
  });

  it('typing an identifier ends the autofill request quietly and goes on with the account’s passkey step', async () => {
    const { el, stub } = await mountSignIn('wait', { button: false, autofill: true });
    await until(() => stub.calls.length === 1, 'conditional request');
    await identify(el);
    await until(() => passkeyStep(el), 'passkey step');
    expect(alert(el)).to.equal('');
  });
});

/** The start step, then the account's identifier submitted. */
async function identify(el: HTMLElement): Promise<void> {
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  input(el, 'identifier').value = ALICE.emailAddress;
  input(el, 'identifier').dispatchEvent(new Event('input'));
  el.querySelector('form')!.requestSubmit();
}

const title = (el: HTMLElement) => el.querySelector('.cl-headerTitle')?.textContent?.trim() ?? '';
/** The factor-one passkey step's Continue button, once the step shows. */
const passkeyStep = (el: HTMLElement) =>
  el.querySelector('.cl-passkeyIcon') ? el.querySelector<HTMLButtonElement>('.cl-formButtonPrimary') : null;

describe('<latch-sign-in> factor one: "Use your passkey"', () => {
  it('an account with a passkey gets its step first: nothing prompts until Continue (keyboard only, accessible)', async () => {
    const { el, latch, stub } = await mountSignIn(ALICE_PASSKEY, { button: false });
    await identify(el);
    await until(() => passkeyStep(el), 'passkey step');
    expect(title(el)).to.equal('Use your passkey');
    expect(el.querySelector('.cl-identityPreviewText')?.textContent?.trim()).to.equal(ALICE.emailAddress);
    expect(stub.calls).to.deep.equal([], 'the prompt waits for the user');
    await expect(el).to.be.accessible();
    passkeyStep(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => latch.session, 'signed in');
    expect(stub.calls).to.deep.equal([{ kind: 'get', mediation: undefined }]);
  });

  for (const [answer, text] of [
    [{ error: 'NotAllowedError' }, 'No passkey was picked'],
    [{ error: 'AbortError' }, 'The passkey request was stopped'],
    [{ error: 'NotSupportedError' }, 'The browser could not use your passkey'],
  ] as const) {
    it(`a prompt answered ${answer.error} is worded, and the step stays to try again`, async () => {
      const { el, latch } = await mountSignIn(answer, { button: false });
      await identify(el);
      await until(() => passkeyStep(el), 'passkey step');
      passkeyStep(el)!.click();
      await until(() => alert(el), 'alert');
      expect(alert(el)).to.contain(text);
      expect(passkeyStep(el)).to.not.equal(null);
      expect(latch.session).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('"Use another method" goes to the password, and back to the passkey, which then signs in', async () => {
    const { el, latch } = await mountSignIn(ALICE_PASSKEY, { button: false });
    await identify(el);
    await until(() => passkeyStep(el), 'passkey step');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    const block = (id: string) => el.querySelector<HTMLButtonElement>(`.cl-alternativeMethodsBlockButton__${id}`);
    await until(() => block('password'), 'the alternatives');
    block('password')!.click();
    await until(() => el.querySelector('input[name="password"]'), 'password step');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => block('passkey'), 'passkey in the alternatives');
    expect(block('passkey')?.textContent?.trim()).to.contain('Use a passkey');
    block('passkey')!.click();
    await until(() => passkeyStep(el), 'passkey step again');
    passkeyStep(el)!.click();
    await until(() => latch.session, 'signed in');
  });

  it('speaks French', async () => {
    const { el } = await mountSignIn(ALICE_PASSKEY, { button: false, latch: { localization: frFR } });
    await identify(el);
    await until(() => passkeyStep(el), 'passkey step');
    expect(title(el)).to.equal('Utilisez votre clé d’accès');
    expect(passkeyStep(el)?.textContent?.trim()).to.equal('Continuer');
  });
});

describe('passkey resources (memory adapter)', () => {
  it('user.createPasskey() registers one; passkey.update() renames it; passkey.delete() removes it', async () => {
    stub = stubCredentials({ credentialId: 'new-credential' });
    const { latch } = await loadedLatch({
      users: [ALICE],
      environment: passkeyEnvironment(),
      clientState: 'signed-in',
    });
    const created = await latch.user!.createPasskey();
    expect(created.verification?.status).to.equal('verified');
    expect(latch.user!.passkeys.map((p) => p.id)).to.deep.equal([created.id]);
    const renamed = await latch.user!.passkeys[0]!.update({ name: 'Work laptop' });
    expect(renamed.name).to.equal('Work laptop');
    await latch.user!.passkeys[0]!.delete();
    expect(latch.user!.passkeys).to.deep.equal([]);
  });

  it('a cancelled registration rejects with passkey_registration_cancelled', async () => {
    stub = stubCredentials({ error: 'NotAllowedError' });
    const { latch } = await loadedLatch({
      users: [ALICE],
      environment: passkeyEnvironment(),
      clientState: 'signed-in',
    });
    const error = await latch.user!.createPasskey().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).to.equal('passkey_registration_cancelled');
  });
});
