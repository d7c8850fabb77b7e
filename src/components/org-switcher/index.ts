import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSOrgSwitcher } from '../../localization/en-US-org-switcher.js';
import { defineElement } from '../base/define.js';
import { LatchOrgSwitcher } from './org-switcher.js';

export { LatchOrgSwitcher };

defineElement('latch-org-switcher', LatchOrgSwitcher);
registerDefaultStrings(enUSOrgSwitcher);
