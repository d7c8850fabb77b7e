import type { LocalizationTree } from './types.js';

/**
 * English strings of `<latch-create-org>`, registered by the element's module. The logo field and the invite
 * step say what the organization profile says (same keys, repeated here so this element does not download the
 * profile's strings).
 */
export const enUSCreateOrg = {
  createOrganization: {
    title: 'New organization',
    formButtonSubmit: 'Create',
    invitePage: {
      title: 'Invite your team',
      subtitle: 'Separate several addresses with commas, spaces or new lines.',
      formButtonPrimary__continue: 'Send invitations',
      formButtonReset: 'Skip',
    },
  },
  organizationProfile: {
    start: { profileSection: { uploadAction__title: 'Logo' } },
    profilePage: {
      imageFormSubtitle: 'Upload a logo',
      imageFormDestructiveActionSubtitle: 'Remove logo',
      fileDropAreaHint: 'PNG, JPEG, GIF or WebP, up to 2 MB.',
    },
  },
  formFieldLabel__organizationName: 'Organization name',
  formFieldLabel__organizationSlug: 'Slug',
  formFieldLabel__emailAddresses: 'Email addresses',
  formFieldLabel__role: 'Role',
  formFieldInputPlaceholder__organizationName: 'Acme Inc.',
  formFieldInputPlaceholder__organizationSlug: 'acme-inc',
  formFieldInputPlaceholder__emailAddresses: 'ada@example.com, grace@example.com',
  unstable__errors: {
    form_param_format_invalid__file: 'Choose a PNG, JPEG, GIF or WebP image.',
    image_too_large: 'This image is larger than 2 MB. Choose a smaller one.',
  },
  unstable__latch: {
    organizationLogoNotSaved:
      'Your organization is ready, but its logo could not be uploaded. You can add it later in the organization’s settings.',
  },
} satisfies LocalizationTree;
