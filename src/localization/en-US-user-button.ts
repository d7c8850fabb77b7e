import type { LocalizationTree } from './types.js';

/** English strings of `<latch-user-button>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSUserButton = {
  unstable__latch: {
    userMenu: '{{name}}: open account menu',
  },
  userButton: {
    action__manageAccount: 'Account settings',
    action__signOut: 'Sign out',
    action__signOutAll: 'Sign out of every account',
    action__addAccount: 'Add another account',
  },
} satisfies LocalizationTree;
