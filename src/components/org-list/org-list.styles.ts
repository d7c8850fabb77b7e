import { type ElementCss, LOOK } from '../base/base.styles.js';

/**
 * The organization list's own rules: its rows (a preview button, or a preview with its Join or Ask-to-join button)
 * and "Create organization". The avatar's, the preview's and the "awaiting approval" badge's come with the avatar
 * (src/ui/avatar.ts). Conventions as in base.styles.ts.
 */
export const orgListCss: ElementCss = {
  structure: /* css */ `
.cl-organizationListPreviewItems { display: flex; flex-direction: column; gap: 0.25rem; }
.cl-organizationListPreviewItem { display: flex; align-items: center; gap: 0.5rem; }
.cl-organizationListPreviewButton, .cl-organizationListPreviewItem > .cl-organizationPreview { display: flex; flex: 1; min-inline-size: 0; }
.cl-organizationListCreateOrganizationActionButton { align-self: flex-start; }`,
  look: /* css */ `
.cl-organizationListPreviewButton${LOOK}, .cl-organizationListPreviewItem > .cl-organizationPreview${LOOK},
.cl-organizationListCreateOrganizationActionButton${LOOK} { padding: 0.5rem; border-radius: var(--_radius); }
.cl-organizationListPreviewButton:hover${LOOK} { background: var(--_muted); }
.cl-organizationListPreviewItemActionButton${LOOK} {
  padding: 0.25rem 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); font-weight: var(--_w-medium);
}
.cl-organizationListPreviewItemActionButton:hover${LOOK} { background: var(--_muted); }
.cl-organizationListCreateOrganizationActionButton${LOOK} { color: var(--_primary); font-weight: var(--_w-medium); }
.cl-organizationListCreateOrganizationActionButton:hover${LOOK} { text-decoration: underline; }`,
};
