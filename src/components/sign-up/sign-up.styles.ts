import type { ElementCss } from '../base/base.styles.js';

/** The sign-up card's own rules: first and last name side by side (structure only). Adopted only where the element is on the page; conventions as in base.styles.ts. */
export const signUpCss: ElementCss = {
  structure: /* css */ `
.cl-formFieldRow { display: flex; gap: calc(var(--_space) * 0.75); }
.cl-formFieldRow > * { flex: 1 1 0; }
`,
};
