import { expect } from '@open-wc/testing';
import { DEFAULT_OPTIONS, resolveAppearance } from '../../../src/appearance/resolve.js';
import type { Appearance, Theme } from '../../../src/appearance/types.js';
import { dark, neobrutalism, shadesOfPurple, simple } from '../../../themes/index.js';

describe('resolveAppearance', () => {
  it('returns the defaults for no appearance', () => {
    const resolved = resolveAppearance(undefined, 'signIn');
    expect(resolved.variables).to.deep.equal({});
    expect(resolved.options).to.deep.equal(DEFAULT_OPTIONS);
    expect(resolved.elements).to.deep.equal([]);
    expect(resolved.simpleStyles).to.equal(false);
    expect(resolved.cssLayerName).to.equal(undefined);
  });

  it('cascades global → global[component] → component prop, last wins', () => {
    const global: Appearance = {
      variables: { colorPrimary: 'blue', colorDanger: 'crimson' },
      signIn: { variables: { colorPrimary: 'green', colorSuccess: 'lime' } },
      signUp: { variables: { colorPrimary: 'purple' } },
    };
    const resolved = resolveAppearance(global, 'signIn', { variables: { colorSuccess: 'teal' } });
    expect(resolved.variables).to.deep.equal({ colorPrimary: 'green', colorDanger: 'crimson', colorSuccess: 'teal' });
    expect(resolveAppearance(global, 'signUp').variables.colorPrimary).to.equal('purple');
    expect(resolveAppearance(global, 'userButton').variables.colorPrimary).to.equal('blue');
  });

  it('puts a layer’s themes before the layer itself, depth-first, arrays in order', () => {
    const a: Theme = { variables: { colorPrimary: 'a', colorDanger: 'a' }, elements: { card: 'from-a' } };
    const b: Theme = { theme: a, variables: { colorPrimary: 'b' }, elements: { card: 'from-b' } };
    const c: Theme = { variables: { colorDanger: 'c' }, elements: { card: 'from-c' } };
    const resolved = resolveAppearance({ theme: [b, c], elements: { card: 'global' } }, 'signIn', {
      elements: { card: 'prop' },
    });
    expect(resolved.variables).to.deep.equal({ colorPrimary: 'b', colorDanger: 'c' });
    expect(resolved.elements.map((layer) => layer.card)).to.deep.equal([
      'from-a',
      'from-b',
      'from-c',
      'global',
      'prop',
    ]);
  });

  it('applies the nested prebuilt themes: shadesOfPurple sits on dark', () => {
    const resolved = resolveAppearance({ theme: shadesOfPurple }, 'signIn');
    expect(resolved.variables.colorBackground).to.equal('#3f3c77');
    expect(resolved.variables.colorForeground).to.equal('white');
    expect(resolved.variables.colorPrimary).to.equal('#f8d80d');
    expect(resolved.elements[0]?.providerIcon__github).to.deep.equal({ filter: 'invert(1)' });
  });

  it('accepts v5 names (baseTheme, layout, colorText, …) and normalizes them to v6', () => {
    const resolved = resolveAppearance(
      {
        baseTheme: dark,
        layout: { socialButtonsPlacement: 'bottom', helpPageUrl: '/help' },
        variables: {
          colorText: 'ink',
          colorTextSecondary: 'grey',
          colorInputText: 'navy',
          colorInputBackground: 'ivory',
          colorTextOnPrimaryBackground: 'snow',
          spacingUnit: '0.9rem',
        },
      },
      'signIn',
    );
    expect(resolved.variables).to.include({
      colorForeground: 'ink',
      colorMutedForeground: 'grey',
      colorInputForeground: 'navy',
      colorInput: 'ivory',
      colorPrimaryForeground: 'snow',
      spacing: '0.9rem',
      colorBackground: '#212126',
    });
    expect(resolved.variables).not.to.have.property('colorText');
    expect(resolved.variables).not.to.have.property('spacingUnit');
    expect(resolved.options.socialButtonsPlacement).to.equal('bottom');
    expect(resolved.options.helpPageUrl).to.equal('/help');
  });

  it('lets a v6 name beat its v5 alias in the same layer, and a later layer beat either', () => {
    const sameLayer = resolveAppearance({ variables: { colorForeground: 'v6', colorText: 'v5' } }, 'signIn');
    expect(sameLayer.variables.colorForeground).to.equal('v6');
    const later = resolveAppearance({ variables: { colorForeground: 'v6' } }, 'signIn', {
      variables: { colorText: 'later' },
    });
    expect(later.variables.colorForeground).to.equal('later');
  });

  it('uses the 500 step of a color scale as the base color', () => {
    const resolved = resolveAppearance(
      { variables: { colorPrimary: { 400: '#88f', 500: '#66f', 600: '#44f' }, colorNeutral: { 500: '#555' } } },
      'signIn',
    );
    expect(resolved.variables.colorPrimary).to.equal('#66f');
    expect(resolved.variables.colorNeutral).to.equal('#555');
  });

  it('merges fontWeight per weight', () => {
    const resolved = resolveAppearance({ variables: { fontWeight: { normal: 300, bold: 800 } } }, 'signIn', {
      variables: { fontWeight: { bold: 900 } },
    });
    expect(resolved.variables.fontWeight).to.deep.equal({ normal: 300, bold: 900 });
  });

  it('merges options shallowly over the defaults, options after layout', () => {
    const resolved = resolveAppearance(
      { layout: { logoPlacement: 'outside', animations: false }, options: { logoPlacement: 'none' } },
      'signIn',
      { options: { showOptionalFields: true } },
    );
    expect(resolved.options).to.deep.equal({
      ...DEFAULT_OPTIONS,
      logoPlacement: 'none',
      animations: false,
      showOptionalFields: true,
    });
  });

  it('turns on simpleStyles if any layer (or the "simple" name) asks for it', () => {
    expect(resolveAppearance({ theme: 'simple' }, 'signIn').simpleStyles).to.equal(true);
    expect(resolveAppearance({ theme: simple }, 'signIn').simpleStyles).to.equal(true);
    expect(resolveAppearance({ theme: [neobrutalism, dark] }, 'signIn').simpleStyles).to.equal(true);
    expect(resolveAppearance({ theme: 'clerk' }, 'signIn').simpleStyles).to.equal(false);
  });

  it('takes the last cssLayerName', () => {
    const resolved = resolveAppearance({ cssLayerName: 'one', signIn: { cssLayerName: 'two' } }, 'signIn', {});
    expect(resolved.cssLayerName).to.equal('two');
  });

  it('calls elements functions with the final variables', () => {
    const resolved = resolveAppearance(
      {
        theme: { elements: ({ theme }) => ({ card: { borderColor: theme.variables.colorPrimary } }) },
      },
      'signIn',
      { variables: { colorPrimary: 'tomato' } },
    );
    expect(resolved.elements).to.deep.equal([{ card: { borderColor: 'tomato' } }]);
  });

  it('survives a theme that lists itself', () => {
    const loop: Theme = { variables: { colorPrimary: 'x' } };
    loop.theme = loop;
    expect(resolveAppearance({ theme: loop }, 'signIn').variables.colorPrimary).to.equal('x');
  });
});
