import { type ElementCss, LOOK } from '../base/base.styles.js';
import { stepsCss } from '../base/steps.styles.js';

/**
 * The rules of the sign-in card's later steps (the factor steps' identity preview and list of other ways in, with
 * its "Last used" badge, and the shared step rules): its start step needs none, so they come with the step modules, which adopt them
 * (FlowElement.lazyStep). Conventions as in base.styles.ts.
 */
export const signInCss: ElementCss = {
  structure: /* css */ `${stepsCss.structure}
.cl-identityPreview {
  display: inline-flex; align-items: center; gap: 0.5rem; align-self: center; max-inline-size: 100%;
}
.cl-identityPreviewText { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cl-identityPreviewEditButton { display: grid; place-items: center; }
.cl-alternativeMethods { display: flex; flex-direction: column; gap: 0.5rem; }
.cl-alternativeMethodsBlockButton { inline-size: 100%; justify-content: flex-start; }
.cl-lastAuthenticationStrategyBadge { margin-inline-start: auto; white-space: nowrap; }
`,
  look: /* css */ `${stepsCss.look}
.cl-identityPreview${LOOK} {
  padding-block: 0.25rem; padding-inline: 0.75rem; border: 1px solid var(--_border); border-radius: 999px;
}
.cl-identityPreviewEditButton${LOOK} { color: var(--_muted-fg); font-weight: var(--_w-medium); cursor: pointer; }
.cl-identityPreviewEditButton:hover${LOOK} { text-decoration: underline; }
.cl-alternativeMethodsBlockButton${LOOK} { border: 1px solid var(--_border); background: var(--_bg); }
.cl-alternativeMethodsBlockButton:hover${LOOK} { background: var(--_muted); }
.cl-lastAuthenticationStrategyBadge${LOOK} {
  font-size: 0.75em; padding: 0.125rem 0.375rem; border-radius: 0.375rem; border: 1px solid var(--_border);
  color: var(--_muted-fg);
}
`,
};
