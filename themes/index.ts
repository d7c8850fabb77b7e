/**
 * Prebuilt themes, for direct import: `import { dark } from 'latch/themes'`. Pass one (or a list, applied in
 * order) as `appearance.theme`: `new Latch(key, { appearance: { theme: [dark, neobrutalism] } })`.
 */
export * from '../src/themes/index.js';
