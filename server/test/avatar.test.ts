import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { avatarUrl } from '../serialize/avatar.js';

/** The text drawn in the generated SVG avatar. */
function drawnInitials(url: string): string {
  const svg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
  const text = /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe('generated avatar', () => {
  it('draws whole graphemes for an emoji-first name (never half a surrogate pair)', () => {
    assert.equal(drawnInitials(avatarUrl('user_1', '👩‍🚀 Sally', 'Ride', 'x@example.com')), '👩‍🚀R');
    assert.equal(drawnInitials(avatarUrl('user_2', null, null, '🇫🇷fr@example.com')), '🇫🇷');
    assert.equal(drawnInitials(avatarUrl('user_3', 'e\u0301mile', null, '')), 'É');
  });

  it('escapes markup in names and falls back to "?"', () => {
    assert.equal(drawnInitials(avatarUrl('user_4', '<b>', '&', '')), '<&');
    assert.equal(drawnInitials(avatarUrl('user_5', null, null, '')), '?');
  });
});
