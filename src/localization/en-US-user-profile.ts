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
      usernameSection: {
        title: 'Username',
        primaryButton__setUsername: 'Choose a username',
        primaryButton__updateUsername: 'Change username',
      },
      emailAddressesSection: {
        title: 'Email addresses',
        primaryButton: 'Add an email address',
        detailsAction__nonPrimary: 'Make primary',
        detailsAction__unverified: 'Verify',
        destructiveAction: 'Remove',
      },
      phoneNumbersSection: {
        title: 'Phone numbers',
        primaryButton: 'Add a phone number',
        detailsAction__nonPrimary: 'Make primary',
        detailsAction__unverified: 'Verify',
        destructiveAction: 'Remove',
      },
      passwordSection: {
        title: 'Password',
        primaryButton__setPassword: 'Choose a password',
        primaryButton__updatePassword: 'Change password',
      },
      dangerSection: { title: 'Delete account', deleteAccountButton: 'Delete my account' },
    },
    profilePage: {
      title: 'Edit your details',
      imageFormTitle: 'Photo',
      imageFormSubtitle: 'Upload a photo',
      imageFormDestructiveActionSubtitle: 'Remove photo',
      fileDropAreaHint: 'PNG, JPEG, GIF or WebP, at most 2 MB.',
    },
    usernamePage: { title__set: 'Choose a username', title__update: 'Change your username' },
    emailAddressPage: {
      title: 'Add an email address',
      formHint: 'We will send a code to this address to check that it is yours.',
      emailCode: {
        formTitle: 'Check your inbox',
        formSubtitle: 'Type the code we sent to {{identifier}}.',
        resendButton: 'Send a new code',
      },
      removeResource: {
        title: 'Remove this email address?',
        messageLine1: '{{identifier}} will no longer be linked to your account.',
      },
    },
    phoneNumberPage: {
      title: 'Add a phone number',
      infoText: 'We will text a code to this number to check that it is yours.',
      phoneCode: {
        formTitle: 'Check your messages',
        formSubtitle: 'Type the code we texted to {{identifier}}.',
        resendButton: 'Send a new code',
      },
      removeResource: {
        title: 'Remove this phone number?',
        messageLine1: '{{identifier}} will no longer be linked to your account.',
      },
    },
    formButtonPrimary__save: 'Save',
    formButtonPrimary__add: 'Add',
    formButtonPrimary__remove: 'Remove',
    formButtonPrimary__verify: 'Verify',
    formButtonReset: 'Cancel',
  },
  formFieldInputPlaceholder__phoneNumber: '+1 555 555 0100',
  formButtonPrimary__verify: 'Confirm',
  badge__primary: 'Primary',
  badge__unverified: 'Not verified',
  unstable__errors: {
    form_username_invalid_length: 'A username has 4 to 64 characters.',
    form_username_invalid_character: 'Use letters, digits, "_" and "-" only, and not digits alone.',
    form_identifier_exists__phone_number: 'An account already uses this phone number.',
    form_param_format_invalid__phone_number: 'Type the number with its country code, such as +15555550100.',
    form_param_format_invalid__file: 'Choose a PNG, JPEG, GIF or WebP image.',
    image_too_large: 'This image is larger than 2 MB. Choose a smaller one.',
    cannot_delete_primary_identification: 'Make another address primary before removing this one.',
  },
} satisfies LocalizationTree;
