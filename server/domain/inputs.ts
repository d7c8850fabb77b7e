import { normalizeIdentifier, normalizePersonName, type TextCheck } from '../../src/core/identifiers.js';
import { errors } from '../errors.js';
import { jsonShapeProblem, METADATA_LIMITS } from './json-shape.js';

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

function checked(param: string, check: TextCheck): string {
  if (check.ok) return check.value;
  throw errors.paramFormatInvalid(param, `${param} contains hidden or control characters; type it without them.`);
}

/**
 * An identifier param (email address, username, sign-in identifier) as stored and compared: the shared rules of
 * src/core/identifiers.ts (NFC, trimmed, lower-cased), or 422 form_param_format_invalid naming the param.
 */
export function identifierParam(param: string, value: string): string {
  return checked(param, normalizeIdentifier(value));
}

/** An email address param: identifier rules, then the address format. */
export function emailAddressParam(param: string, value: string): string {
  const email = identifierParam(param, value);
  assertEmailFormat(email, param);
  return email;
}

/** A first or last name param: any script, NFC, trimmed, no control or hidden formatting characters. */
export function personNameParam(param: string, value: string): string {
  return checked(param, normalizePersonName(value));
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function assertEmailFormat(email: string, param = 'email_address'): void {
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    throw errors.paramFormatInvalid(param, `${param} must be a valid email address.`);
  }
}

/**
 * A metadata param (`unsafe_metadata`, …) as the JSON text to store: a JSON object, sent as a JSON string on the
 * form wire or as an object in JSON bodies; `null`/`""` clears it. Depth, entry count and stored size are
 * bounded (METADATA_LIMITS), so what is stored can always be serialized back without overflowing anything.
 */
export function metadataParam(param: string, value: unknown): string {
  if (value === null) return '{}';
  let parsed = value;
  if (typeof value === 'string') {
    if (value.length > METADATA_LIMITS.maxBytes) throw metadataTooLarge(param);
    try {
      parsed = JSON.parse(value);
    } catch {
      throw errors.paramFormatInvalid(param, `${param} must be a JSON object.`);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw errors.paramFormatInvalid(param, `${param} must be a JSON object.`);
  }
  const problem = jsonShapeProblem(parsed, METADATA_LIMITS);
  if (problem === 'too_deep') {
    throw errors.paramValueInvalid(param, `${param} may be nested at most ${METADATA_LIMITS.maxDepth} levels deep.`);
  }
  if (problem === 'too_many_entries') {
    throw errors.paramValueInvalid(param, `${param} may hold at most ${METADATA_LIMITS.maxEntries} keys and items.`);
  }
  const json = JSON.stringify(parsed);
  if (Buffer.byteLength(json) > METADATA_LIMITS.maxBytes) throw metadataTooLarge(param);
  return json;
}

function metadataTooLarge(param: string) {
  return errors.paramValueInvalid(param, `${param} must be at most ${METADATA_LIMITS.maxBytes} bytes of JSON.`);
}
