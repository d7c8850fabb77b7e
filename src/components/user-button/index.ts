// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserButton } from '../../localization/en-US-user-button.js';
import { defineElement } from '../base/define.js';
import { LatchUserButtonAction, LatchUserButtonLink, type UserButtonMenuItem } from './menu-items.js';
import { LatchUserButton } from './user-button.js';

export { LatchUserButton, LatchUserButtonAction, LatchUserButtonLink, type UserButtonMenuItem };

defineElement('latch-user-button', LatchUserButton);
defineElement('latch-user-button-action', LatchUserButtonAction);
defineElement('latch-user-button-link', LatchUserButtonLink);
registerDefaultStrings(enUSUserButton);
