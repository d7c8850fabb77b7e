import type { LocalizationTree } from './types.js';

/**
 * English labels of the unstyled buttons' default `<button>` (`<latch-sign-in-button>`, …). Clerk's buttons have
 * no localization keys (their label is the child the page gives); these are Latch's own, registered by the buttons'
 * chunk so pages without buttons do not carry them.
 */
export const enUSButtons = {
  unstable__latchButtons: {
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
  },
} satisfies LocalizationTree;
