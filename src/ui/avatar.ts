import { html, type TemplateResult } from 'lit';
import type { ElementKey } from '../appearance/index.js';
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
