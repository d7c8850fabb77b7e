import type { LocalizationTree } from './types.js';

/** English strings of `<latch-org-list>`, registered by the element's module. */
export const enUSOrgList = {
  organizationList: {
    title: 'Pick an account',
    titleWithoutPersonal: 'Pick an organization',
    subtitle: 'to go on to {{applicationName}}',
    createOrganization: 'New organization',
    action__invitationAccept: 'Join',
    action__suggestionsAccept: 'Ask to join',
    suggestionsAcceptedLabel: 'Awaiting approval',
    invitationAcceptedLabel: 'Joined',
    personalWorkspace: 'Personal account',
  },
} satisfies LocalizationTree;
