import { expect } from '@open-wc/testing';
import { initialsOf } from '../../../src/ui/avatar.js';
import { firstGrapheme, initials } from '../../../src/ui/graphemes.js';

/** A lone UTF-16 surrogate: what `charAt(0)` leaves of an astral character, drawn as �. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('graphemes', () => {
  it('takes whole emoji: ZWJ families, skin tones, flags, keycaps', () => {
    expect(firstGrapheme('👨‍👩‍👧‍👦 family')).to.equal('👨‍👩‍👧‍👦');
    expect(firstGrapheme('👍🏽ok')).to.equal('👍🏽');
    expect(firstGrapheme('🇫🇷🇩🇪')).to.equal('🇫🇷');
    expect(firstGrapheme('1️⃣2')).to.equal('1️⃣');
    expect(firstGrapheme('🏳️‍🌈x')).to.equal('🏳️‍🌈');
  });

  it('keeps combining marks, Hangul jamo and Devanagari signs with their base letter', () => {
    expect(firstGrapheme('e\u0301mile')).to.equal('e\u0301');
    expect(firstGrapheme('Z\u0335\u0321\u0317algo')).to.equal('Z\u0335\u0321\u0317');
    expect(firstGrapheme('\u1100\u1161\u11A8 jamo')).to.equal('\u1100\u1161\u11A8');
    expect(firstGrapheme('민준')).to.equal('민');
    // "कि": a consonant with a dependent vowel sign is one user-visible character.
    expect(firstGrapheme('किरण')).to.equal('कि');
  });

  it('reads right-to-left names from their logical start', () => {
    expect(firstGrapheme('محمد')).to.equal('م');
    expect(firstGrapheme('שָׁלוֹם')).to.equal('שָׁ');
  });

  it('answers empty for empty text', () => {
    expect(firstGrapheme('')).to.equal('');
    expect(initials('', '  ', null, undefined)).to.equal('');
  });

  it('builds initials from whole graphemes, upper-cased and composed', () => {
    expect(initials('ada', 'lovelace')).to.equal('AL');
    expect(initials('e\u0301mile', 'zola')).to.equal('ÉZ');
    expect(initials('  ünal ', 'öz')).to.equal('ÜÖ');
    expect(initials('🦊 Fox', 'Mulder')).to.equal('🦊M');
  });
});

describe('initialsOf (regression: an emoji-first name gave half a surrogate pair)', () => {
  const names = ['😀 Smile', '👨‍👩‍👧‍👦', '🇯🇵', '𝒜lice', '𠀋田', 'e\u0301', '민준', 'किरण', 'محمد'];
  for (const firstName of names) {
    it(`gives a whole first character for ${JSON.stringify(firstName)}`, () => {
      const result = initialsOf({ firstName, lastName: null });
      expect(result).to.not.match(LONE_SURROGATE);
      expect(result.length).to.be.greaterThan(0);
      expect(firstName.normalize('NFC').toUpperCase().startsWith(result)).to.equal(true);
    });
  }

  it('falls back to the username, then the email, by grapheme', () => {
    expect(initialsOf({ username: '🐙octo' })).to.equal('🐙');
    expect(initialsOf({ primaryEmailAddress: { emailAddress: '𝔷ed@example.com' } })).to.equal('𝔷');
    expect(initialsOf({ username: '', primaryEmailAddress: { emailAddress: 'bo@example.com' } })).to.equal('B');
  });
});
