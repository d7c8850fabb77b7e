import { defineElement } from '../base/define.js';
import { LatchSignUp } from './sign-up.js';

export { LatchSignUp };

defineElement('latch-sign-up', LatchSignUp);
