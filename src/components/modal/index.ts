import { defineElement } from '../base/define.js';
import { LatchModal } from './modal.js';

export { LatchModal };

defineElement('latch-modal', LatchModal);
