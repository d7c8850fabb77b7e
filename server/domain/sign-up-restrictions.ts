import { errors } from '../errors.js';
import type { InstanceConfig } from '../instance.js';

/**
 * The instance's allowlist and blocklist at sign-up. An entry matches an email address exactly (case-insensitive),
 * an email domain and its subdomains (`example.com` covers `ada@eu.example.com`), or a phone number (E.164).
 */
function matches(entry: string, identifier: string): boolean {
  const wanted = entry.trim().toLowerCase();
  const value = identifier.toLowerCase();
  if (wanted === value) return true;
  if (wanted.includes('@') || wanted.startsWith('+')) return false;
  const domain = value.slice(value.lastIndexOf('@') + 1);
  return value.includes('@') && (domain === wanted || domain.endsWith(`.${wanted}`));
}

/** Refuses (`not_allowed_access` at `param`) an identifier the allowlist leaves out or the blocklist names. */
export function assertIdentifierAllowed(
  restrictions: InstanceConfig['restrictions'],
  param: 'email_address' | 'phone_number',
  identifier: string,
): void {
  const { allowlist, blocklist } = restrictions;
  if (blocklist.some((entry) => matches(entry, identifier))) throw errors.identifierNotAllowed(param);
  if (allowlist.length > 0 && !allowlist.some((entry) => matches(entry, identifier))) {
    throw errors.identifierNotAllowed(param);
  }
}
