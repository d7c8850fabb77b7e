import type { VerificationRow } from '../domain/verifications.js';

/** Stubs.Verification.OTP / .Password / .Link / .TOTP / .BackupCode / .Ticket shapes. Timestamps are epoch ms. */
export function verificationJSON(row: VerificationRow) {
  if (row.strategy === 'totp' || row.strategy === 'backup_code') {
    // Stubs.Verification.TOTP / .BackupCode: checked against what the user holds, nothing was sent, no expiry.
    return {
      object: row.strategy === 'totp' ? 'verification_totp' : 'verification_backup_code',
      status: row.status === 'verified' ? 'verified' : 'unverified',
      strategy: row.strategy,
      attempts: row.attempts,
      expire_at: null,
    };
  }
  if (row.strategy.startsWith('oauth_')) {
    // Stubs.Verification.Oauth: the provider's authorize URL while the browser still has to go there.
    return {
      object: 'verification_oauth',
      status: row.status,
      strategy: row.strategy,
      external_verification_redirect_url: row.status === 'unverified' ? row.target : null,
      error: null,
      attempts: row.attempts,
      expire_at: row.expire_at ?? row.created_at,
    };
  }
  if (row.strategy === 'enterprise_sso') {
    // Stubs.Verification.SAML: the spec's verification stubs have no `enterprise_sso` strategy (only the factor
    // and request enums do), so an enterprise verification is serialized as Clerk's older name for it, `saml`.
    // No `error: null`: this stub types `error` as a ClerkError object, which null does not satisfy.
    return {
      object: 'verification_saml',
      status: row.status,
      strategy: 'saml',
      external_verification_redirect_url: row.status === 'unverified' ? row.target : null,
      attempts: row.attempts,
      expire_at: row.expire_at ?? row.created_at,
    };
  }
  if (row.strategy.startsWith('from_oauth_')) {
    // Stubs.Verification.FromOauth: an address the provider had verified, taken over at sign-up.
    return {
      object: 'verification_from_oauth',
      status: row.status === 'verified' ? 'verified' : 'unverified',
      strategy: row.strategy,
      attempts: row.attempts,
      expire_at: null,
    };
  }
  if (row.strategy === 'ticket') {
    // Stubs.Verification.Ticket: an invitation ticket, checked once when the sign-up was created with it.
    return {
      object: 'verification_ticket',
      status: row.status === 'verified' ? 'verified' : 'unverified',
      strategy: 'ticket',
      attempts: row.attempts,
      expire_at: null,
    };
  }
  if (row.strategy === 'passkey') {
    // Stubs.Verification.Passkey: `nonce` is the WebAuthn options JSON the browser needs for the ceremony.
    return {
      object: 'verification_passkey',
      status: row.status,
      strategy: 'passkey',
      attempts: row.attempts,
      expire_at: row.expire_at ?? row.created_at,
      ...(row.nonce && row.status === 'unverified' ? { nonce: row.nonce } : {}),
    };
  }
  if (row.strategy === 'password') {
    return {
      object: 'verification_password',
      status: row.status === 'verified' ? 'verified' : 'unverified',
      strategy: 'password',
      attempts: row.attempts,
      expire_at: null,
    };
  }
  if (row.strategy === 'email_link') {
    return {
      object: 'verification_email_link',
      status: row.status,
      strategy: 'email_link',
      attempts: row.attempts,
      expire_at: row.expire_at ?? row.created_at,
    };
  }
  return {
    object: 'verification_otp',
    status: row.status,
    strategy: row.strategy,
    attempts: row.attempts,
    expire_at: row.expire_at ?? row.created_at,
  };
}
