import type { LocalizationTree } from './types.js';

/** English strings of `<latch-org-switcher>`. Registered as defaults by the element's module. */
export const enUSOrgSwitcher = {
  organizationSwitcher: {
    personalWorkspace: 'Personal account',
    notSelected: 'No organization chosen',
    action__createOrganization: 'New organization',
    action__manageOrganization: 'Organization settings',
    action__openOrganizationSwitcher: 'Switch organization',
    action__invitationAccept: 'Join',
    action__suggestionsAccept: 'Ask to join',
    suggestionsAcceptedLabel: 'Awaiting approval',
  },
} satisfies LocalizationTree;
