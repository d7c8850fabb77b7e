import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import type { Clock } from '../clock.js';
import { type Db, getMeta, setMeta } from '../db.js';

/** Session tokens live 60 s, as Clerk's do; clients refresh them in the background. */
export const SESSION_TOKEN_TTL_SECONDS = 60;

export interface SessionTokenClaims {
  issuer: string;
  userId: string;
  sessionId: string;
  /** The request's Origin, when there was one (Clerk's authorized party). */
  azp?: string | null;
  /** Minutes since the first / second factor was verified; -1 = never. */
  factorVerificationAge: [number, number];
  /** The active organization as Clerk's v2 `o` claim (plus `fea` for its custom features), when there is one. */
  organization?: { o: Record<string, string>; fea?: string } | null;
}

/**
 * The instance's RS256 key pair: generated once, persisted in the DB as a private JWK, published (public half)
 * at /.well-known/jwks.json, and used to sign session JWTs.
 */
export class SigningKeys {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly clock: Clock,
  ) {}

  /** Loads the persisted key, or installs `preset` (a private RS256 JWK), or generates a new pair. */
  static async load(db: Db, clock: Clock, preset?: JWK): Promise<SigningKeys> {
    if (preset && !getMeta(db, 'signing_key')) setMeta(db, 'signing_key', JSON.stringify(preset));
    const stored = getMeta(db, 'signing_key');
    let privateJwk: JWK;
    if (stored) {
      privateJwk = JSON.parse(stored) as JWK;
    } else {
      const pair = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
      privateJwk = await exportJWK(pair.privateKey);
      privateJwk.kid = `ins_${(await calculateJwkThumbprint(privateJwk)).slice(0, 27)}`;
      privateJwk.alg = 'RS256';
      privateJwk.use = 'sig';
      setMeta(db, 'signing_key', JSON.stringify(privateJwk));
    }
    const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
    const { kty, n, e, kid, alg, use } = privateJwk;
    return new SigningKeys(privateKey, { kty, n, e, kid, alg, use }, clock);
  }

  /** The private JWK, e.g. to share one key between many in-memory test servers (RSA generation is slow). */
  static exportPrivate(db: Db): JWK | null {
    const stored = getMeta(db, 'signing_key');
    return stored ? (JSON.parse(stored) as JWK) : null;
  }

  get kid(): string {
    return this.publicJwk.kid as string;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [{ ...this.publicJwk }] };
  }

  async mintSessionToken(claims: SessionTokenClaims): Promise<string> {
    const iat = Math.floor(this.clock.now() / 1000);
    const payload: Record<string, unknown> = { sid: claims.sessionId, v: 2, fva: claims.factorVerificationAge };
    if (claims.azp) payload.azp = claims.azp;
    if (claims.organization) {
      payload.o = claims.organization.o;
      if (claims.organization.fea) payload.fea = claims.organization.fea;
    }
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(claims.issuer)
      .setSubject(claims.userId)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + SESSION_TOKEN_TTL_SECONDS)
      .sign(this.privateKey);
  }
}
