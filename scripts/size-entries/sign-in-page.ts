// What a page downloads to show <latch-sign-in>: the core (with the HTTP adapter and its schemas), the
// sign-in element, the appearance engine and the en-US strings. Built minified by `vite build --mode size`.
import '../../src/components/sign-in/index.js';

export { Latch } from '../../src/core/index.js';
