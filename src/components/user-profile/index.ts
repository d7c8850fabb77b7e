// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserProfile } from '../../localization/en-US-user-profile.js';
import { defineElement } from '../base/define.js';
import { LatchUserProfile } from './user-profile.js';

export { LatchUserProfile };

defineElement('latch-user-profile', LatchUserProfile);
registerDefaultStrings(enUSUserProfile);
