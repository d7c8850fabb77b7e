import { createHash } from 'node:crypto';
import type { InstanceConfig } from '../instance.js';
import type { SignInFactor } from './sign-ins.js';

/** The instance's enterprise connection, as a sign-in names it (`enterprise_connection_id`/`_name`). */
export interface EnterpriseConnection {
  id: string;
  name: string;
}

/**
 * The enterprise connection that owns `identifier`'s email domain, or null. Only an email address can belong
 * to one; the domain is compared in lower case (identifiers are normalized before they get here).
 */
export function enterpriseConnectionFor(
  instance: InstanceConfig,
  identifier: string | null,
): EnterpriseConnection | null {
  const sso = instance.enterprise_sso;
  if (!sso.enabled || !identifier) return null;
  const at = identifier.lastIndexOf('@');
  if (at < 0) return null;
  const domain = identifier.slice(at + 1).toLowerCase();
  if (!sso.domains.includes(domain)) return null;
  // A stable id from the name, so a restart or a PATCH of the domains keeps naming the same connection.
  const id = `ent_${createHash('sha256').update(sso.name).digest('hex').slice(0, 24)}`;
  return { id, name: sso.name };
}

/** The one first factor an enterprise identifier has: its identity provider (Clerk's `enterprise_sso`). */
export function enterpriseFactor(connection: EnterpriseConnection, identifier: string): SignInFactor {
  return {
    strategy: 'enterprise_sso',
    safe_identifier: identifier,
    enterprise_connection_id: connection.id,
    enterprise_connection_name: connection.name,
  };
}
