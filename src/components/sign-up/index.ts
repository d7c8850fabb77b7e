import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSSignUp } from '../../localization/en-US-sign-up.js';
import { defineElement } from '../base/define.js';
import { LatchSignUp } from './sign-up.js';

export { LatchSignUp };

defineElement('latch-sign-up', LatchSignUp);
registerDefaultStrings(enUSSignUp);
