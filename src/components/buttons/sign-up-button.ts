import { defineElement } from '../base/define.js';
import { LatchSignUpButton } from './auth-buttons.js';

export { LatchSignUpButton };

defineElement('latch-sign-up-button', LatchSignUpButton);

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-up-button': LatchSignUpButton;
  }
}
