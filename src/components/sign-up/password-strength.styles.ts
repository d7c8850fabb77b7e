import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The strength meter's line (a bar whose length follows `data-score`, in the colour of its words). The meter shows
 * only once the estimator's chunk is in, so its rules come with that chunk (`stepCss`, FlowElement.lazyStep), not
 * with the sign-up card. Conventions as in base.styles.ts.
 */
export const strengthMeterCss: ElementCss = {
  structure: /* css */ `
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
.cl-formFieldWarningText${LOOK} { color: var(--_warning); font-size: 0.75rem; }
`,
};
