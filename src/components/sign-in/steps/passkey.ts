/**
 * Passkey sign-in for `<latch-sign-in>`: the "Sign in with a passkey" button, passkeys offered in the identifier
 * field's autofill (conditional mediation), and passkey as a way in for an identified account. A separate
 * module, loaded by the button or the autofill check, so the start step carries only the button; the WebAuthn
 * library itself arrives with the first ceremony (src/resources/webauthn.ts).
 */
import { html, type TemplateResult } from 'lit';
import { registerDefaultStrings } from '../../../localization/defaults.js';
import { enUSSignInPasskey } from '../../../localization/en-US-sign-in-passkey.js';
import type { SignIn } from '../../../resources/sign-in.js';
import {
  browserSupportsPasskeyAutofill,
  cancelPasskeyCeremony,
  getPasskeyCredential,
} from '../../../resources/webauthn.js';
import { cardHeader, formAlert, primaryButton } from '../../../ui/form.js';
import { keyIcon } from './factor-icons.js';
import { alternativesLink, type FirstFactorContext, identityPreview } from './first-factor.js';

registerDefaultStrings(enUSSignInPasskey);

/** The autofill request running, per element, and its first round trip (which replaces the client's sign-in). */
const autofills = new WeakMap<object, { started: Promise<unknown> }>();

/**
 * The button's flow (any passkey of this site), or a passkey of the account already identified (`flow`
 * omitted). A running autofill request is replaced: the browser runs one ceremony at a time.
 */
export function signInWithPasskey(signIn: SignIn, flow?: 'discoverable'): Promise<SignIn> {
  return signIn.authenticateWithPasskey(flow ? { flow } : {});
}

/**
 * The factor-one step of an account that has a passkey ("Use your passkey"): nothing starts before the user asks
 * (the browser's prompt needs the device at hand); the button opens it, and a cancelled or refused prompt is
 * worded in the alert, with the step still there to try again or "Use another method".
 */
export function renderPasskeyFactor(ctx: FirstFactorContext): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, { title: ui.t('signIn.passkey.title'), subtitle: ui.t('signIn.passkey.subtitle') })}
    ${identityPreview(ctx)}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <div class=${ui.cls('passkeyIcon')} aria-hidden="true">${keyIcon()}</div>
      <form class=${ui.cls('form')} novalidate @submit=${ctx.submitPasskey}>
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx, 'footerActionLink__useAnotherMethod')}
    </div>`;
}

/**
 * Offers passkeys in the identifier field's autofill while the start step shows (what
 * `authenticateWithPasskey({ flow: 'autofill' })` does, in steps the card can wait on). `done` runs with the
 * completed sign-in when one is picked; a request that ends because another started, or because an identifier
 * was typed, ends quietly; other failures go to `failed`. Nothing starts when the browser has no conditional
 * mediation, or while `owner` already has a request.
 */
export async function startPasskeyAutofill(
  owner: object,
  signIn: SignIn,
  done: (signIn: SignIn) => Promise<void>,
  failed: (error: unknown) => void,
): Promise<void> {
  if (autofills.has(owner)) return;
  let started: () => void = () => {};
  const run = { started: new Promise<void>((resolve) => (started = resolve)) };
  autofills.set(owner, run);
  const current = () => autofills.get(owner) === run;
  try {
    if (!(await browserSupportsPasskeyAutofill())) return;
    if (!current()) return;
    await signIn.create({ strategy: 'passkey' }).finally(started);
    const nonce = signIn.firstFactorVerification?.nonce;
    if (!current() || !nonce) return;
    const publicKeyCredential = await getPasskeyCredential(nonce, true);
    if (!current()) return;
    autofills.delete(owner);
    await done(await signIn.attemptFirstFactor({ strategy: 'passkey', publicKeyCredential }));
  } catch (error) {
    if (!current()) return;
    autofills.delete(owner);
    const code = (error as { code?: string } | null)?.code;
    if (code !== 'passkey_operation_aborted' && code !== 'passkey_retrieval_cancelled') failed(error);
  } finally {
    started();
  }
}

/**
 * Ends `owner`'s autofill request, e.g. when an identifier is submitted or the card goes away. Resolves once
 * its first round trip has landed, so a sign-in created next is not replaced by the autofill's.
 */
export async function stopPasskeyAutofill(owner: object): Promise<void> {
  const run = autofills.get(owner);
  if (!run) return;
  autofills.delete(owner);
  void cancelPasskeyCeremony();
  await run.started;
}
