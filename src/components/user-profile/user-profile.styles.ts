import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The user profile's own rules (navbar beside the page, sections, item rows, badges, the avatar editor), adopted
 * only where a profile is on the page. Same conventions as base.styles.ts.
 */
export const userProfileCss: ElementCss = {
  structure: /* css */ `
.latch-profile-layout { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); }
.cl-navbar { flex: 0 0 10rem; display: flex; flex-direction: column; gap: 0.5rem; }
.cl-navbarButtons { display: flex; flex-direction: column; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
.cl-navbarButton { display: flex; align-items: center; gap: 0.5rem; inline-size: 100%; text-align: start; }
/* Custom pages' describing elements, until their module defines them (then their shadow root hides them). */
:is(latch-user-profile-page, latch-user-profile-link):not(:defined) { display: none; }
.cl-navbarButtonIcon { display: inline-grid; place-items: center; flex: none; inline-size: 1rem; block-size: 1rem; }
.cl-navbarButtonIcon:empty { display: none; }
.cl-navbarButtonIcon > svg { inline-size: 100%; block-size: 100%; }
.cl-profilePage { flex: 1 1 20rem; min-inline-size: 0; display: flex; flex-direction: column; gap: calc(var(--_space) * 1.5); }
/* A custom page off screen keeps its content in the document (custom-pages.ts): hidden wins over the flex above. */
.cl-profilePage[hidden] { display: none; }
.cl-profileSection { display: flex; flex-direction: column; gap: 0.75rem; }
.cl-profileSectionTitle { margin: 0; font-size: 1em; }
.cl-profileSectionItemList { display: flex; flex-direction: column; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.cl-profileSectionItem { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; overflow-wrap: anywhere; }
.cl-profileSectionButtonGroup { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-inline-start: auto; }
/* The profiles' avatars, larger than the shared ones (src/ui/avatar.ts) and scoped to the page, so neither sheet's
   avatars take the other's size, whatever order a page adopted them in. */
.cl-profilePage .cl-avatarBox {
  position: relative; display: inline-grid; place-items: center; flex: none; overflow: hidden; inline-size: 3rem; block-size: 3rem;
}
.cl-avatarImage { inline-size: 100%; block-size: 100%; object-fit: cover; }
.cl-avatarImageActions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.cl-badge { display: inline-block; }
/* security page */
.cl-activeDeviceListItem { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.cl-activeDevice { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.5rem; flex: 1 1 12rem; min-inline-size: 0; }
.cl-qrCodeRow { display: flex; justify-content: center; }
.cl-qrCodeContainer { inline-size: 11.25rem; }
.cl-qrCodeContainer svg { display: block; inline-size: 100%; block-size: auto; }
.cl-menuList__connectedAccounts { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.cl-menuItem { display: inline-flex; align-items: center; gap: 0.5rem; }
.cl-providerIcon, .cl-providerInitialIcon { flex: none; inline-size: 1rem; block-size: 1rem; }
/* The reverification prompt: a native modal dialog inside the card, whose page reset would leave it unplaced and
   see-through (no UA margin, background or size), so it gets back a centred, opaque box of a card's width. */
dialog.cl-modalContent:modal {
  margin: auto; inline-size: min(25rem, calc(100% - 2rem)); block-size: fit-content; max-block-size: calc(100% - 2rem);
  overflow: auto;
  padding: calc(var(--_space) * 1.5); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
}
dialog.cl-modalContent::backdrop { background: var(--clerk-color-modal-backdrop, rgb(0 0 0 / 0.55)); }
`,
  look: /* css */ `
dialog.cl-modalContent:modal${LOOK} { border-radius: calc(var(--_radius) * 2); box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25); }
a.cl-navbarButton${LOOK} { text-decoration: none; }
.cl-navbarButton${LOOK} { border: 0; background: transparent; color: inherit; font: inherit; padding: 0.375rem 0.5rem; border-radius: 0.375rem; cursor: pointer; }
.cl-navbarButton[aria-current="page"]${LOOK} { background: rgb(0 0 0 / 0.06); font-weight: 600; }
.cl-profileSection${LOOK} { border-block-start: 1px solid var(--_border); padding-block-start: var(--_space); }
.cl-profileSectionTitle${LOOK} { font-weight: 600; }
.cl-profilePage .cl-avatarBox${LOOK} {
  border-radius: 50%; background: var(--_border); color: var(--_fg); font-weight: var(--_w-semibold); font-size: 0.75rem;
}
.cl-badge${LOOK} { font-size: 0.75em; padding: 0.125rem 0.375rem; border-radius: 0.375rem; border: 1px solid var(--_border); }
`,
};
