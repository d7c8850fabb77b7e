import { createTheme } from '../appearance/theme.js';

/** Structure only: Latch's default look is dropped so the page's own CSS (or Tailwind classes) styles everything. */
export const simple = createTheme({ simpleStyles: true });
