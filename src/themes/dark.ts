import { createTheme } from '../appearance/theme.js';

/** Light text on a charcoal card. Monochrome brand icons are inverted so they stay visible. */
export const dark = createTheme({
  variables: {
    colorBackground: '#212126',
    colorNeutral: 'white',
    colorPrimary: '#ffffff',
    colorPrimaryForeground: 'black',
    colorForeground: 'white',
    colorInputForeground: 'white',
    colorInput: '#26262B',
  },
  elements: {
    providerIcon__apple: { filter: 'invert(1)' },
    providerIcon__github: { filter: 'invert(1)' },
    providerIcon__okx_wallet: { filter: 'invert(1)' },
    providerIcon__vercel: { filter: 'invert(1)' },
  },
});
