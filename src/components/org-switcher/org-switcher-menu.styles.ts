import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The organization switcher menu's rules (popover card, actions), adopted when the menu first opens: they come
 * with its chunk (org-switcher-menu.ts). The popover card keeps a background and an edge in the structure: a menu
 * over page content must stay legible.
 */
export const orgSwitcherMenuCss: ElementCss = {
  structure: /* css */ `
/* Physical on purpose: menu-popover.ts positions it with the left and top that floating-ui computes. */
.cl-organizationSwitcherPopoverRootBox { position: fixed; top: 0; left: 0; z-index: 2147483000; }
.cl-organizationSwitcherPopoverCard {
  inline-size: min(22rem, calc(100vw - 1rem)); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
}
.cl-organizationSwitcherPopoverActions { display: flex; flex-direction: column; }
.cl-organizationSwitcherPopoverActionButton { display: flex; align-items: center; gap: 0.75rem; inline-size: 100%; }
.cl-organizationSwitcherPopoverMain > .cl-form { padding: var(--_space); }`,
  look: /* css */ `
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
