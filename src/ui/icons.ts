import { type SVGTemplateResult, svg } from 'lit';

/** Inline icons: decorative (aria-hidden), sized by font size, mirrored where direction matters. */
export const icon = (body: SVGTemplateResult, className = '') =>
  svg`<svg class=${`latch-icon ${className}`} viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const eyeIcon = () =>
  icon(
    svg`<path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8Z"/><circle cx="8" cy="8" r="2"/>`,
  );
export const eyeOffIcon = () =>
  icon(
    svg`<path d="M6.6 3.7A6.5 6.5 0 0 1 8 3.5C12.1 3.5 14.5 8 14.5 8a11 11 0 0 1-1.7 2.3M4.1 4.9A11 11 0 0 0 1.5 8s2.4 4.5 6.5 4.5a6.3 6.3 0 0 0 3-.8M6.6 6.6a2 2 0 0 0 2.8 2.8M2 2l12 12"/>`,
  );
export const pencilIcon = () => icon(svg`<path d="M10.5 2.5l3 3L6 13H3v-3l7.5-7.5Z"/>`);
export const alertIcon = () => icon(svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.75v3.5M8 10.9v.1"/>`);
export const signOutIcon = () =>
  icon(svg`<path d="M6 14H3.5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1H6M10.5 11 13.5 8l-3-3M13.5 8H6"/>`, 'latch-icon--mirror');
export const arrowIcon = () => icon(svg`<path d="M3 8h10M9 4l4 4-4 4"/>`, 'latch-icon--mirror');
export const mailIcon = () => icon(svg`<rect x="1.5" y="3" width="13" height="10" rx="1.5"/><path d="m2 4 6 5 6-5"/>`);
export const keyIcon = () => icon(svg`<circle cx="5" cy="11" r="3"/><path d="m7.2 8.8 6.3-6.3M11 5l2 2"/>`);
export const phoneIcon = () => icon(svg`<rect x="4" y="1.5" width="8" height="13" rx="1.5"/><path d="M7 12.25h2"/>`);
