import type { Context } from '@lit/context';
import type { Latch } from './latch.js';

/**
 * How elements find their Latch through the DOM: an ancestor that answers the community context protocol's
 * `context-request` event for this key (e.g. @lit/context's `ContextProvider`). The key is a global symbol so two
 * copies of the bundle on one page still agree on it. `createContext` only casts its key, so this is the same
 * value without loading @lit/context.
 */
export const latchContext = Symbol.for('latch') as Context<symbol, Latch>;
