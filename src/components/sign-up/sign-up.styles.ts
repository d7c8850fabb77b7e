import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The sign-up card's own rules: first and last name side by side, the password's rule list (a tick or a dot before
 * each line, so its state never rests on colour alone). Adopted only where the element is on the page (the
 * strength meter's rules come with its chunk: password-strength.styles.ts; a met rule's colour with the steps':
 * steps.styles.ts; the consent's links with theirs: start-extras.ts); conventions as in base.styles.ts. */
export const signUpCss: ElementCss = {
  structure: /* css */ `
.cl-formFieldRow { display: flex; gap: calc(var(--_space) * 0.75); }
.cl-formFieldRow > * { flex: 1 1 0; }
.cl-formFieldHintText__passwordRules { list-style: none; margin: 0.25rem 0 0; padding: 0; }
.cl-formFieldHintText__passwordRules > li::before { content: "•"; display: inline-block; inline-size: 1.1em; }
.cl-formFieldHintText__passwordRules > li[data-met="true"]::before { content: "✓"; }
`,
  look: /* css */ `
.cl-formFieldInfoText__password${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
`,
};
