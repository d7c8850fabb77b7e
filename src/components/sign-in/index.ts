import { defineElement } from '../base/define.js';
import { LatchSignIn } from './sign-in.js';

export { LatchSignIn };

defineElement('latch-sign-in', LatchSignIn);
