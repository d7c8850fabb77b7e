import { type ElementCss, LOOK } from '../components/base/base.styles.js';

/**
 * What the organization elements (switcher, organization list, create-organization card) draw beside the avatar
 * (avatar.ts): the organization preview, a suggestion's "awaiting approval" badge, the logo's upload row. One shared
 * sheet, kept out of the avatar's so a page with only a user button does not download it.
 */
export const organizationPreviewCss: ElementCss = {
  structure: /* css */ `
.cl-avatarImageActions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.cl-organizationPreview { display: flex; align-items: center; gap: 0.75rem; min-inline-size: 0; text-align: start; }
.cl-organizationPreviewTextContainer { display: flex; flex-direction: column; flex: 1; min-inline-size: 0; }
.cl-organizationPreviewMainIdentifier { overflow-wrap: anywhere; }
/* A suggested organization's "awaiting approval" label (the switcher's menu, the organization list). */
.cl-badge__suggestionAccepted { display: inline-block; }`,
  look: /* css */ `
.cl-organizationPreviewMainIdentifier${LOOK} { font-weight: var(--_w-medium); }
.cl-badge__suggestionAccepted${LOOK} {
  font-size: 0.75em; padding: 0.125rem 0.375rem; border-radius: 0.375rem; border: 1px solid var(--_border);
}`,
};
