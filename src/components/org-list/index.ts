// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgList } from '../../localization/en-US-org-list.js';
import { defineElement } from '../base/define.js';
import { LatchOrgList } from './org-list.js';

export { LatchOrgList };

defineElement('latch-org-list', LatchOrgList);
registerDefaultStrings(enUSOrgList);
