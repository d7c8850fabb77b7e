import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSSignIn } from '../../localization/en-US-sign-in.js';
import { defineElement } from '../base/define.js';
import { LatchSignIn } from './sign-in.js';

export { LatchSignIn };

defineElement('latch-sign-in', LatchSignIn);
registerDefaultStrings(enUSSignIn);
