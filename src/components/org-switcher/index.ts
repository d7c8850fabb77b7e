// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgSwitcher } from '../../localization/en-US-org-switcher.js';
import { defineElement } from '../base/define.js';
import { LatchOrgSwitcher } from './org-switcher.js';

export { LatchOrgSwitcher };

defineElement('latch-org-switcher', LatchOrgSwitcher);
registerDefaultStrings(enUSOrgSwitcher);
