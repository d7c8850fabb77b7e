import { createTheme } from '../appearance/theme.js';
import { dark } from './dark.js';

/** Purple card, yellow accents, cyan input text; built on `dark`. */
export const shadesOfPurple = createTheme({
  theme: dark,
  variables: {
    colorBackground: '#3f3c77',
    colorPrimary: '#f8d80d',
    colorPrimaryForeground: '#38375f',
    colorInputForeground: '#a1fdfe',
    colorShimmer: 'rgba(161,253,254,0.36)',
  },
});
