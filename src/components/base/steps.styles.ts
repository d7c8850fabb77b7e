import { type ElementCss, LOOK } from './base.styles.js';

/**
 * Rules that only the steps after a card's first screen use: the one-time-code input, "Send a new code", the
 * back link below a step, and the green line of something done (a met password rule, a verified address). Not in
 * the base sheet, so a page showing a start step does not download them: the sign-in and sign-up step modules and
 * the profiles' pages that verify codes adopt them with their step or page (`stepCss`, FlowElement.lazyStep; the
 * sign-up card fetches its steps with its first render). Conventions as in base.styles.ts.
 */
export const stepsCss: ElementCss = {
  structure: /* css */ `
.cl-backRow { display: flex; justify-content: center; }
`,
  look: /* css */ `
.cl-otpCodeFieldInput${LOOK} {
  min-block-size: 3rem; text-align: center; letter-spacing: 0.75em; direction: ltr;
  padding-inline-start: 0.75em; font-size: 1.375rem; font-variant-numeric: tabular-nums;
  font-family: var(--clerk-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
}
.cl-formResendCodeLink${LOOK}, .cl-backLink${LOOK} { color: var(--_primary); font-weight: var(--_w-medium); cursor: pointer; }
.cl-formResendCodeLink:hover:not(:disabled)${LOOK}, .cl-backLink:hover${LOOK} { text-decoration: underline; }
.cl-formResendCodeLink:disabled${LOOK} { color: var(--_muted-fg); cursor: default; }
.cl-formFieldSuccessText${LOOK} { color: color-mix(in srgb, var(--_success) 75%, var(--_fg)); font-size: 0.75rem; }
`,
};
