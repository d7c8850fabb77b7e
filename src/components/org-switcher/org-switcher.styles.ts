import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The organization switcher's own rules (avatar, trigger, organization previews), adopted only where a switcher is
 * on the page. Its own sheet rather than the user button's: importing that one would pull the whole user button
 * chunk into a page that shows only the switcher. The menu's rules come with its chunk (org-switcher-menu.styles.ts).
 * Same conventions as base.styles.ts.
 */
export const orgSwitcherCss: ElementCss = {
  structure: /* css */ `
.cl-avatarBox {
  position: relative; display: inline-grid; place-items: center; flex: none; overflow: hidden;
  inline-size: 2rem; block-size: 2rem;
}
.cl-avatarImage { inline-size: 100%; block-size: 100%; object-fit: cover; }
.cl-organizationSwitcherTrigger { display: inline-flex; align-items: center; max-inline-size: 100%; min-inline-size: 0; }
.cl-organizationPreview { display: flex; align-items: center; gap: 0.75rem; min-inline-size: 0; text-align: start; }
.cl-organizationPreviewTextContainer { display: flex; flex-direction: column; flex: 1; min-inline-size: 0; }
.cl-organizationPreviewMainIdentifier { overflow-wrap: anywhere; }`,
  look: /* css */ `
.cl-avatarBox${LOOK} {
  border-radius: 50%; background: color-mix(in srgb, var(--_primary) 14%, var(--_bg)); color: var(--_fg);
  font-weight: var(--_w-semibold); font-size: 0.75rem;
}
.cl-organizationSwitcherTrigger${LOOK} { border-radius: var(--_radius); padding: 0.25rem 0.5rem; }
.cl-organizationSwitcherTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }
.cl-organizationPreviewMainIdentifier${LOOK} { font-weight: var(--_w-medium); }`,
};
