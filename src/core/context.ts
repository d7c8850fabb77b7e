import { createContext } from '@lit/context';
import type { Latch } from './latch.js';

/**
 * How elements find their Latch through the DOM (a `<latch-provider>` ancestor). The key is a global symbol so
 * two copies of the bundle on one page still agree on it.
 */
export const latchContext = createContext<Latch>(Symbol.for('latch'));
