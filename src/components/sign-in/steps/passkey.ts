/**
 * Passkey sign-in for `<latch-sign-in>`: the "Sign in with a passkey" button, passkeys offered in the identifier
 * field's autofill (conditional mediation), and passkey as a way in for an identified account. A separate
 * module, loaded by the button or the autofill check, so the start step carries only the button; the WebAuthn
 * library itself arrives with the first ceremony (src/resources/webauthn.ts).
 */
import { registerDefaultStrings } from '../../../localization/defaults.js';
import { enUSSignInPasskey } from '../../../localization/en-US-sign-in-passkey.js';
import type { SignIn } from '../../../resources/sign-in.js';
import { browserSupportsPasskeyAutofill, cancelPasskeyCeremony } from '../../../resources/webauthn.js';

registerDefaultStrings(enUSSignInPasskey);

/** The autofill requests running, per element: one at a time, and a way to know a later one replaced it. */
const autofills = new WeakMap<object, symbol>();

/**
 * The button's flow (any passkey of this site), or a passkey of the account already identified (`flow`
 * omitted). A running autofill request is replaced: the browser runs one ceremony at a time.
 */
export function signInWithPasskey(signIn: SignIn, flow?: 'discoverable'): Promise<SignIn> {
  return signIn.authenticateWithPasskey(flow ? { flow } : {});
}

/**
 * Offers passkeys in the identifier field's autofill while the start step shows. `done` runs with the
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
  const run = Symbol('autofill');
  autofills.set(owner, run);
  if (!(await browserSupportsPasskeyAutofill())) return;
  if (autofills.get(owner) !== run) return;
  signIn.authenticateWithPasskey({ flow: 'autofill' }).then(
    (completed) => {
      if (autofills.get(owner) !== run) return;
      autofills.delete(owner);
      return done(completed);
    },
    (error: unknown) => {
      if (autofills.get(owner) !== run) return;
      autofills.delete(owner);
      const code = (error as { code?: string } | null)?.code;
      if (code !== 'passkey_operation_aborted' && code !== 'passkey_retrieval_cancelled') failed(error);
    },
  );
}

/** Ends `owner`'s autofill request, e.g. when an identifier is submitted or the card goes away. */
export function stopPasskeyAutofill(owner: object): void {
  if (!autofills.delete(owner)) return;
  void cancelPasskeyCeremony();
}
