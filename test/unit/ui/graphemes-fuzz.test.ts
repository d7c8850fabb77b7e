/** Property: the first grapheme of any well-formed text is a well-formed prefix of it (never half a pair). */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { initialsOf } from '../../../src/ui/avatar.js';
import { firstGrapheme } from '../../../src/ui/graphemes.js';
import { fuzzParameters } from '../../fuzz/settings.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('graphemes (fast-check)', () => {
  it('firstGrapheme is a non-empty, well-formed prefix of any non-empty well-formed text', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const first = firstGrapheme(value);
        expect(value.startsWith(first)).to.equal(true);
        expect(first === '').to.equal(value === '');
        expect(LONE_SURROGATE.test(first)).to.equal(false);
      }),
      fuzzParameters(500),
    );
  });

  it('avatar initials never hold a lone surrogate', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (firstName, lastName, username) => {
        expect(initialsOf({ firstName, lastName, username })).to.not.match(LONE_SURROGATE);
      }),
      fuzzParameters(500),
    );
  });
});
