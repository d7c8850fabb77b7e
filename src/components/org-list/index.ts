import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgList } from '../../localization/en-US-org-list.js';
import { defineElement } from '../base/define.js';
import { LatchOrgList } from './org-list.js';

export { LatchOrgList };

defineElement('latch-org-list', LatchOrgList);
registerDefaultStrings(enUSOrgList);
