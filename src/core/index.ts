/** The Latch core: the `Latch` object, redirect rules, session refresh, the default-instance registry. */
import { Latch } from './latch.js';

export { latchContext } from './context.js';
export type {
  BuildAuthUrlOptions,
  ComponentProps,
  LatchListener,
  LatchOptions,
  LatchResources,
  LatchStatus,
  NavigateOptions,
  RouterFn,
  SetActiveParams,
  SignOutCallback,
  SignOutOptions,
} from './latch.js';
export type { HandleRedirectCallbackParams, RedirectCallbackOutcome } from './redirect-callback.js';
export { type RedirectCallbackModule, setRedirectCallbackLoader } from './redirect-callback-loader.js';
export type {
  AllowedRedirectOrigin,
  IsAllowedRedirectOptions,
  RedirectAllowList,
  RedirectKind,
  RedirectOptions,
  RedirectProps,
  ResolveRedirectUrlInput,
} from './redirects.js';
export { isAllowedRedirect, REDIRECT_URL_PARAM, resolveRedirectUrl } from './redirects.js';
export { getDefaultLatch, onDefaultLatch, setDefaultLatch } from './registry.js';
export type { Clock, SessionRefreshHost, SessionRefreshOptions } from './session-refresh.js';
export { FOCUS_TOUCH_THROTTLE_MS, REFRESH_RETRY_MS, SessionRefresh, systemClock } from './session-refresh.js';
export { LATCH_VERSION } from './version.js';
export { Latch };
export default Latch;
