import { expect } from '@open-wc/testing';
import { registerDateModifiers } from '../../../src/localization/date-modifiers.js';
import { interpolate, parseMarkup } from '../../../src/localization/interpolate.js';

// The pages that show dates register these (the script-tag loader does not carry them).
registerDateModifiers();

const tokens: Record<string, unknown> = {
  applicationName: 'Acme',
  provider: 'google',
  date: new Date(Date.UTC(2026, 0, 15, 12, 30)),
  url: 'https://example.com/privacy',
};
const lookup = (name: string) => tokens[name];
const fill = (template: string, locale = 'en-US') => interpolate(template, lookup, { locale });

describe('interpolate', () => {
  it('fills tokens, with or without spaces inside the braces', () => {
    expect(fill('Sign in to {{applicationName}}')).to.equal('Sign in to Acme');
    expect(fill('{{ applicationName }}!')).to.equal('Acme!');
  });

  it('turns unknown tokens into empty strings', () => {
    expect(fill('Hello {{nobody}}.')).to.equal('Hello .');
  });

  it('applies modifiers left to right and ignores unknown ones', () => {
    expect(fill('Use {{provider|titleize}}')).to.equal('Use Google');
    expect(fill('Use {{ provider | shout | titleize }}')).to.equal('Use Google');
  });

  it('titleizes by whole letters: combining marks stay on their letter, emoji and astral letters stay whole', () => {
    const title = (value: string) => interpolate('{{v|titleize}}', () => value, { locale: 'en-US' });
    expect(title('e\u0301cole_de-ski')).to.equal('E\u0301cole De Ski');
    expect(title('👩‍💻 dev')).to.equal('👩‍💻 Dev');
    expect(title('𐐨x')).to.equal('𐐀x');
  });

  it('formats a date in the default locale when the template names an invalid one', () => {
    const date = tokens.date as Date;
    expect(fill("{{date|shortDate('not a locale!')}}")).to.equal(
      new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' }).format(date),
    );
  });

  it('formats dates with Intl in the resource locale, or the one the template names', () => {
    const date = tokens.date as Date;
    expect(fill('{{date|shortDate}}')).to.equal(
      new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(date),
    );
    expect(fill('{{date|longDate}}', 'fr-FR')).to.equal(
      new Intl.DateTimeFormat('fr-FR', { month: 'long', day: 'numeric', year: 'numeric' }).format(date),
    );
    expect(fill("{{date|numeric('de-DE')}}")).to.equal(
      new Intl.DateTimeFormat('de-DE', { month: '2-digit', day: '2-digit', year: 'numeric' }).format(date),
    );
    expect(fill('{{date|timeString}}')).to.equal(
      new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit' }).format(date),
    );
    expect(fill("{{date|weekday('en-US','short')}}")).to.equal(
      new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(date),
    );
    expect(fill('{{date|weekday}}', 'fr-FR')).to.equal(
      new Intl.DateTimeFormat('fr-FR', { weekday: 'long' }).format(date),
    );
  });

  it('accepts epoch milliseconds for dates and gives an empty string for non-dates', () => {
    tokens.ms = (tokens.date as Date).getTime();
    expect(fill('{{ms|shortDate}}')).to.equal(fill('{{date|shortDate}}'));
    expect(fill('{{provider|shortDate}}')).to.equal('');
  });

  it('produces link markup, including in Clerk’s `a || link(…)` form', () => {
    expect(fill('Read our {{url|link("privacy policy")}}.')).to.equal(
      'Read our [privacy policy](https://example.com/privacy).',
    );
    expect(fill('{{ url || link("Privacy") }}')).to.equal('[Privacy](https://example.com/privacy)');
    expect(fill('{{ missing || link("Privacy") }}')).to.equal('Privacy');
  });

  it('escapes substituted values when the result will be parsed as markup', () => {
    tokens.name = '[click](https://evil.example)';
    const text = interpolate('Hi {{name}}', lookup, { locale: 'en-US', escapeMarkup: true });
    expect(parseMarkup(text)).to.deep.equal(['Hi [click](https://evil.example)']);
  });
});

describe('parseMarkup', () => {
  it('splits text and links', () => {
    expect(parseMarkup('By continuing you accept the [terms](/terms) and [privacy](https://x.test/p).')).to.deep.equal([
      'By continuing you accept the ',
      { text: 'terms', href: '/terms' },
      ' and ',
      { text: 'privacy', href: 'https://x.test/p' },
      '.',
    ]);
  });

  it('returns plain text untouched, as one segment', () => {
    expect(parseMarkup('Nothing to see')).to.deep.equal(['Nothing to see']);
    expect(parseMarkup('')).to.deep.equal([]);
  });

  it('keeps hostile strings as text and never links to script URLs', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    expect(parseMarkup(hostile)).to.deep.equal([hostile]);
    // Parentheses cannot occur in a link target (the link modifier encodes them), so this stays text.
    expect(parseMarkup('[run](javascript:alert(1))')).to.deep.equal(['[run](javascript:alert(1))']);
    expect(parseMarkup('[run](JavaScript:alert)')).to.deep.equal(['run']);
    expect(parseMarkup('[data](data:text/html,hi)')).to.deep.equal(['data']);
    expect(parseMarkup('[mail](mailto:a@b.c)')).to.deep.equal([{ text: 'mail', href: 'mailto:a@b.c' }]);
  });

  it('keeps a link URL with parentheses inside the link', () => {
    tokens.odd = 'https://x.test/a(b)';
    const segments = parseMarkup(fill('{{odd|link("x")}}'));
    expect(segments).to.deep.equal([{ text: 'x', href: 'https://x.test/a%28b%29' }]);
  });
});
