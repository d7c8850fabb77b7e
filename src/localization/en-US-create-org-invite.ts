import type { LocalizationTree } from './types.js';

/** English strings of `<latch-create-org>`'s invite step, registered by the step's lazily loaded module. */
export const enUSCreateOrgInvite = {
  createOrganization: {
    invitePage: {
      title: 'Invite your team',
      subtitle: 'Separate several addresses with commas, spaces or new lines.',
      formButtonPrimary__continue: 'Send invitations',
      formButtonReset: 'Skip',
    },
  },
  formFieldLabel__emailAddresses: 'Email addresses',
  formFieldLabel__role: 'Role',
  formFieldInputPlaceholder__emailAddresses: 'ada@example.com, grace@example.com',
  unstable__latch: {
    organizationLogoNotSaved:
      'Your organization is ready, but its logo could not be uploaded. You can add it later in the organization’s settings.',
  },
} satisfies LocalizationTree;
