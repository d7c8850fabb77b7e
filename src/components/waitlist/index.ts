import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSWaitlist } from '../../localization/en-US-waitlist.js';
import { defineElement } from '../base/define.js';
import { LatchWaitlist } from './waitlist.js';

export { LatchWaitlist };

defineElement('latch-waitlist', LatchWaitlist);
registerDefaultStrings(enUSWaitlist);
