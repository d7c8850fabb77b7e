import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The waitlist card's own rule: its "you are on the list" line, as the steps' success line
 * (steps.styles.ts), which this card does not download. Conventions as in base.styles.ts.
 */
export const waitlistCss: ElementCss = {
  structure: '',
  look: /* css */ `
.cl-formFieldSuccessText${LOOK} { color: color-mix(in srgb, var(--_success) 75%, var(--_fg)); font-size: 0.75rem; }
`,
};
