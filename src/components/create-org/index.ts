// A signed-in element: the account module comes with its chunk, fetched beside it instead of after the client
// answered with a session (src/api/account-kit.ts).
import '../../resources/account.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSCreateOrg } from '../../localization/en-US-create-org.js';
import { defineElement } from '../base/define.js';
import { LatchCreateOrg } from './create-org.js';

export { LatchCreateOrg };

defineElement('latch-create-org', LatchCreateOrg);
registerDefaultStrings(enUSCreateOrg);
