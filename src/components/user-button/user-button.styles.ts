import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The user button's own rules (its trigger), adopted only where a user button is on the page, so a sign-in page
 * does not download them. Same conventions as base.styles.ts. The avatar's come with it (src/ui/avatar.ts, one
 * sheet shared with the organization elements), the menu's with its chunk (user-button-menu.styles.ts).
 */
export const userButtonCss: ElementCss = {
  structure: /* css */ `
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
.cl-userButtonTrigger${LOOK} { border-radius: 999px; padding: 0.125rem; }
.cl-userButtonTrigger:focus-visible${LOOK} { outline: 2px solid var(--_ring); outline-offset: 2px; }
.cl-userButtonOuterIdentifier${LOOK} { font-weight: var(--_w-medium); padding-inline-start: 0.5rem; }`,
};
