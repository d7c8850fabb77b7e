import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Ordered migrations; `PRAGMA user_version` records how many have run, so an existing .data/dev.sqlite is
 * upgraded in place. Append new steps, never edit old ones.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    sign_in_id TEXT,
    sign_up_id TEXT,
    last_active_session_id TEXT,
    last_authentication_strategy TEXT,
    cookie_expires_at INTEGER NOT NULL,
    destroyed_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE dev_browsers (
    id TEXT PRIMARY KEY,
    client_id TEXT REFERENCES clients(id),
    created_at INTEGER NOT NULL
  );

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    username TEXT,
    password_digest TEXT,
    password_updated_at INTEGER,
    primary_email_address_id TEXT,
    public_metadata TEXT NOT NULL DEFAULT '{}',
    unsafe_metadata TEXT NOT NULL DEFAULT '{}',
    failed_password_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    legal_accepted_at INTEGER,
    last_sign_in_at INTEGER,
    last_active_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE email_addresses (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    email_address TEXT NOT NULL UNIQUE COLLATE NOCASE,
    verification_strategy TEXT NOT NULL,
    verification_attempts INTEGER,
    verification_expire_at INTEGER NOT NULL,
    verified_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  -- One-time codes and password checks. code_hash is sha256(code): a stolen database reveals no live codes.
  CREATE TABLE verifications (
    id TEXT PRIMARY KEY,
    strategy TEXT NOT NULL,
    status TEXT NOT NULL,
    target TEXT,
    code_hash TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    expire_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE sign_ins (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    status TEXT NOT NULL,
    identifier TEXT,
    user_id TEXT REFERENCES users(id),
    first_factor_verification_id TEXT REFERENCES verifications(id),
    created_session_id TEXT,
    abandon_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE sign_ups (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    status TEXT NOT NULL,
    email_address TEXT,
    email_verification_id TEXT REFERENCES verifications(id),
    password_digest TEXT,
    first_name TEXT,
    last_name TEXT,
    unsafe_metadata TEXT NOT NULL DEFAULT '{}',
    legal_accepted_at INTEGER,
    created_user_id TEXT,
    created_session_id TEXT,
    abandon_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    expire_at INTEGER NOT NULL,
    abandon_at INTEGER NOT NULL,
    last_active_at INTEGER NOT NULL,
    first_factor_verified_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_client ON sessions(client_id);

  CREATE TABLE mailbox (
    id TEXT PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    code TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX mailbox_by_to ON mailbox(to_address COLLATE NOCASE);
  `,
  // Second factors (sign-in MFA): an authenticator app's secret, a phone reserved for SMS codes, backup codes.
  `
  CREATE TABLE totp_secrets (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    secret TEXT NOT NULL,
    last_used_counter INTEGER,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE mfa_phone_numbers (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    phone_number TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX mfa_phone_numbers_by_user ON mfa_phone_numbers(user_id);

  -- code_hash is sha256(salt + code): each code is single use (used_at) and never stored in the clear.
  CREATE TABLE backup_codes (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX backup_codes_by_user ON backup_codes(user_id);

  ALTER TABLE sign_ins ADD COLUMN second_factor_verification_id TEXT REFERENCES verifications(id);
  `,
  // Phone numbers and usernames as sign-in identifiers; email links remember where to send the browser back.
  `
  CREATE TABLE phone_numbers (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    phone_number TEXT NOT NULL UNIQUE,
    verified_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX phone_numbers_by_user ON phone_numbers(user_id);
  ALTER TABLE users ADD COLUMN primary_phone_number_id TEXT;
  CREATE UNIQUE INDEX users_by_username ON users(username COLLATE NOCASE) WHERE username IS NOT NULL;
  ALTER TABLE verifications ADD COLUMN redirect_url TEXT;
  CREATE INDEX verifications_by_code_hash ON verifications(code_hash);
  `,
  // The waitlist (server/domain/waitlist.ts): one entry per address; ticket_hash is sha256(ticket), single use.
  `
  CREATE TABLE waitlist_entries (
    id TEXT PRIMARY KEY,
    email_address TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status TEXT NOT NULL,
    ticket_hash TEXT UNIQUE,
    ticket_expire_at INTEGER,
    invited_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // The user's own account (/v1/me): uploaded profile images, and the code an added email or phone is verified by.
  `
  CREATE TABLE profile_images (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE REFERENCES users(id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    public_url TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  ALTER TABLE email_addresses ADD COLUMN verification_id TEXT REFERENCES verifications(id);
  ALTER TABLE phone_numbers ADD COLUMN verification_id TEXT REFERENCES verifications(id);
  `,
  // Passkeys (server/domain/passkeys.ts): a row exists from the start of a registration (credential_id null)
  // until removed; the WebAuthn options a verification sent (challenge included) are kept in verifications.nonce.
  `
  CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    credential_id TEXT UNIQUE,
    public_key TEXT,
    counter INTEGER NOT NULL DEFAULT 0,
    transports TEXT,
    verification_id TEXT REFERENCES verifications(id),
    verified_at INTEGER,
    last_used_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX passkeys_by_user ON passkeys(user_id);
  ALTER TABLE verifications ADD COLUMN nonce TEXT;
  `,
  // Organizations (issue 10): organizations, who belongs to them with which role, and each session's active one.
  `
  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE COLLATE NOCASE,
    max_allowed_memberships INTEGER NOT NULL,
    admin_delete_enabled INTEGER NOT NULL,
    public_metadata TEXT NOT NULL DEFAULT '{}',
    created_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE organization_memberships (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    public_metadata TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organization_id, user_id)
  );
  CREATE INDEX organization_memberships_by_user ON organization_memberships(user_id);

  ALTER TABLE sessions ADD COLUMN last_active_organization_id TEXT;
  `,
  // Sign-up collects a username and a phone number (verified by an SMS code) when the instance turns them on.
  `
  ALTER TABLE sign_ups ADD COLUMN username TEXT;
  ALTER TABLE sign_ups ADD COLUMN phone_number TEXT;
  ALTER TABLE sign_ups ADD COLUMN phone_verification_id TEXT REFERENCES verifications(id);
  `,
  // OAuth and enterprise SSO (server/oauth): the accounts users linked, the FAPI's pending redirects (state and
  // the PKCE verifier it keeps), and the mock provider's own test identities and single-use authorization codes.
  // Secrets that only need comparing (state, codes) are stored as sha256.
  `
  CREATE TABLE external_accounts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    provider TEXT NOT NULL,
    provider_user_id TEXT NOT NULL,
    email_address TEXT NOT NULL,
    email_address_verified INTEGER NOT NULL,
    first_name TEXT,
    last_name TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (provider, provider_user_id)
  );
  CREATE INDEX external_accounts_by_user ON external_accounts(user_id);

  CREATE TABLE oauth_flows (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    kind TEXT NOT NULL,
    flow_id TEXT NOT NULL,
    verification_id TEXT NOT NULL REFERENCES verifications(id),
    provider TEXT NOT NULL,
    state_hash TEXT NOT NULL UNIQUE,
    code_verifier TEXT NOT NULL,
    redirect_url TEXT NOT NULL,
    action_complete_redirect_url TEXT,
    identity TEXT,
    used_at INTEGER,
    expire_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX oauth_flows_by_verification ON oauth_flows(verification_id);

  CREATE TABLE mock_oauth_identities (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    email_address TEXT NOT NULL,
    email_verified INTEGER NOT NULL,
    first_name TEXT,
    last_name TEXT,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE mock_oauth_codes (
    code_hash TEXT PRIMARY KEY,
    identity_id TEXT NOT NULL REFERENCES mock_oauth_identities(id),
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    used_at INTEGER,
    expire_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );

  -- A sign-up that came from a provider: its external verification and the identity the provider vouched for.
  ALTER TABLE sign_ups ADD COLUMN external_verification_id TEXT REFERENCES verifications(id);
  ALTER TABLE sign_ups ADD COLUMN external_identity TEXT;
  `,
  // Verified domains (issue 10): an organization's email domains, the suggestions and invitations they produce for
  // users with a verified address there, and the membership requests users send by accepting a suggestion.
  `
  CREATE TABLE organization_domains (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    enrollment_mode TEXT NOT NULL,
    affiliation_email_address TEXT,
    verification_id TEXT REFERENCES verifications(id),
    verified_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organization_id, name)
  );
  CREATE INDEX organization_domains_by_name ON organization_domains(name);

  CREATE TABLE organization_invitations (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    email_address TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    domain_id TEXT REFERENCES organization_domains(id) ON DELETE SET NULL,
    public_metadata TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX organization_invitations_by_email ON organization_invitations(email_address);

  CREATE TABLE organization_suggestions (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    domain_id TEXT REFERENCES organization_domains(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organization_id, user_id)
  );

  CREATE TABLE organization_membership_requests (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX organization_membership_requests_by_org ON organization_membership_requests(organization_id);
  `,
  // Profile security page: an authenticator-app secret waiting for its first code, the browser each client
  // was last seen from (the active-devices list), and the tombstone of a deleted account.
  `
  CREATE TABLE pending_totp_secrets (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    id TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE client_activities (
    client_id TEXT PRIMARY KEY REFERENCES clients(id),
    user_agent TEXT NOT NULL,
    ip_address TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  ALTER TABLE users ADD COLUMN deleted_at INTEGER;
  `,
  // Organization invitations sent by an admin and organization logos (issue 10, the organization profile). The
  // invitations table exists already (verified domains create invitations too); an admin's invitation adds its
  // ticket, stored as its sha256, the sign-up that redeemed it (whose completion joins the organization) and an
  // expiry. A domain's invitation has no ticket and does not expire: the default is the year 9999.
  `
  ALTER TABLE organization_invitations ADD COLUMN ticket_hash TEXT;
  ALTER TABLE organization_invitations ADD COLUMN sign_up_id TEXT;
  ALTER TABLE organization_invitations ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 253402300799000;
  CREATE UNIQUE INDEX organization_invitations_by_ticket ON organization_invitations(ticket_hash);
  CREATE INDEX organization_invitations_by_org ON organization_invitations(organization_id, status);

  CREATE TABLE organization_logos (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL UNIQUE REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    public_url TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
  // Session reverification (server/domain/reverification.ts): the one in progress per session.
  `
  CREATE TABLE session_reverifications (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id),
    level TEXT NOT NULL,
    first_factor_verification_id TEXT REFERENCES verifications(id),
    completed_at INTEGER,
    created_at INTEGER NOT NULL
  );
  `,
  // Second-factor reverification: where the flow stands (`needs_first_factor`, `needs_second_factor`, `complete`).
  `
  ALTER TABLE session_reverifications ADD COLUMN status TEXT NOT NULL DEFAULT 'needs_first_factor';
  ALTER TABLE session_reverifications ADD COLUMN second_factor_verification_id TEXT REFERENCES verifications(id);
  `,
  // When the session last proved a second factor (null: never), for the `second_factor`/`multi_factor` guards.
  `
  ALTER TABLE sessions ADD COLUMN second_factor_verified_at INTEGER;
  `,
  // A verified phone number of the user's reserved for SMS second-factor codes (the profile's two-step section);
  // one of the reserved numbers is the default the sign-in texts.
  `
  ALTER TABLE phone_numbers ADD COLUMN reserved_for_second_factor INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE phone_numbers ADD COLUMN default_second_factor INTEGER NOT NULL DEFAULT 0;
  `,
  // A password known to be breached (set by the dev tools, as Clerk's "reject compromised passwords on sign-in"
  // would find it): right or not, it no longer signs in; a reset code and a new password do, and clear the mark.
  `
  ALTER TABLE users ADD COLUMN password_compromised INTEGER NOT NULL DEFAULT 0;
  `,
];

export function openDb(file = ':memory:'): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets the demo server and a second process (e.g. a test reading the file) work side by side.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // In WAL mode, NORMAL loses no committed transaction when the process is killed (the WAL is in the OS cache);
  // only a power cut may drop the last ones, which a dev server can afford. Concurrent openers wait, not fail.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  for (let i = applied; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i] as string);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

/** Small key/value store for instance secrets (signing keys, cookie HMAC secret). */
export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
