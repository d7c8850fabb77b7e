import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserButton } from '../../localization/en-US-user-button.js';
import { defineElement } from '../base/define.js';
import { LatchUserButton } from './user-button.js';

export { LatchUserButton };

defineElement('latch-user-button', LatchUserButton);
registerDefaultStrings(enUSUserButton);
