/**
 * A generated avatar (initials on a colour derived from the user id) as a data: URL, so user images work with
 * no network and under the demo CSP (`img-src 'self' data:`). `has_image` stays false, like Clerk's defaults.
 */
import { initials as initialsOf } from '../../src/ui/graphemes.js';

const COLORS = ['#6c47ff', '#0f766e', '#b45309', '#be123c', '#1d4ed8', '#4d7c0f', '#7e22ce', '#0e7490'];

export function avatarUrl(seed: string, firstName: string | null, lastName: string | null, fallback: string): string {
  // Whole graphemes: a name starting with an emoji must not leave half a surrogate pair in the picture.
  const initials = initialsOf(firstName, lastName) || initialsOf(fallback) || '?';
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const color = COLORS[hash % COLORS.length];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
    `<rect width="96" height="96" fill="${color}"/>` +
    `<text x="48" y="60" font-family="sans-serif" font-size="40" fill="#fff" text-anchor="middle">${escapeXml(initials)}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
