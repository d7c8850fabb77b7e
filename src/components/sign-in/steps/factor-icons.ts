import { svg } from 'lit';
import { icon } from '../../../ui/icons.js';

/** The icons of the sign-in's factor steps (lazily loaded with them; see ui/icons.ts). */
export const pencilIcon = () => icon(svg`<path d="M10.5 2.5l3 3L6 13H3v-3l7.5-7.5Z"/>`);
export const mailIcon = () => icon(svg`<rect x="1.5" y="3" width="13" height="10" rx="1.5"/><path d="m2 4 6 5 6-5"/>`);
export const keyIcon = () => icon(svg`<circle cx="5" cy="11" r="3"/><path d="m7.2 8.8 6.3-6.3M11 5l2 2"/>`);
export const phoneIcon = () => icon(svg`<rect x="4" y="1.5" width="8" height="13" rx="1.5"/><path d="M7 12.25h2"/>`);
