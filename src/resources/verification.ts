import { toDate } from './dates.js';
import type { VerificationWire } from './wire.js';

export type VerificationStatus = 'unverified' | 'verified' | 'failed' | 'expired' | 'transferable' | (string & {});

export interface VerificationError {
  code: string;
  message: string;
  longMessage: string | null;
}

/** The state of one verification (code, link, password, OAuth, passkey…). Empty (`status: null`) when none. */
export class Verification {
  status: VerificationStatus | null = null;
  strategy: string | null = null;
  attempts: number | null = null;
  expireAt: Date | null = null;
  error: VerificationError | null = null;
  externalVerificationRedirectURL: URL | null = null;
  nonce: string | null = null;
  message: string | null = null;
  channel: string | null = null;
  nextAction: string | null = null;
  supportedStrategies: string[] = [];
  verifiedAtClient: string | null = null;

  constructor(json?: VerificationWire | null) {
    if (!json) return;
    this.status = json.status ?? null;
    this.strategy = json.strategy || null;
    this.attempts = json.attempts ?? null;
    this.expireAt = toDate(json.expire_at);
    this.error = json.error
      ? { code: json.error.code, message: json.error.message ?? '', longMessage: json.error.long_message ?? null }
      : null;
    this.externalVerificationRedirectURL = parseUrl(json.external_verification_redirect_url);
    this.nonce = json.nonce ?? null;
    this.message = json.message ?? null;
    this.channel = json.channel ?? null;
    this.nextAction = json.next_action || null;
    this.supportedStrategies = [...(json.supported_strategies ?? [])];
    this.verifiedAtClient = json.verified_at_client ?? null;
  }

  get verified(): boolean {
    return this.status === 'verified';
  }
}

function parseUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
