/**
 * Passkeys in the memory adapter: records, the WebAuthn options it hands out, and how it "verifies" an answer.
 * Nothing is checked cryptographically here (stories and component tests stub `navigator.credentials`): a
 * credential is recognised by its id alone, which is all the UI needs to play every state.
 */
import type { UserRecord, VerificationRecord } from './records.js';

export interface PasskeyRecord {
  id: string;
  name: string;
  /** The credential id the browser answers with; null until the registration is verified. */
  credentialId: string | null;
  lastUsedAt: number | null;
  verification: VerificationRecord | null;
  createdAt: number;
  updatedAt: number;
}

const CHALLENGE_TTL_MS = 5 * 60_000;

const base64url = (binary: string) => btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function challenge(): string {
  return base64url(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The credential id of a seeded passkey (`MemoryUserSeed.passkeys[index]`), base64url as WebAuthn ids are. */
export function memoryPasskeyId(emailAddress: string, index = 0): string {
  return base64url(`${emailAddress}#${index}`);
}

function rpId(): string {
  return typeof location === 'undefined' || !location.hostname ? 'localhost' : location.hostname;
}

export function passkeyVerification(nonce: object): VerificationRecord {
  return {
    status: 'unverified',
    strategy: 'passkey',
    attempts: 0,
    expireAt: Date.now() + CHALLENGE_TTL_MS,
    nonce: JSON.stringify(nonce),
  };
}

export function creationOptions(user: UserRecord, applicationName: string): object {
  return {
    rp: { id: rpId(), name: applicationName },
    user: {
      id: base64url(user.id),
      name: user.emailAddress,
      displayName: [user.firstName, user.lastName].filter(Boolean).join(' ') || user.emailAddress,
    },
    challenge: challenge(),
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    timeout: CHALLENGE_TTL_MS,
    attestation: 'none',
    excludeCredentials: (user.passkeys ?? [])
      .filter((p) => p.credentialId)
      .map((p) => ({ id: p.credentialId, type: 'public-key' })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  };
}

/** Request options: any passkey of this RP (`user` null: discoverable and autofill flows), or only `user`'s. */
export function requestOptions(user: UserRecord | null): object {
  return {
    challenge: challenge(),
    rpId: rpId(),
    timeout: CHALLENGE_TTL_MS,
    allowCredentials: (user?.passkeys ?? [])
      .filter((p) => p.credentialId)
      .map((p) => ({ id: p.credentialId, type: 'public-key' })),
    userVerification: 'preferred',
  };
}

/** The credential id of a `public_key_credential` JSON, or null when it is not one. */
export function credentialIdOf(json: string | undefined): string | null {
  try {
    const value = JSON.parse(json ?? '') as { id?: unknown };
    return typeof value?.id === 'string' && value.id ? value.id : null;
  } catch {
    return null;
  }
}

export function hasPasskey(user: UserRecord): boolean {
  return (user.passkeys ?? []).some((p) => p.credentialId !== null);
}
