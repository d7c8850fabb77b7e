import type { LocalizationTree } from './types.js';

/** English strings of the user profile (its element comes later; only the full `enUS` carries these). Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSUserProfile = {
  userProfile: {
    navbar: {
      title: 'Your account',
      description: 'Your personal details and sign-in settings',
      account: 'Profile',
      security: 'Sign-in & security',
    },
    start: {
      headerTitle__account: 'Profile',
      headerTitle__security: 'Sign-in & security',
      profileSection: { title: 'Personal details', primaryButton: 'Edit details' },
      emailAddressesSection: { title: 'Email addresses', primaryButton: 'Add an email address' },
      passwordSection: {
        title: 'Password',
        primaryButton__setPassword: 'Choose a password',
        primaryButton__updatePassword: 'Change password',
      },
      dangerSection: { title: 'Delete account', deleteAccountButton: 'Delete my account' },
    },
  },
} satisfies LocalizationTree;
