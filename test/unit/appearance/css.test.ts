import { expect } from '@open-wc/testing';
import { appearanceToCss, classesFor, elementsToCss, variablesToCss } from '../../../src/appearance/css.js';
import { resolveAppearance } from '../../../src/appearance/resolve.js';
import type { Elements } from '../../../src/appearance/types.js';
import { neobrutalism } from '../../../themes/index.js';

/** Parses CSS the way the components will adopt it, so tests see what the browser sees. */
function sheet(css: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(css);
  return result;
}

describe('variablesToCss', () => {
  it('emits v6-named custom properties for the set variables only', () => {
    const css = variablesToCss({
      colorPrimary: '#6c47ff',
      colorPrimaryForeground: 'white',
      colorMutedForeground: 'gray',
      colorModalBackdrop: 'rgba(0, 0, 0, 0.5)',
      fontFamilyButtons: 'Inter, sans-serif',
      fontWeight: { normal: 400, semibold: 600 },
      borderRadius: 'none',
      spacing: '1.1rem',
    });
    expect(css).to.equal(
      [
        '--clerk-color-primary:#6c47ff',
        '--clerk-color-primary-foreground:white',
        '--clerk-color-muted-foreground:gray',
        '--clerk-color-modal-backdrop:rgba(0, 0, 0, 0.5)',
        '--clerk-font-family-buttons:Inter, sans-serif',
        '--clerk-font-weight-normal:400',
        '--clerk-font-weight-semibold:600',
        '--clerk-border-radius:0',
        '--clerk-spacing:1.1rem',
      ].join(';'),
    );
  });

  it('drops values that could break out of the stylesheet', () => {
    const hostile = [
      'red;} body{display:none',
      'red}',
      'url("x") } * { color: red',
      "url('a)",
      'red /* swallow the rest',
      '</style><script>alert(1)</script>',
      'expression(alert(1))',
      'calc(1px',
      'a\\',
    ];
    for (const value of hostile) {
      expect(variablesToCss({ colorPrimary: value }), value).to.equal('');
    }
    expect(variablesToCss({ colorPrimary: 'red', colorDanger: 'x;y' })).to.equal('--clerk-color-primary:red');
    expect(variablesToCss({ fontFamily: '"Open Sans", system-ui' })).to.equal(
      '--clerk-font-family:"Open Sans", system-ui',
    );
  });
});

describe('elementsToCss', () => {
  it('scopes each style object to its cl- class with flat specificity, numbers as px', () => {
    const css = elementsToCss(
      [{ formButtonPrimary: { fontSize: 14, lineHeight: 1.5, zIndex: 2, backgroundColor: '#611BBD', margin: 0 } }],
      'latch-sign-in',
    );
    expect(css).to.equal(
      ':where(latch-sign-in) .cl-formButtonPrimary{font-size:14px;line-height:1.5;z-index:2;background-color:#611BBD;margin:0}',
    );
    const rule = sheet(css).cssRules[0] as CSSStyleRule;
    expect(rule.style.fontSize).to.equal('14px');
  });

  it('flattens nested selectors, selector lists and media queries', () => {
    const css = elementsToCss(
      [
        {
          formButtonPrimary: {
            color: 'white',
            '&:hover, &:focus-visible': { color: 'yellow' },
            '& .cl-spinner': { opacity: 0.5 },
            '.cl-buttonArrowIcon': { display: 'none' },
            '@media (max-width: 40rem)': { width: '100%', '&:active': { color: 'red' } },
          },
        },
      ],
      '.root',
    );
    const s = ':where(.root) .cl-formButtonPrimary';
    expect(css).to.equal(
      `${s}{color:white}${s}:hover,${s}:focus-visible{color:yellow}${s} .cl-spinner{opacity:0.5}` +
        `${s} .cl-buttonArrowIcon{display:none}@media (max-width: 40rem){${s}{width:100%}${s}:active{color:red}}`,
    );
    expect(sheet(css).cssRules).to.have.length(5);
  });

  it('targets id, state and id+state variants', () => {
    const css = elementsToCss(
      [
        {
          formField__emailAddress: { order: 1 },
          formButtonPrimary__loading: { opacity: 0.6 },
          formFieldInput__password__error: { borderColor: 'red' },
        },
      ],
      'x-s',
    );
    expect(css).to.include(':where(x-s) .cl-formField__emailAddress{order:1}');
    expect(css).to.include(':where(x-s) .cl-formButtonPrimary__loading{opacity:0.6}');
    expect(css).to.include(':where(x-s) .cl-formFieldInput__password.cl-formFieldInput__error{border-color:red}');
  });

  it('styles the root box itself, which carries the scope class', () => {
    const css = elementsToCss([{ rootBox: { fontFamily: 'serif' } }], '.latch-s1');
    expect(css).to.equal('.cl-rootBox:where(.latch-s1){font-family:serif}');
    const root = document.createElement('div');
    root.className = 'cl-rootBox latch-s1';
    expect(root.matches('.cl-rootBox:where(.latch-s1)')).to.equal(true);
  });

  it('keeps layers in order and ignores class strings', () => {
    const css = elementsToCss([{ card: { color: 'red' } }, { card: 'tw-card' }, { card: { color: 'blue' } }], 'x');
    expect(css).to.equal(':where(x) .cl-card{color:red}:where(x) .cl-card{color:blue}');
  });

  it('converts vendor prefixes and keeps custom properties', () => {
    const css = elementsToCss([{ card: { WebkitLineClamp: 2, msFlex: 1, '--card-gap': 4 } }], 'x');
    expect(css).to.equal(':where(x) .cl-card{-webkit-line-clamp:2;-ms-flex:1;--card-gap:4}');
  });

  it('drops hostile values, properties, selectors and keys, keeping the rest', () => {
    const elements = {
      card: {
        color: 'red;} body{display:none',
        'background}x{': 'blue',
        '&:hover{}': { color: 'red' },
        '@import url(evil.css)': { color: 'red' },
        padding: 8,
      },
      'card} body{': { color: 'red' },
      'card, body': { color: 'red' },
    } as unknown as Elements;
    const css = elementsToCss([elements], 'x');
    expect(css).to.equal(':where(x) .cl-card{padding:8px}');
    expect(sheet(css).cssRules).to.have.length(1);
    expect(elementsToCss([{ card: { color: 'red' } }], 'x{} body')).to.equal('');
  });

  it('wraps the rules in @layer when a layer name is given', () => {
    const css = elementsToCss([{ card: { color: 'red' } }], 'x', 'components');
    expect(css).to.equal('@layer components{:where(x) .cl-card{color:red}}');
    expect((sheet(css).cssRules[0] as CSSLayerBlockRule).name).to.equal('components');
    expect(elementsToCss([{ card: { color: 'red' } }], 'x', 'bad name{')).to.equal(':where(x) .cl-card{color:red}');
  });

  it('produces a stylesheet the browser accepts for a whole prebuilt theme', () => {
    const resolved = resolveAppearance({ theme: neobrutalism, cssLayerName: 'latch' }, 'signIn');
    const css = appearanceToCss(resolved, 'latch-sign-in');
    expect(css.startsWith('@layer latch{:where(latch-sign-in){--clerk-color-primary:#DF1B1B')).to.equal(true);
    const layer = sheet(css).cssRules[0] as CSSLayerBlockRule;
    expect(layer.cssRules.length).to.be.greaterThan(30);
  });
});

describe('classesFor', () => {
  const resolved = resolveAppearance(
    {
      elements: {
        formButtonPrimary: 'g-base',
        formButtonPrimary__loading: 'g-loading',
        formField: 'g-field',
        formField__emailAddress: 'g-email',
        formField__emailAddress__error: 'g-email-error',
        card: { color: 'red' },
      },
    },
    'signIn',
    { elements: { formButtonPrimary: 'p-base  ', formField__error: 'p-error' } },
  );

  it('gives the stable cl- classes', () => {
    expect(classesFor(resolved, 'card')).to.equal('cl-card');
    expect(
      classesFor(resolveAppearance(undefined, 'signIn'), 'formField', { id: 'password', required: true }),
    ).to.equal('cl-formField cl-formField__password cl-required');
  });

  it('adds id and state variants and the user classes, layer by layer', () => {
    expect(classesFor(resolved, 'formButtonPrimary', { state: 'loading' })).to.equal(
      'cl-formButtonPrimary cl-formButtonPrimary__loading g-base g-loading p-base',
    );
    expect(classesFor(resolved, 'formField', { id: 'emailAddress', state: 'error' })).to.equal(
      'cl-formField cl-formField__emailAddress cl-formField__error g-field g-email g-email-error p-error',
    );
  });

  it('returns the same string for the same input (memoized)', () => {
    const first = classesFor(resolved, 'formField', { id: 'emailAddress' });
    expect(classesFor(resolved, 'formField', { id: 'emailAddress' })).to.equal(first);
    expect(first).to.equal('cl-formField cl-formField__emailAddress g-field g-email');
  });
});
