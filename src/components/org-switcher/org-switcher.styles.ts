import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The organization switcher's own rules (its trigger), adopted only where a switcher is on the page. The avatar's
 * and the organization preview's come with the avatar (src/ui/avatar.ts, shared with the user button and the
 * organization list), the menu's with its chunk (org-switcher-menu.styles.ts). Same conventions as base.styles.ts.
 */
export const orgSwitcherCss: ElementCss = {
  structure: /* css */ `
.cl-organizationSwitcherTrigger { display: inline-flex; align-items: center; max-inline-size: 100%; min-inline-size: 0; }`,
  look: /* css */ `
.cl-organizationSwitcherTrigger${LOOK} { border-radius: var(--_radius); padding: 0.25rem 0.5rem; }
.cl-organizationSwitcherTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }`,
};
