/**
 * `<latch-org-profile-page>` and `<latch-org-profile-link>`: what a page author places inside
 * `<latch-org-profile>` to add pages and links to its navbar (Clerk's `OrganizationProfile.Page` and `.Link`).
 * They render nothing themselves: the profile reads their `label` and `url`, and shows a page's children in
 * its card while that page is open. `label="general"` or `label="members"` without a `url` moves a default page.
 */

/** A custom page: `label` (navbar text), `url` (its route inside the profile), children (its content). */
export class LatchOrgProfilePage extends HTMLElement {
  connectedCallback(): void {
    // Hidden until the profile shows it inside its card.
    if (this.parentElement?.localName === 'latch-org-profile') this.hidden = true;
  }
}

/** A navbar link: `label` and `url` (where it navigates). */
export class LatchOrgProfileLink extends HTMLElement {
  connectedCallback(): void {
    this.hidden = true;
  }
}

export interface CustomEntry {
  kind: 'page' | 'link';
  label: string;
  url: string;
  node: HTMLElement;
}

/** The profile's custom page and link children, in document order. */
export function readCustomEntries(profile: HTMLElement): CustomEntry[] {
  const entries: CustomEntry[] = [];
  for (const node of profile.querySelectorAll<HTMLElement>(
    ':scope > latch-org-profile-page, :scope > latch-org-profile-link',
  )) {
    entries.push({
      kind: node.localName === 'latch-org-profile-link' ? 'link' : 'page',
      label: node.getAttribute('label') ?? '',
      url: node.getAttribute('url') ?? '',
      node,
    });
  }
  return entries;
}
