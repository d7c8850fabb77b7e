import type { DevContext } from '../context.js';
import { type EnterpriseConnection, enterpriseConnectionFor } from '../domain/enterprise-sso.js';
import type { ExternalAccountRow } from '../oauth/external-accounts.js';

/**
 * The accounts a user holds at the instance's identity provider (external accounts of the mock's `enterprise`
 * provider). The dev connection plays a SAML connection (`saml_custom`), so each account is listed twice on the
 * User, as Clerk does: in `enterprise_accounts`, and in `saml_accounts`, their older name (Client.SAMLAccount).
 */
export function enterpriseAccountRows(ctx: DevContext, userId: string): ExternalAccountRow[] {
  return ctx.externalAccounts.forUser(userId).filter((row) => row.provider === 'enterprise');
}

const PROVIDER = 'saml_custom';

/** Stubs.Verification.SAML: the identity provider vouched for the address when the account was linked. */
function verification(row: ExternalAccountRow) {
  return {
    object: 'verification_saml',
    status: 'verified',
    strategy: 'saml',
    external_verification_redirect_url: null,
    expire_at: row.created_at,
    attempts: null,
  };
}

/**
 * The connection that owns the account's domain today, or null when the instance dropped that domain (or turned
 * enterprise SSO off) since: the account stays, no longer backed by a connection, and reads as inactive.
 */
function connectionOf(ctx: DevContext, row: ExternalAccountRow): EnterpriseConnection | null {
  return enterpriseConnectionFor(ctx.instance, row.email_address.toLowerCase());
}

/** What both lists say about the connection (Stubs.SAMLConnection.SAMLAccount, additionalProperties false). */
function connectionJSON(ctx: DevContext, connection: EnterpriseConnection, row: ExternalAccountRow) {
  return {
    id: connection.id,
    name: connection.name,
    domains: [...ctx.instance.enterprise_sso.domains],
    active: true,
    provider: PROVIDER,
    sync_user_attributes: true,
    allow_subdomains: false,
    allow_idp_initiated: false,
    disable_additional_identifications: false,
    allow_organization_account_linking: false,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function accountFields(ctx: DevContext, row: ExternalAccountRow) {
  const connection = connectionOf(ctx, row);
  return {
    id: row.id,
    provider: PROVIDER,
    active: connection !== null,
    email_address: row.email_address,
    first_name: row.first_name,
    last_name: row.last_name,
    provider_user_id: row.provider_user_id,
    enterprise_connection_id: connection?.id ?? null,
    last_authenticated_at: row.updated_at,
    public_metadata: {},
    verification: verification(row),
    connection: connection ? connectionJSON(ctx, connection, row) : null,
  };
}

/** Client.SAMLAccount. */
export function samlAccountJSON(ctx: DevContext, row: ExternalAccountRow) {
  const { connection, ...fields } = accountFields(ctx, row);
  return { object: 'saml_account', ...fields, saml_connection: connection };
}

/** Clerk's EnterpriseAccount: the same account, with the connection's protocol. */
export function enterpriseAccountJSON(ctx: DevContext, row: ExternalAccountRow) {
  const { connection, ...fields } = accountFields(ctx, row);
  return {
    object: 'enterprise_account',
    protocol: 'saml',
    ...fields,
    enterprise_connection: connection && { ...connection, protocol: 'saml', logo_public_url: null },
  };
}
