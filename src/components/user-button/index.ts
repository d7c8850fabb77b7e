import { defineElement } from '../base/define.js';
import { LatchUserButton } from './user-button.js';

export { LatchUserButton };

defineElement('latch-user-button', LatchUserButton);
