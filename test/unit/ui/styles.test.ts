/**
 * Shared stylesheets: a sheet adopted later for a lazily loaded step goes before the elements' appearance sheets
 * (so `appearance.elements` keeps winning), and the build's CSS minifier changes no rule.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { minifyCss } from '../../../scripts/minify-css-literals.mjs';
import { adoptSheets, instanceSheet, sheetFrom } from '../../../src/components/base/adopt-styles.js';
import { baseCss, type ElementCss } from '../../../src/components/base/base.styles.js';
import { stepsCss } from '../../../src/components/base/steps.styles.js';
import { signInCss } from '../../../src/components/sign-in/sign-in.styles.js';
import { strengthMeterCss } from '../../../src/components/sign-up/password-strength.styles.js';
import { signUpCss } from '../../../src/components/sign-up/sign-up.styles.js';
import { userProfileCss } from '../../../src/components/user-profile/user-profile.styles.js';

const minify = minifyCss as (css: string) => string;

/**
 * A rule as the browser parsed it: selectors and media conditions as it writes them, and each declaration. A value
 * holding var() is kept as written, so those are compared without the spaces and leading zeros CSS ignores.
 */
const sameValue = (value: string) => value.replace(/\s*([,*/()])\s*/g, '$1').replace(/(^|[^\d.])0\./g, '$1.');
function ruleOf(rule: CSSRule): unknown {
  if (rule instanceof CSSStyleRule) {
    const { style } = rule;
    return [
      rule.selectorText,
      [...style].map((p) => `${p}:${sameValue(style.getPropertyValue(p))}${style.getPropertyPriority(p)}`),
    ];
  }
  if (rule instanceof CSSMediaRule || rule instanceof CSSKeyframesRule) {
    return [rule.cssText.slice(0, rule.cssText.indexOf('{')), [...rule.cssRules].map(ruleOf)];
  }
  return rule.cssText;
}
const parsed = (css: string) => [...sheetFrom(css).cssRules].map(ruleOf);

describe('adoptSheets', () => {
  let saved: CSSStyleSheet[];
  beforeEach(() => {
    saved = [...document.adoptedStyleSheets];
    document.adoptedStyleSheets = [];
  });
  afterEach(() => {
    document.adoptedStyleSheets = saved;
  });

  it('appends by default, and adopts a sheet once', () => {
    const [a, b] = [sheetFrom('.a{}'), sheetFrom('.b{}')];
    adoptSheets(document.body, [a]);
    adoptSheets(document.body, [b, a]);
    expect(document.adoptedStyleSheets).to.deep.equal([a, b]);
  });

  it('puts the sheets of a lazily loaded part before the first instance sheet', () => {
    const [base, own, step] = [sheetFrom('.base{}'), sheetFrom('.own{}'), sheetFrom('.step{}')];
    const [first, second] = [instanceSheet(), instanceSheet()];
    adoptSheets(document.body, [base, own, first]);
    adoptSheets(document.body, [base, second]);
    adoptSheets(document.body, [step], true);
    expect(document.adoptedStyleSheets).to.deep.equal([base, own, step, first, second]);
    adoptSheets(document.body, [step], true);
    expect(document.adoptedStyleSheets).to.have.length(5);
  });

  it('appends them when no element has an instance sheet there yet', () => {
    const [base, step] = [sheetFrom('.base{}'), sheetFrom('.step{}')];
    adoptSheets(document.body, [base]);
    adoptSheets(document.body, [step], true);
    expect(document.adoptedStyleSheets).to.deep.equal([base, step]);
  });
});

describe('minifyCss', () => {
  const sheets: Record<string, ElementCss> = {
    baseCss,
    stepsCss,
    signInCss,
    signUpCss,
    strengthMeterCss,
    userProfileCss,
  };
  for (const [name, css] of Object.entries(sheets)) {
    it(`leaves every rule of ${name} as the browser reads it`, () => {
      for (const text of [css.structure, css.look ?? '']) expect(parsed(minify(text))).to.deep.equal(parsed(text));
    });
  }

  it('keeps the spaces CSS needs and drops the others', () => {
    expect(minify('.a :where(:not([data-x] *)) { inline-size: calc(var(--s) * 0.5 + 1px); }')).to.equal(
      '.a :where(:not([data-x] *)){inline-size:calc(var(--s)*.5 + 1px)}',
    );
    expect(minify('.a { margin: -0.5rem 10.5rem; color: rgb(0 0 0 / 0.5) !important; }')).to.equal(
      '.a{margin:-.5rem 10.5rem;color:rgb(0 0 0/.5)!important}',
    );
  });
});
