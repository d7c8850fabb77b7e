import type { LocalizationTree } from './types.js';

/** English strings of `<latch-create-org>`, registered by the element's module. */
export const enUSCreateOrg = {
  createOrganization: {
    title: 'New organization',
    formButtonSubmit: 'Create',
  },
  formFieldLabel__organizationName: 'Organization name',
  formFieldLabel__organizationSlug: 'Slug',
  formFieldInputPlaceholder__organizationName: 'Acme Inc.',
  formFieldInputPlaceholder__organizationSlug: 'acme-inc',
} satisfies LocalizationTree;
