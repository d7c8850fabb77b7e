import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSCreateOrg } from '../../localization/en-US-create-org.js';
import { defineElement } from '../base/define.js';
import { LatchCreateOrg } from './create-org.js';

export { LatchCreateOrg };

defineElement('latch-create-org', LatchCreateOrg);
registerDefaultStrings(enUSCreateOrg);
