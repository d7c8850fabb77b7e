import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The user button menu's rules (popover card, user preview, actions), adopted when the menu first opens: they come
 * with its chunk (user-button-menu.ts). The popover card keeps a background and an edge in the structure: a menu
 * over page content must stay legible.
 */
export const userButtonMenuCss: ElementCss = {
  structure: /* css */ `
/* Physical on purpose: the menu popover (src/ui/menu-popover.ts) positions it with the left and top that floating-ui computes. */
.cl-userButtonPopoverRootBox { position: fixed; top: 0; left: 0; z-index: 2147483000; }
.cl-userButtonPopoverCard {
  inline-size: min(22rem, calc(100vw - 1rem)); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
}
.cl-userPreview { display: flex; align-items: center; gap: 0.75rem; padding: var(--_space) calc(var(--_space) * 1.25); }
/* Beats .cl-avatarBox of any element's sheet, whatever order a page adopted them in. */
.cl-userButtonPopoverCard .cl-userPreviewAvatarBox { inline-size: 2.5rem; block-size: 2.5rem; }
.cl-userPreviewTextContainer { display: flex; flex-direction: column; flex: 1; min-inline-size: 0; }
.cl-userPreviewMainIdentifier {
  overflow-wrap: anywhere;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden;
}
.cl-userPreviewSecondaryIdentifier { overflow-wrap: anywhere; }
.cl-userButtonPopoverActions { display: flex; flex-direction: column; }
.cl-userButtonPopoverActionButton { display: flex; align-items: center; gap: 0.75rem; inline-size: 100%; }
.cl-userButtonPopoverActionButtonIcon, .cl-userButtonPopoverCustomItemButtonIconBox {
  display: grid; place-items: center; inline-size: 2.5rem; flex: none;
}
.cl-userButtonPopoverCustomItemButtonIconBox > * { inline-size: 1rem; block-size: 1rem; }
a.cl-userButtonPopoverActionButton { text-decoration: none; }
/* Another signed-in account: a user preview inside a menu item, aligned with the icons above it. */
.cl-userButtonPopoverActionButton > .cl-userPreview { padding: 0; gap: 0.75rem; min-inline-size: 0; text-align: start; }
.cl-userButtonPopoverCard .cl-userButtonPopoverActionButton .cl-userPreviewAvatarBox { inline-size: 2rem; block-size: 2rem; margin-inline: 0.25rem; }`,
  look: /* css */ `
.cl-userButtonPopoverCard${LOOK} {
  border-radius: calc(var(--_radius) * 2); box-shadow: 0 16px 40px -12px color-mix(in srgb, var(--_shadow) 30%, transparent);
  overflow: hidden;
}
.cl-userButtonPopoverCard .cl-userPreviewAvatarBox${LOOK} { font-size: 0.875rem; }
.cl-userPreviewMainIdentifier${LOOK} { font-weight: var(--_w-semibold); }
.cl-userPreviewSecondaryIdentifier${LOOK} { color: var(--_muted-fg); }
.cl-userButtonPopoverActions${LOOK}, .cl-userButtonPopoverFooter${LOOK} { border-block-start: 1px solid var(--_border); }
.cl-userButtonPopoverActionButton${LOOK} {
  padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25); color: var(--_muted-fg); font-weight: var(--_w-medium);
}
.cl-userButtonPopoverActionButton:hover${LOOK}, .cl-userButtonPopoverActionButton:focus-visible${LOOK} {
  background: var(--_muted); color: var(--_fg);
}
.cl-userButtonPopoverActionButton:focus-visible${LOOK} { outline: 2px solid var(--_primary); outline-offset: -2px; }`,
};
