import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Clock, MINUTE } from '../clock.js';
import type { Db } from '../db.js';
import { FapiError } from '../errors.js';
import { newId } from '../ids.js';
import { SOCIAL_PROVIDERS, type SocialProvider } from '../instance.js';

/**
 * The providers the mock plays: the social ones, and `enterprise`, the identity provider behind the instance's
 * enterprise connection (an OIDC-like IdP: the same code flow with state and PKCE, its own test identities).
 */
export type MockProvider = SocialProvider | 'enterprise';
export const MOCK_PROVIDERS: readonly MockProvider[] = [...SOCIAL_PROVIDERS, 'enterprise'];

/** Display names of the providers (the authorize page's title). */
export const PROVIDER_NAMES: Record<MockProvider, string> = {
  google: 'Google',
  github: 'GitHub',
  microsoft: 'Microsoft',
  apple: 'Apple',
  enterprise: 'your organization (enterprise SSO)',
};

/** An authorization code lives this long, as short as real providers keep theirs. */
export const AUTHORIZATION_CODE_TTL_MS = 2 * MINUTE;

/** A test identity of the mock provider: what its "userinfo" endpoint would say about the person. */
export interface MockIdentityRow {
  id: string;
  provider: MockProvider;
  email_address: string;
  email_verified: number;
  first_name: string | null;
  last_name: string | null;
  created_at: number;
}

/** What the FAPI learns from the provider after the code exchange (OIDC claims, in our names). */
export interface ProviderIdentity {
  provider: MockProvider;
  provider_user_id: string;
  email_address: string;
  email_verified: boolean;
  first_name: string | null;
  last_name: string | null;
}

interface CodeRow {
  code_hash: string;
  identity_id: string;
  redirect_uri: string;
  code_challenge: string;
  used_at: number | null;
  expire_at: number;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** RFC 7636 S256: base64url(sha256(verifier)). */
export const pkceChallenge = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export function isMockProvider(value: string): value is MockProvider {
  return (MOCK_PROVIDERS as readonly string[]).includes(value);
}

/**
 * The mock OAuth 2.0 / OIDC provider built into the dev server: test identities a tester picks or makes on the
 * authorize page, single-use authorization codes bound to the redirect URI and the PKCE challenge, and the token
 * exchange the FAPI makes internally (no network: the provider and the FAPI share the process).
 */
export class MockOAuthProvider {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  identities(provider: MockProvider): MockIdentityRow[] {
    return this.db
      .prepare('SELECT * FROM mock_oauth_identities WHERE provider = ? ORDER BY created_at DESC, rowid DESC')
      .all(provider) as MockIdentityRow[];
  }

  identity(provider: MockProvider, id: string): MockIdentityRow | null {
    const row = this.db
      .prepare('SELECT * FROM mock_oauth_identities WHERE id = ? AND provider = ?')
      .get(id, provider) as MockIdentityRow | undefined;
    return row ?? null;
  }

  createIdentity(
    provider: MockProvider,
    input: { email: string; emailVerified: boolean; firstName: string | null; lastName: string | null },
  ): MockIdentityRow {
    const row: MockIdentityRow = {
      id: newId('mockuser'),
      provider,
      email_address: input.email,
      email_verified: input.emailVerified ? 1 : 0,
      first_name: input.firstName,
      last_name: input.lastName,
      created_at: this.clock.now(),
    };
    this.db
      .prepare(
        `INSERT INTO mock_oauth_identities (id, provider, email_address, email_verified, first_name, last_name, created_at)
         VALUES (@id, @provider, @email_address, @email_verified, @first_name, @last_name, @created_at)`,
      )
      .run(row);
    return row;
  }

  /** The tester approved: a fresh code for `identity`, bound to where it may be redeemed and the PKCE challenge. */
  issueCode(identity: MockIdentityRow, redirectUri: string, codeChallenge: string): string {
    const code = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    this.db
      .prepare(
        `INSERT INTO mock_oauth_codes (code_hash, identity_id, redirect_uri, code_challenge, used_at, expire_at, created_at)
         VALUES (?, ?, ?, ?, NULL, ?, ?)`,
      )
      .run(sha256(code), identity.id, redirectUri, codeChallenge, now + AUTHORIZATION_CODE_TTL_MS, now);
    return code;
  }

  /**
   * The token exchange (RFC 6749 §4.1.3 + RFC 7636): the code must be unused, unexpired, redeemed at the redirect
   * URI it was issued for, with the verifier whose S256 hash is its challenge. A code is spent by the first try,
   * right or wrong, as providers do to stop replays.
   */
  exchange(code: string, codeVerifier: string, redirectUri: string): ProviderIdentity {
    const row = this.db.prepare('SELECT * FROM mock_oauth_codes WHERE code_hash = ?').get(sha256(code)) as
      | CodeRow
      | undefined;
    if (!row || row.used_at !== null) throw invalidGrant('The authorization code is unknown or was already used.');
    this.db.prepare('UPDATE mock_oauth_codes SET used_at = ? WHERE code_hash = ?').run(this.clock.now(), row.code_hash);
    if (this.clock.now() >= row.expire_at) throw invalidGrant('The authorization code has expired.');
    if (row.redirect_uri !== redirectUri) throw invalidGrant('The redirect URI does not match the authorization.');
    const expected = Buffer.from(row.code_challenge);
    const given = Buffer.from(pkceChallenge(codeVerifier));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw invalidGrant('The PKCE code verifier does not match the challenge.');
    }
    const identity = this.db.prepare('SELECT * FROM mock_oauth_identities WHERE id = ?').get(row.identity_id) as
      | MockIdentityRow
      | undefined;
    if (!identity) throw invalidGrant('The identity behind the code no longer exists.');
    return {
      provider: identity.provider,
      provider_user_id: identity.id,
      email_address: identity.email_address,
      email_verified: identity.email_verified === 1,
      first_name: identity.first_name,
      last_name: identity.last_name,
    };
  }
}

/** The provider refused the exchange (OAuth's `invalid_grant`), said in Clerk's envelope. */
function invalidGrant(longMessage: string): FapiError {
  return new FapiError({
    status: 422,
    code: 'oauth_token_exchange_error',
    message: 'The OAuth provider refused the authorization code.',
    longMessage,
  });
}
