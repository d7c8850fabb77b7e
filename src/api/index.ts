/** Public surface of the API layer: the port, both adapters, the errors and the wire schemas/types. */
export {
  type ApiErrorItem,
  type ApiErrorMeta,
  type ErrorCode,
  errorCodes,
  isLatchApiError,
  isLatchRuntimeError,
  LatchApiError,
  type LatchApiErrorInit,
  LatchRuntimeError,
  type LatchRuntimeErrorCode,
} from './errors.js';
export type * from './fapi.js';
export { DEV_BROWSER_HEADER, DEV_BROWSER_PARAM } from './http/dev-browser.js';
export { browserDevBrowserStore, DevBrowser, type DevBrowserStore } from './http/dev-browser-store.js';
export {
  DEFAULT_JS_VERSION,
  DEFAULT_TIMEOUT_MS,
  FAPI_VERSION,
  HttpFrontendApi,
  type HttpFrontendApiOptions,
  resolveBaseUrl,
} from './http/http-api.js';
export {
  buildPublishableKey,
  type InstanceType,
  type ParsedPublishableKey,
  type ParsePublishableKeyOptions,
  parsePublishableKey,
} from './http/publishable-key.js';
export { buildUrl, camelToSnake, toFormBody, type WireParams, type WireValue } from './http/wire.js';
export { defaultEnvironment } from './memory/default-environment.js';
export {
  DEMO_USER,
  type FrontendApiMethod,
  type MemoryCall,
  MemoryFrontendApi,
  type MemoryFrontendApiOptions,
  type MemoryUserSeed,
  type SentCode,
} from './memory/memory-api.js';
export { SESSION_TOKEN_TTL_SECONDS, unsignedSessionJwt } from './memory/unsigned-jwt.js';
export * from './schemas/index.js';
export { parseOrThrow } from './validate.js';
