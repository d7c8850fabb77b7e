// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgProfile } from '../../localization/en-US-org-profile.js';
import { defineElement } from '../base/define.js';
import { LatchOrgProfileLink, LatchOrgProfilePage } from './custom-pages.js';
import { LatchOrgProfile } from './org-profile.js';

export { LatchOrgProfile, LatchOrgProfileLink, LatchOrgProfilePage };

defineElement('latch-org-profile-page', LatchOrgProfilePage);
defineElement('latch-org-profile-link', LatchOrgProfileLink);
defineElement('latch-org-profile', LatchOrgProfile);
registerDefaultStrings(enUSOrgProfile);
