import { errors } from '../errors.js';

/**
 * Wire values after parsing: `undefined` = the param was not sent, `null` = sent empty (`""` means null on the
 * FAPI wire). The distinction picks between form_param_missing and form_param_nil.
 */
export type WireString = string | null | undefined;

export function requireParam(value: WireString, param: string): string {
  if (value === undefined) throw errors.paramMissing(param);
  if (value === null || value.trim() === '') throw errors.paramNil(param);
  return value;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function assertEmailFormat(email: string, param = 'email_address'): void {
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    throw errors.paramFormatInvalid(param, `${param} must be a valid email address.`);
  }
}
