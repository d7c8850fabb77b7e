import { type SVGTemplateResult, svg } from 'lit';

/**
 * Inline icons: decorative (aria-hidden), sized by font size, mirrored where direction matters. The loader carries
 * this module (every element imports it), so it keeps only the icons of what many elements show; an icon of one
 * step lives beside that step (the password field's eye in form.ts, the sign-in factors' in steps/factor-icons.ts).
 */
export const icon = (body: SVGTemplateResult, className = '') =>
  svg`<svg class=${`latch-icon ${className}`} viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const alertIcon = () => icon(svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.75v3.5M8 10.9v.1"/>`);
