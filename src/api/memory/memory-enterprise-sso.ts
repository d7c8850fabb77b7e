/**
 * Enterprise SSO on the memory instance, as on the dev server (server/domain/enterprise-sso.ts): addresses of the
 * connection's domains sign in at its identity provider only, which is this page's `#/mock-oauth` fragment (the
 * test hook `returnFromProvider` plays the way back); the user then carries an enterprise account.
 */

/** The memory instance's enterprise connection: its name and the email domains it owns (lower case). */
export interface MemoryEnterpriseSsoSeed {
  name: string;
  domains: string[];
}

export interface EnterpriseConnectionRecord {
  id: string;
  name: string;
}

/** An account at the identity provider, linked when a sign-in through it completed. */
export interface EnterpriseAccountRecord {
  id: string;
  emailAddress: string;
  connection: EnterpriseConnectionRecord;
  createdAt: number;
}

/** The connection owning the identifier's email domain, or null (usernames and phone numbers never have one). */
export function enterpriseConnectionOf(
  seed: MemoryEnterpriseSsoSeed | undefined,
  identifier: string,
): EnterpriseConnectionRecord | null {
  const at = identifier.lastIndexOf('@');
  if (!seed || at < 0) return null;
  const domain = identifier
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (!seed.domains.includes(domain)) return null;
  return { id: `ent_memory_${seed.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`, name: seed.name };
}

/** The one first factor of an enterprise address (SignInFactor `enterprise_sso`). */
export function enterpriseFactorWire(connection: EnterpriseConnectionRecord, identifier: string) {
  return {
    strategy: 'enterprise_sso',
    safe_identifier: identifier,
    enterprise_connection_id: connection.id,
    enterprise_connection_name: connection.name,
  };
}

/** Where the browser goes for the identity provider: the page's own fragment never unloads a story or a test. */
export function enterpriseProviderUrl(): string {
  const provider = new URL(globalThis.location.href);
  provider.hash = '/mock-oauth?strategy=enterprise_sso';
  return provider.href;
}

/** An enterprise account's fields, as the dev server sends them in `enterprise_accounts` and `saml_accounts`. */
function accountFields(account: EnterpriseAccountRecord) {
  return {
    id: account.id,
    provider: 'saml_custom',
    active: true,
    email_address: account.emailAddress,
    first_name: null,
    last_name: null,
    provider_user_id: account.id,
    enterprise_connection_id: account.connection.id,
    last_authenticated_at: account.createdAt,
    public_metadata: {},
    verification: { object: 'verification_saml', status: 'verified', strategy: 'saml', attempts: null },
  };
}

function connectionWire(account: EnterpriseAccountRecord) {
  return { ...account.connection, active: true, provider: 'saml_custom', sync_user_attributes: true };
}

export function enterpriseAccountWire(account: EnterpriseAccountRecord) {
  return {
    object: 'enterprise_account',
    protocol: 'saml',
    ...accountFields(account),
    enterprise_connection: { ...connectionWire(account), protocol: 'saml' },
  };
}

export function samlAccountWire(account: EnterpriseAccountRecord) {
  return { object: 'saml_account', ...accountFields(account), saml_connection: connectionWire(account) };
}
