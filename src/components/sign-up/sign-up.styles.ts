import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The sign-up card's own rules: first and last name side by side, the password's rule list (a tick or a dot before
 * each line, so its state never rests on colour alone) and strength bar (its length follows `data-score`), the
 * footer's legal pages. Adopted only where the element is on the page; conventions as in base.styles.ts. */
export const signUpCss: ElementCss = {
  structure: /* css */ `
.cl-formFieldRow { display: flex; gap: calc(var(--_space) * 0.75); }
.cl-formFieldRow > * { flex: 1 1 0; }
.cl-footerPages { display: flex; gap: 1rem; }
.cl-formFieldHintText__passwordRules { list-style: none; margin: 0.25rem 0 0; padding: 0; }
.cl-formFieldHintText__passwordRules > li::before { content: "•"; display: inline-block; inline-size: 1.1em; }
.cl-formFieldHintText__passwordRules > li[data-met="true"]::before { content: "✓"; }
.cl-formFieldWarningText__password[data-score]::after, .cl-formFieldSuccessText__password[data-score]::after {
  content: ""; display: block; block-size: 0.25rem; margin-block-start: 0.25rem; background: currentColor;
  inline-size: var(--_score, 10%);
}
[data-score="1"] { --_score: 30%; }
[data-score="2"] { --_score: 55%; }
[data-score="3"] { --_score: 80%; }
[data-score="4"] { --_score: 100%; }
`,
  look: /* css */ `
.cl-footerPagesLink${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
.cl-formFieldInfoText__password${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
.cl-formFieldSuccessText${LOOK} { color: color-mix(in srgb, var(--_success) 75%, var(--_fg)); font-size: 0.75rem; }
.cl-formFieldWarningText${LOOK} { color: var(--_warning); font-size: 0.75rem; }
`,
};
