import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The organization switcher's own rules (trigger, popover card, organization previews, actions), adopted only
 * where a switcher is on the page. Its own sheet rather than the user button's: importing that one would pull
 * the whole user button chunk into a page that shows only the switcher. Same conventions as base.styles.ts.
 */
export const orgSwitcherCss: ElementCss = {
  structure: /* css */ `
.cl-avatarBox {
  position: relative; display: inline-grid; place-items: center; flex: none; overflow: hidden;
  inline-size: 2rem; block-size: 2rem;
}
.cl-avatarImage { inline-size: 100%; block-size: 100%; object-fit: cover; }
.cl-organizationSwitcherTrigger { display: inline-flex; align-items: center; max-inline-size: 100%; min-inline-size: 0; }
/* Physical on purpose: menu-popover.ts positions it with the left and top that floating-ui computes. */
.cl-organizationSwitcherPopoverRootBox { position: fixed; top: 0; left: 0; z-index: 2147483000; }
.cl-organizationSwitcherPopoverCard {
  inline-size: min(22rem, calc(100vw - 1rem)); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
}
.cl-organizationPreview { display: flex; align-items: center; gap: 0.75rem; min-inline-size: 0; text-align: start; }
.cl-organizationPreviewTextContainer { display: flex; flex-direction: column; flex: 1; min-inline-size: 0; }
.cl-organizationPreviewMainIdentifier { overflow-wrap: anywhere; }
.cl-organizationSwitcherPopoverActions { display: flex; flex-direction: column; }
.cl-organizationSwitcherPopoverActionButton { display: flex; align-items: center; gap: 0.75rem; inline-size: 100%; }
.cl-organizationSwitcherPopoverMain > .cl-form { padding: var(--_space); }`,
  look: /* css */ `
.cl-avatarBox${LOOK} {
  border-radius: 50%; background: color-mix(in srgb, var(--_primary) 14%, var(--_bg)); color: var(--_fg);
  font-weight: var(--_w-semibold); font-size: 0.75rem;
}
.cl-organizationSwitcherTrigger${LOOK} { border-radius: var(--_radius); padding: 0.25rem 0.5rem; }
.cl-organizationSwitcherTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }
.cl-organizationPreviewMainIdentifier${LOOK} { font-weight: var(--_w-medium); }
.cl-organizationSwitcherPopoverCard${LOOK} {
  border-radius: calc(var(--_radius) * 2); box-shadow: 0 16px 40px -12px color-mix(in srgb, var(--_shadow) 30%, transparent);
  overflow: hidden;
}
.cl-organizationSwitcherPopoverActions${LOOK} + .cl-organizationSwitcherPopoverActions${LOOK} {
  border-block-start: 1px solid var(--_border);
}
.cl-organizationSwitcherPopoverActionButton${LOOK} {
  padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25); color: var(--_muted-fg); font-weight: var(--_w-medium);
}
.cl-organizationSwitcherPopoverActionButton:hover${LOOK}, .cl-organizationSwitcherPopoverActionButton:focus-visible${LOOK} {
  background: var(--_muted); color: var(--_fg);
}
.cl-organizationSwitcherPopoverActionButton:focus-visible${LOOK} { outline: 2px solid var(--_primary); outline-offset: -2px; }`,
};
