import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserProfile } from '../../localization/en-US-user-profile.js';
import { defineElement } from '../base/define.js';
import { LatchUserProfile } from './user-profile.js';

export { LatchUserProfile };

defineElement('latch-user-profile', LatchUserProfile);
registerDefaultStrings(enUSUserProfile);
