import { type ElementCss, LOOK } from '../base/base.styles.js';

/** The sign-up card's own rules: first and last name side by side, the footer's legal pages. Adopted only where the element is on the page; conventions as in base.styles.ts. */
export const signUpCss: ElementCss = {
  structure: /* css */ `
.cl-formFieldRow { display: flex; gap: calc(var(--_space) * 0.75); }
.cl-formFieldRow > * { flex: 1 1 0; }
.cl-footerPages { display: flex; gap: 1rem; }
`,
  look: /* css */ `
.cl-footerPagesLink${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
`,
};
