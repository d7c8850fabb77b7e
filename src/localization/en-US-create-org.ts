import type { LocalizationTree } from './types.js';

/**
 * English strings of `<latch-create-org>`'s form, registered by the element's module (the invite step's are in
 * en-US-create-org-invite.ts). The logo field says what the organization profile says (same keys, repeated here
 * so this element does not download the profile's strings).
 */
export const enUSCreateOrg = {
  createOrganization: {
    title: 'New organization',
    formButtonSubmit: 'Create',
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
  formFieldInputPlaceholder__organizationName: 'Acme Inc.',
  formFieldInputPlaceholder__organizationSlug: 'acme-inc',
  unstable__errors: {
    form_param_format_invalid__file: 'Choose a PNG, JPEG, GIF or WebP image.',
    image_too_large: 'This image is larger than 2 MB. Choose a smaller one.',
  },
} satisfies LocalizationTree;
