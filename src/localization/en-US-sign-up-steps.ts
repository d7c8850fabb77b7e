import type { LocalizationTree } from './types.js';

/**
 * English strings of the sign-up steps after the form (codes, continue, closed sign-ups) and of the errors a
 * submitted form can meet (the chunk is fetched while the user fills the form): registered by their lazy chunk.
 */
export const enUSSignUpSteps = {
  signUp: {
    emailLink: {
      title: 'Check your inbox',
      subtitle: 'One click in the email and you are in {{applicationName}}',
      formTitle: 'Confirmation link',
      formSubtitle: 'Open the link we sent to {{identifier}}. This page carries on by itself once you do.',
      resendButton: 'No email yet? Send another link',
      verified: {
        title: 'You are signed up',
        subtitle: 'Your email is confirmed and this browser is signed in. You can close this tab.',
      },
      verifiedSwitchTab: {
        title: 'Email confirmed',
        subtitle: 'Go back to the tab or device where you started: it is finishing your sign-up.',
      },
      expired: {
        title: 'This link has expired',
        subtitle: 'Go back to the tab where you started and ask for a new link.',
      },
      failed: {
        title: 'This link cannot be used',
        subtitle: 'It may have been used already. Go back to the tab where you started and ask for a new link.',
      },
    },
    emailCode: {
      title: 'Confirm your email',
      subtitle: 'Type the code we emailed you to finish joining {{applicationName}}',
      formTitle: 'Code',
      formSubtitle: 'It is in the email we just sent you',
      resendButton: 'No code yet? Send another',
    },
    continue: {
      title: 'A few more details',
      subtitle: 'Complete your profile to start using {{applicationName}}',
      actionText: 'Already a member?',
      actionLink: 'Sign in',
    },
    phoneCode: {
      title: 'Confirm your phone',
      subtitle: 'Type the code we texted you to finish joining {{applicationName}}',
      formTitle: 'Code',
      formSubtitle: 'It is in the text message we just sent you',
      resendButton: 'No text yet? Send another',
    },
    restrictedAccess: {
      title: 'Joining takes an invitation',
      subtitle: 'New accounts on {{applicationName}} are opened by invitation. If you have one, follow its link.',
      subtitleWaitlist:
        'Sign-ups to {{applicationName}} are closed for now. Leave your address and we will write when a place opens.',
      blockButton__joinWaitlist: 'Join the waitlist',
    },
  },
  unstable__errors: {
    form_username_invalid_length: 'Pick a username between 4 and 64 characters.',
    form_username_invalid_character: 'Use only letters, digits, "_" and "-" in a username, and at least one letter.',
    form_identifier_exists__phone_number: 'An account already uses this phone number.',
    form_param_format_invalid__phone_number:
      'This does not look like a phone number. Check the country and the digits.',
    form_password_not_strong_enough: 'This password is too easy to guess. Make it longer or less predictable.',
    form_password_size_in_bytes_exceeded:
      'This password is too long once encoded: shorten it, or use fewer accented letters and symbols.',
  },
} satisfies LocalizationTree;

/** English strings of the password strength meter: registered by its lazy chunk (with zxcvbn). */
export const enUSPasswordStrength = {
  unstable__errors: {
    zxcvbn: {
      notEnough: 'Strength: too weak for this site yet.',
      couldBeStronger: 'Strength: good enough; a few more characters would make it stronger.',
      goodPassword: 'Strength: strong.',
      // zxcvbn's feedback while a password is too weak, by its codes (Clerk's keys; Latch's wording).
      warnings: {
        straightRow: 'A row of neighbouring keys is quick to guess.',
        keyPattern: 'A short pattern on the keyboard is quick to guess.',
        simpleRepeat: 'A character typed again and again, like "zzz", is quick to guess.',
        extendedRepeat: 'A group of characters repeated, like "xyzxyz", is quick to guess.',
        sequences: 'A run like "abc" or "123" is quick to guess.',
        recentYears: 'A recent year is quick to guess.',
        dates: 'A date is quick to guess.',
        topTen: 'This password is among the ten most used.',
        topHundred: 'This password is among the hundred most used.',
        common: 'This password is widely used.',
        similarToCommon: 'This password is close to a widely used one.',
        wordByItself: 'A single word on its own is quick to guess.',
        namesByThemselves: 'A first name or surname on its own is quick to guess.',
        commonNames: 'Well-known first names and surnames are quick to guess.',
        userInputs: 'Leave out your name, address or other details from this form.',
        pwned: 'This password appeared in a data breach.',
      },
      suggestions: {
        l33t: 'Swapping letters for look-alikes, like "@" for "a", does not fool anyone.',
        reverseWords: 'A common word spelled backwards is still easy to find.',
        allUppercase: 'Mix capitals and small letters rather than using capitals only.',
        capitalization: 'Put capitals somewhere other than the first letter.',
        dates: 'Leave out dates and years that mean something to you.',
        recentYears: 'Leave out recent years.',
        associatedYears: 'Leave out years linked to you.',
        sequences: 'Leave out runs of characters like "abc".',
        repeated: 'Leave out repeated words and characters.',
        longerKeyboardPattern: 'If you use a keyboard pattern, make it longer and change direction several times.',
        anotherWord: 'Add another word, a less common one.',
        useWords: 'Use several words, but not a well-known phrase.',
        noNeed: 'Length matters most: symbols, digits and capitals are optional.',
        pwned: 'If you use this password anywhere else, change it there.',
      },
    },
  },
} satisfies LocalizationTree;
