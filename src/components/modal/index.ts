import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSModal } from '../../localization/en-US-modal.js';
import { defineElement } from '../base/define.js';
import { LatchModal } from './modal.js';

export { LatchModal };

registerDefaultStrings(enUSModal);

defineElement('latch-modal', LatchModal);
