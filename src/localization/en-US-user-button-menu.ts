import type { LocalizationTree } from './types.js';

/** English strings of `<latch-user-button>`'s menu: registered as defaults by the menu's module, which comes when the menu may first open. */
export const enUSUserButtonMenu = {
  userButton: {
    action__manageAccount: 'Account settings',
    action__signOut: 'Sign out',
    action__signOutAll: 'Sign out of every account',
    action__addAccount: 'Add another account',
  },
} satisfies LocalizationTree;
