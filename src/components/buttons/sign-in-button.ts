import { defineElement } from '../base/define.js';
import { LatchSignInButton } from './auth-buttons.js';

export { LatchSignInButton };

defineElement('latch-sign-in-button', LatchSignInButton);

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-in-button': LatchSignInButton;
  }
}
