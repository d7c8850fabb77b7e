import { type ElementCss, LOOK } from '../base/base.styles.js';
import { userProfileCss } from '../user-profile/user-profile.styles.js';

/**
 * The organization profile shares the user profile's frame (navbar, sections, avatar editor) and adds its
 * people table, tabs, pagination and the enrollment-mode radios. Same conventions as base.styles.ts.
 */
export const orgProfileCss: ElementCss = {
  structure: /* css */ `${userProfileCss.structure}
.cl-tabListContainer { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.cl-table { inline-size: 100%; border-collapse: collapse; }
.cl-tableHeaderCell, .cl-tableBodyCell { text-align: start; padding: 0.375rem 0.25rem; vertical-align: middle; }
.cl-tableHeaderCell { white-space: nowrap; }
/* In a narrow page (a phone, a modal beside the navbar) the table keeps who, role and actions: the date joined gives way. */
.cl-profilePage { container-type: inline-size; }
@container (max-width: 30rem) {
  .cl-tableHeaderCell:nth-child(2), .cl-tableBodyCell:nth-child(2) { display: none; }
}
/* The people table's previews: scoped to it, so a user button's menu on the same page keeps its own. */
.cl-table .cl-userPreviewSecondaryIdentifier { overflow-wrap: anywhere; }
.cl-table .cl-userPreview { display: flex; align-items: center; gap: 0.5rem; }
.cl-table .cl-userPreviewTextContainer { display: flex; flex-direction: column; min-inline-size: 0; }
/* Name above slug; \`start\` keeps a dir="ltr" slug or address on the name's side in a right-to-left page. */
.cl-organizationPreviewTextContainer { display: flex; flex-direction: column; min-inline-size: 0; }
.cl-table .cl-userPreviewTextContainer, .cl-organizationPreviewTextContainer { align-items: start; }

.cl-formFieldRadioGroup { display: flex; flex-direction: column; gap: 0.375rem; border: 0; margin: 0; padding: 0; }
.cl-formFieldRadioGroupItem { display: flex; align-items: center; gap: 0.5rem; }
`,
  look: /* css */ `${userProfileCss.look}
.cl-tabButton${LOOK} { border: 0; background: transparent; color: inherit; font: inherit; padding: 0.375rem 0.5rem; border-block-end: 2px solid transparent; cursor: pointer; }
.cl-tabButton[aria-selected="true"]${LOOK} { border-block-end-color: currentColor; font-weight: 600; }
.cl-tableHeaderCell${LOOK} { font-weight: 600; font-size: 0.875em; border-block-end: 1px solid var(--_border); }
.cl-table .cl-userPreviewSecondaryIdentifier${LOOK} { font-size: 0.875em; opacity: 0.75; }
`,
};
