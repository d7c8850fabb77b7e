/** Every FAPI schema (zod/mini) and the JSON types inferred from them (the shapes after parsing). */
export * from './client.js';
export * from './common.js';
export * from './environment.js';
export * from './errors.js';
export { isKnownValue, openEnum } from './helpers.js';
export * from './organization.js';
export * from './passkey.js';
export * from './session.js';
export * from './sign-in.js';
export * from './sign-up.js';
export * from './user.js';
export * from './waitlist.js';
