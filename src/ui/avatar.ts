import { html, type TemplateResult } from 'lit';
import type { ElementKey } from '../appearance/index.js';
import { type ElementCss, LOOK } from '../components/base/base.styles.js';
import type { UiHost } from './form.js';
import { initials } from './graphemes.js';

interface AvatarSubject {
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  imageUrl?: string | null;
  hasImage?: boolean;
  primaryEmailAddress?: { emailAddress: string } | null;
}

/**
 * The avatar's rules: one shared sheet, adopted (LatchElement.adoptCss) by each element that draws a round avatar
 * at this size: the user button, the organization switcher, the organization list, the create-organization card
 * (the organization elements add organization-preview.styles.ts; the user button's page does without it). The profiles draw theirs larger,
 * with their own rules scoped to their page (user-profile.styles.ts); the user button's menu sizes its previews in
 * its own sheet. Conventions as in base.styles.ts.
 */
export const avatarCss: ElementCss = {
  structure: /* css */ `
.cl-avatarBox {
  position: relative; display: inline-grid; place-items: center; flex: none; overflow: hidden;
  inline-size: 2rem; block-size: 2rem;
}
.cl-avatarImage { inline-size: 100%; block-size: 100%; object-fit: cover; }
`,
  look: /* css */ `
.cl-avatarBox${LOOK} {
  border-radius: 50%; background: color-mix(in srgb, var(--_primary) 14%, var(--_bg)); color: var(--_fg);
  font-weight: var(--_w-semibold); font-size: 0.75rem;
}`,
};

/** Initials from the name, else the first letter of the username or email; whole graphemes, never half an emoji. */
export function initialsOf(subject: AvatarSubject): string {
  return (
    initials(subject.firstName, subject.lastName) ||
    initials(subject.username || subject.primaryEmailAddress?.emailAddress)
  );
}

/**
 * A round avatar: the uploaded image when there is one, otherwise initials. Decorative (aria-hidden): the
 * button or preview around it carries the accessible name.
 */
export function avatar(host: UiHost, subject: AvatarSubject, boxKey: ElementKey, imageKey: ElementKey): TemplateResult {
  const image = subject.hasImage && subject.imageUrl ? subject.imageUrl : '';
  return html`<span class=${`${host.cls('avatarBox')} ${host.cls(boxKey)}`} aria-hidden="true">
    ${
      image
        ? html`<img class=${`${host.cls('avatarImage')} ${host.cls(imageKey)}`} src=${image} alt="" referrerpolicy="no-referrer" />`
        : html`<span>${initialsOf(subject)}</span>`
    }
  </span>`;
}
