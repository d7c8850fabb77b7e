import { svg } from 'lit';
import { icon } from '../../ui/icons.js';

/**
 * Icons only the user button draws, kept beside it rather than in src/ui/icons.ts so that sign-in and sign-up
 * pages (which share that module's chunk) do not download them. Drawn with that module's `icon`.
 */
export const gearIcon = () =>
  icon(
    svg`<circle cx="8" cy="8" r="2"/><path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4"/>`,
  );
export const plusIcon = () => icon(svg`<path d="M8 3v10M3 8h10"/>`);
export const signOutIcon = () =>
  icon(svg`<path d="M6 14H3.5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1H6M10.5 11 13.5 8l-3-3M13.5 8H6"/>`, 'latch-icon--mirror');
