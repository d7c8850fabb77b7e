/**
 * Property: a value substituted into a localized string is text, whatever it contains. `{{…}}` in a user's
 * name is not filled again, link markup in it never becomes a link, and the name comes back unchanged.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { interpolate, parseMarkup } from '../../../src/localization/interpolate.js';
import { hostileText } from '../../fuzz/hostile-text.js';
import { fuzzParameters } from '../../fuzz/settings.js';

const TOKENS: Record<string, unknown> = { applicationName: 'Acme', identifier: 'ada@example.com' };

describe('interpolate under hostile values (fast-check)', () => {
  it('substitutes a value once, as is, in plain strings', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const lookup = (token: string) => (token === 'name' ? name : TOKENS[token]);
        expect(interpolate('«{{name}}» in {{applicationName}}', lookup, { locale: 'en-US' })).to.equal(
          `«${name}» in Acme`,
        );
      }),
      fuzzParameters(300),
    );
  });

  it('never turns a value into a link, and parses back to the same text, in markup strings', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('{{name}}', '{{name|titleize}}'), (name, token) => {
        const lookup = (key: string) => (key === 'name' ? name : TOKENS[key]);
        const template = `Hi ${token}, see [the terms](https://acme.example/terms).`;
        const segments = parseMarkup(interpolate(template, lookup, { locale: 'en-US', escapeMarkup: true }));
        const links = segments.filter((segment) => typeof segment !== 'string');
        expect(links).to.deep.equal([{ text: 'the terms', href: 'https://acme.example/terms' }]);
        if (token === '{{name}}') expect(segments[0]).to.equal(`Hi ${name}, see `);
      }),
      fuzzParameters(300),
    );
  });
});
