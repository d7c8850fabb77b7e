import { organizationProfileRequests } from '../../api/http/organization-profile-requests-lazy.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgProfile } from '../../localization/en-US-org-profile.js';
import { organizationInvitationCalls } from '../../resources/organization-invitation-lazy.js';
import { defineElement } from '../base/define.js';
import { LatchOrgProfileLink, LatchOrgProfilePage } from './custom-pages.js';
import { LatchOrgProfile } from './org-profile.js';

export { LatchOrgProfile, LatchOrgProfileLink, LatchOrgProfilePage };

// The invitation, role and logo calls the People and General pages make: loaded with their first use.
organizationInvitationCalls.set(() => import('../../resources/organization-invitation.js'));
organizationProfileRequests.set(() => import('../../api/http/organization-profile-requests.js'));

defineElement('latch-org-profile-page', LatchOrgProfilePage);
defineElement('latch-org-profile-link', LatchOrgProfileLink);
defineElement('latch-org-profile', LatchOrgProfile);
registerDefaultStrings(enUSOrgProfile);
