import './sign-in-button.js';
import './sign-out-button.js';
import './sign-up-button.js';

export { type InitialValues, LatchSignInButton, LatchSignOutButton, LatchSignUpButton } from './auth-buttons.js';
export { UnstyledButton } from './unstyled-button.js';
