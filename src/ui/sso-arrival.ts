/**
 * Which card sent the browser to a provider. A page may show a sign-in and a sign-up card side by side, both
 * routed by the URL: on the way back both see the `sso-callback` step, and one of them must finish the flow.
 * It should be the card that started it, so that an error ("the provider did not confirm") shows where the
 * user clicked, whichever card's code happened to arrive first.
 */
export type SsoFlowKind = 'signIn' | 'signUp';

const STORAGE_KEY = 'latch:sso-started-by';
const TAG_OF: Record<SsoFlowKind, string> = { signIn: 'latch-sign-in', signUp: 'latch-sign-up' };

/** Called just before leaving for the provider (sessionStorage: this tab only, kept across the round trip). */
export function rememberSsoStart(kind: SsoFlowKind): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, kind);
  } catch {
    // Storage refused (privacy mode, sandboxed frame): the first card to render handles the return, as before.
  }
}

/** Whether `kind`'s card finishes this return: it started it, nobody is known to have, or that card is absent. */
export function handlesSsoArrival(kind: SsoFlowKind): boolean {
  let startedBy: string | null = null;
  try {
    startedBy = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return true;
  }
  if (startedBy !== 'signIn' && startedBy !== 'signUp') return true;
  return startedBy === kind || !document.querySelector(TAG_OF[startedBy]);
}

/** The return is being handled: a later one starts afresh. */
export function forgetSsoStart(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
