import type { LocalizationTree } from './types.js';

/** English strings of `<latch-modal>`. Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSModal = {
  unstable__latch: {
    closeDialog: 'Close',
  },
} satisfies LocalizationTree;
