/** The shared identifier rules, run in the browser (the server runs the same file under Node: server/test/identifiers.test.ts). */
import { expect } from '@open-wc/testing';
import { normalizeEmailAddress, normalizeIdentifier, normalizePersonName } from '../../../src/core/identifiers.js';

const HIDDEN = ['\u0000', '\u0007', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u2066', '\u00AD'];
const ALSO_REFUSED = ['\uE000', '\uD800', '\uDFFF', '\u0378', '\u2028', '\u3164', '\u2800'];

describe('identifiers', () => {
  it('NFC-normalizes, trims and lower-cases identifiers', () => {
    expect(normalizeIdentifier('  Victim+X@Example.COM ')).to.deep.equal({ ok: true, value: 'victim+x@example.com' });
    // e + combining acute accent (NFD) and the precomposed é are one identifier.
    expect(normalizeEmailAddress('Jose\u0301@example.com')).to.deep.equal(normalizeEmailAddress('José@example.com'));
  });

  it('refuses control, format, unassigned, private-use, surrogate and blank-letter characters in identifiers', () => {
    for (const ch of [...HIDDEN, ...ALSO_REFUSED]) {
      expect(normalizeIdentifier(`vic${ch}tim@example.com`), JSON.stringify(ch)).to.deep.equal({
        ok: false,
        problem: 'hidden_characters',
      });
    }
  });

  it('keeps names in any script, with their case, joiners included; refuses other hidden characters', () => {
    for (const name of ['Zoë', 'Ἀριστοτέλης', '李小龙', 'مهدی\u200Cزاده', 'नमस्ते', '👩‍👩‍👧 family']) {
      expect(normalizePersonName(` ${name} `)).to.deep.equal({ ok: true, value: name.normalize('NFC') });
    }
    for (const ch of ['\u0000', '\u200B', '\u202E', '\uFEFF', '\uE000']) {
      expect(normalizePersonName(`Ad${ch}a`).ok, JSON.stringify(ch)).to.equal(false);
    }
  });
});
