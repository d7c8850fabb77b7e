/**
 * The two error families the API layer throws.
 *
 * - `LatchApiError`: the server answered with a status ≥ 400. Carries the FAPI error items (camelCased),
 *   the status, `retryAfter` on 429 and the trace id. UI code routes field errors by `paramName`.
 * - `LatchRuntimeError`: nothing usable came back (network down, timeout, malformed body) or the library was
 *   misused (bad publishable key, not loaded). Carries a stable `code` for localization.
 */
import type { ApiErrorJSON } from './schemas/errors.js';

/** Well-known `meta` fields of a FAPI error item, camelCased; anything else is kept as is. */
export interface ApiErrorMeta {
  paramName?: string;
  sessionId?: string;
  emailAddresses?: string[];
  identifiers?: string[];
  zxcvbn?: { suggestions?: Array<{ code: string; message: string }> };
  [key: string]: unknown;
}

/** One FAPI error item, camelCased. */
export interface ApiErrorItem {
  code: string;
  message: string;
  longMessage?: string;
  meta: ApiErrorMeta;
}

export interface LatchApiErrorInit {
  status: number;
  errors: ApiErrorItem[];
  retryAfter?: number;
  clerkTraceId?: string;
}

export class LatchApiError extends Error {
  override readonly name = 'LatchApiError';
  readonly status: number;
  readonly errors: ApiErrorItem[];
  /** Seconds to wait before retrying (from the `retry-after` header on 429). */
  readonly retryAfter?: number;
  readonly clerkTraceId?: string;

  constructor(init: LatchApiErrorInit) {
    const first = init.errors[0];
    super(first?.longMessage || first?.message || `Request failed with status ${init.status}`);
    this.status = init.status;
    this.errors = init.errors;
    this.retryAfter = init.retryAfter;
    this.clerkTraceId = init.clerkTraceId;
  }

  /** Code of the first error (FAPI puts the most relevant one first). */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  get longMessage(): string | undefined {
    return this.errors[0]?.longMessage;
  }

  /** The form field the first error belongs to (`identifier`, `password`, `code`, …). */
  get paramName(): string | undefined {
    return this.errors[0]?.meta.paramName;
  }
}

export type LatchRuntimeErrorCode =
  | 'network_error'
  | 'request_timeout'
  | 'malformed_response'
  | 'invalid_publishable_key'
  | 'invalid_proxy_url'
  | 'invalid_params'
  | 'not_loaded'
  | (string & {});

export class LatchRuntimeError extends Error {
  override readonly name = 'LatchRuntimeError';
  readonly code: LatchRuntimeErrorCode;

  constructor(code: LatchRuntimeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isLatchApiError(error: unknown): error is LatchApiError {
  return error instanceof LatchApiError;
}

export function isLatchRuntimeError(error: unknown): error is LatchRuntimeError {
  return error instanceof LatchRuntimeError;
}

const snakeToCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

/** Turns a parsed wire error item into an `ApiErrorItem` (meta keys camelCased one level deep). */
export function toApiErrorItem(json: ApiErrorJSON): ApiErrorItem {
  const meta: ApiErrorMeta = {};
  for (const [key, value] of Object.entries(json.meta)) meta[snakeToCamel(key)] = value;
  return { code: json.code, message: json.message, longMessage: json.long_message, meta };
}

/** FAPI error codes the UI reacts to. Values are the wire codes. */
export const errorCodes = {
  FORM_IDENTIFIER_NOT_FOUND: 'form_identifier_not_found',
  FORM_IDENTIFIER_EXISTS: 'form_identifier_exists',
  FORM_PASSWORD_INCORRECT: 'form_password_incorrect',
  FORM_PASSWORD_PWNED: 'form_password_pwned',
  FORM_PASSWORD_LENGTH_TOO_SHORT: 'form_password_length_too_short',
  FORM_PASSWORD_LENGTH_TOO_LONG: 'form_password_length_too_long',
  FORM_PASSWORD_VALIDATION_FAILED: 'form_password_validation_failed',
  FORM_PASSWORD_OR_IDENTIFIER_INCORRECT: 'form_password_or_identifier_incorrect',
  FORM_PARAM_FORMAT_INVALID: 'form_param_format_invalid',
  FORM_PARAM_MISSING: 'form_param_missing',
  FORM_PARAM_NIL: 'form_param_nil',
  FORM_CODE_INCORRECT: 'form_code_incorrect',
  FORM_USERNAME_INVALID_LENGTH: 'form_username_invalid_length',
  VERIFICATION_EXPIRED: 'verification_expired',
  VERIFICATION_FAILED: 'verification_failed',
  SESSION_EXISTS: 'session_exists',
  IDENTIFIER_ALREADY_SIGNED_IN: 'identifier_already_signed_in',
  USER_LOCKED: 'user_locked',
  NOT_ALLOWED_ACCESS: 'not_allowed_access',
  SIGN_UP_RESTRICTED_WAITLIST: 'sign_up_restricted_waitlist',
  CAPTCHA_INVALID: 'captcha_invalid',
  TOO_MANY_REQUESTS: 'too_many_requests',
  RESOURCE_NOT_FOUND: 'resource_not_found',
  AUTHENTICATION_INVALID: 'authentication_invalid',
  SIGNED_OUT: 'signed_out',
  ORIGIN_INVALID: 'origin_invalid',
  DEV_BROWSER_UNAUTHENTICATED: 'dev_browser_unauthenticated',
  REQUIRES_CAPTCHA: 'requires_captcha',
  MAINTENANCE_MODE: 'maintenance_mode',
  /** Synthetic: an error status whose body was not a FAPI error envelope (e.g. a proxy's HTML 502 page). */
  UNEXPECTED_ERROR: 'unexpected_error',
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];
