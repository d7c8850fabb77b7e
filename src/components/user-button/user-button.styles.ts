import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The user button's own rules (avatar, trigger, popover card, user preview, actions), adopted only where a
 * user button is on the page, so a sign-in page does not download them. Same conventions as base.styles.ts.
 * The popover card keeps a background and an edge in the structure: a menu over page content must stay legible.
 */
export const userButtonCss: ElementCss = {
  structure: /* css */ `
.cl-avatarBox {
  position: relative; display: inline-grid; place-items: center; flex: none; overflow: hidden;
  inline-size: 2rem; block-size: 2rem;
}
.cl-avatarImage { inline-size: 100%; block-size: 100%; object-fit: cover; }
.cl-avatarBox[data-initials]::before { content: attr(data-initials); }
/* Profile pages given to the button, until their module defines them (then their shadow root hides them). */
:is(latch-user-profile-page, latch-user-profile-link):not(:defined) { display: none; }
.cl-userButtonBox { display: inline-flex; position: relative; max-inline-size: 100%; }
.cl-userButtonTrigger {
  display: inline-flex; align-items: center; gap: 0.5rem; max-inline-size: 100%; min-inline-size: 0;
}
.cl-userButtonOuterIdentifier {
  min-inline-size: 0; max-inline-size: min(14rem, 50vw); overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
/* Physical on purpose: user-button.ts positions it with the left and top that floating-ui computes. */
.cl-userButtonPopoverRootBox { position: fixed; top: 0; left: 0; z-index: 2147483000; }
.cl-userButtonPopoverCard {
  inline-size: min(22rem, calc(100vw - 1rem)); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
}
.cl-userPreview { display: flex; align-items: center; gap: 0.75rem; padding: var(--_space) calc(var(--_space) * 1.25); }
.cl-userPreviewAvatarBox { inline-size: 2.5rem; block-size: 2.5rem; }
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
.cl-userButtonPopoverActionButton .cl-userPreviewAvatarBox { inline-size: 2rem; block-size: 2rem; margin-inline: 0.25rem; }`,
  look: /* css */ `
.cl-avatarBox${LOOK} {
  border-radius: 50%; background: color-mix(in srgb, var(--_primary) 14%, var(--_bg)); color: var(--_fg);
  font-weight: var(--_w-semibold); font-size: 0.75rem;
}
.cl-userButtonTrigger${LOOK} { border-radius: 999px; padding: 0.125rem; }
.cl-userButtonTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }
.cl-userButtonOuterIdentifier${LOOK} { font-weight: var(--_w-medium); padding-inline-start: 0.5rem; }
.cl-userButtonPopoverCard${LOOK} {
  border-radius: calc(var(--_radius) * 2); box-shadow: 0 16px 40px -12px color-mix(in srgb, var(--_shadow) 30%, transparent);
  overflow: hidden;
}
.cl-userPreviewAvatarBox${LOOK} { font-size: 0.875rem; }
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
