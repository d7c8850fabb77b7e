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
      // ---- security page ----
      passkeysSection: {
        title: 'Passkeys',
        primaryButton: 'Add a passkey',
        created: 'Added {{date}}',
        lastUsed: 'last used {{date}}',
        menuAction__rename: 'Rename',
        menuAction__destructive: 'Remove',
      },
      mfaSection: {
        title: 'Two-step verification',
        primaryButton: 'Set up an authenticator app',
        totp: { headerTitle: 'Authenticator app', destructiveActionTitle: 'Remove' },
        backupCodes: { headerTitle: 'Backup codes', actionLabel__regenerate: 'Make new codes' },
        phoneCode: {
          headerTitle: 'Text message code',
          actionLabel__setDefault: 'Use first',
          destructiveActionLabel: 'Stop using',
        },
      },
      activeDevicesSection: {
        title: 'Signed-in devices',
        destructiveAction: 'Sign out this device',
        lastActive: 'Last active {{date}}',
        unknownDevice: 'Unknown device',
      },
    },
    // ---- security page ----
    passwordPage: {
      title__set: 'Choose a password',
      title__update: 'Change your password',
      checkboxInfoText__signOutOfOtherSessions: 'Recommended if someone else may know your old password.',
    },
    passkeyScreen: {
      title__rename: 'Rename this passkey',
      removeResource: { title: 'Remove this passkey?', messageLine1: '"{{name}}" will no longer sign you in.' },
    },
    mfaTOTPPage: {
      title: 'Set up an authenticator app',
      verifyTitle: 'Code from the app',
      verifySubtitle: 'Type the 6-digit code your app shows for this account.',
      authenticatorApp: {
        infoText__ableToScan: 'Scan this QR code with your authenticator app.',
        inputLabel__unableToScan1: 'Cannot scan it? Type this key into the app instead:',
        qrCodeLabel: 'QR code for your authenticator app',
      },
      removeResource: {
        title: 'Remove the authenticator app?',
        messageLine1: 'Signing in will no longer ask for a code from it.',
      },
    },
    mfaPhoneCodePage: {
      title: 'Get codes by text message',
      subtitle__availablePhoneNumbers: 'Pick the verified number that should receive your sign-in codes.',
      subtitle__unavailablePhoneNumbers:
        'None of your numbers can receive codes yet: add one and verify it on your profile first.',
      primaryButton__addPhoneNumber: 'Add a phone number',
      removeResource: {
        title: 'Stop sending codes to this number?',
        messageLine1: 'Signing in will no longer text a code to {{identifier}}.',
      },
    },
    backupCodePage: {
      title__codelist: 'Your backup codes',
      subtitle__codelist:
        'Each code works once, when you cannot use your app. Keep them somewhere safe: they are shown only now.',
      actionLabel__copy: 'Copy all',
      actionLabel__download: 'Download',
      actionLabel__done: 'I saved them',
    },
    deletePage: {
      title: 'Delete your account?',
      messageLine1: 'Your account and everything in it will be gone for good, and every device will be signed out.',
      actionDescription: 'Type "{{phrase}}" to confirm',
      confirmPhrase: 'Delete account',
      confirmMismatch: 'Type "{{phrase}}" exactly to confirm.',
      confirm: 'Delete my account',
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
      emailLink: {
        formHint: 'We will email a link to this address to check that it is yours.',
        formTitle: 'Open the link we emailed you',
        formSubtitle: 'We sent a link to {{identifier}}. Open it in any tab or browser: this page updates by itself.',
        resendButton: 'Send a new link',
        successMessage: '{{identifier}} is verified.',
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
  // ---- security page ----
  badge__default: 'Default',
  badge__thisDevice: 'This device',
  formFieldLabel__currentPassword: 'Current password',
  formFieldLabel__newPassword: 'New password',
  formFieldLabel__confirmPassword: 'Repeat password',
  formFieldLabel__signOutOfOtherSessions: 'Sign out of all other devices',
  formFieldLabel__passkeyName: 'Name',
  formFieldError__notMatchingPasswords: 'The two passwords are not the same.',
  unstable__errors: {
    form_username_invalid_length: 'A username has 4 to 64 characters.',
    form_username_invalid_character: 'Use letters, digits, "_" and "-" only, and not digits alone.',
    form_identifier_exists__phone_number: 'An account already uses this phone number.',
    form_param_format_invalid__phone_number: 'Type the number with its country code, such as +15555550100.',
    form_param_format_invalid__file: 'Choose a PNG, JPEG, GIF or WebP image.',
    image_too_large: 'This image is larger than 2 MB. Choose a smaller one.',
    cannot_delete_primary_identification: 'Make another address primary before removing this one.',
    // ---- security page ----
    form_password_incorrect__current_password: 'This is not your current password.',
    totp_already_enabled: 'An authenticator app is already set up. Remove it first.',
    backup_codes_require_second_factor: 'Set up an authenticator app first.',
    delete_self_disabled: 'This application does not let you delete your account yourself.',
  },
} satisfies LocalizationTree;
