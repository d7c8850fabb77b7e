import { defineElement } from '../base/define.js';
import { LatchSignOutButton } from './auth-buttons.js';

export { LatchSignOutButton };

defineElement('latch-sign-out-button', LatchSignOutButton);

declare global {
  interface HTMLElementTagNameMap {
    'latch-sign-out-button': LatchSignOutButton;
  }
}
