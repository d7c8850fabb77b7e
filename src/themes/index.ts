/**
 * Prebuilt themes. Pass one (or a list, applied in order) as `appearance.theme`:
 * `new Latch(key, { appearance: { theme: [dark, neobrutalism] } })`.
 */
export { createTheme, type PrebuiltTheme } from '../appearance/theme.js';
export { dark } from './dark.js';
export { neobrutalism } from './neobrutalism.js';
export { shadesOfPurple } from './shades-of-purple.js';
export { simple } from './simple.js';
