import type { LocalizationTree } from './types.js';

/** English strings of `<latch-user-button>` (its menu's: en-US-user-button-menu.ts). Registered as defaults by the element's module, so pages only download the strings of the elements they use. */
export const enUSUserButton = {
  unstable__latch: {
    userMenu: '{{name}}: open account menu',
  },
} satisfies LocalizationTree;
