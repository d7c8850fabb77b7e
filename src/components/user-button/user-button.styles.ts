import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The user button's own rules (avatar, trigger), adopted only where a user button is on the page, so a sign-in
 * page does not download them. Same conventions as base.styles.ts. The menu's rules come with its chunk
 * (user-button-menu.styles.ts).
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
}`,
  look: /* css */ `
.cl-avatarBox${LOOK} {
  border-radius: 50%; background: color-mix(in srgb, var(--_primary) 14%, var(--_bg)); color: var(--_fg);
  font-weight: var(--_w-semibold); font-size: 0.75rem;
}
.cl-userButtonTrigger${LOOK} { border-radius: 999px; padding: 0.125rem; }
.cl-userButtonTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }
.cl-userButtonOuterIdentifier${LOOK} { font-weight: var(--_w-medium); padding-inline-start: 0.5rem; }`,
};
