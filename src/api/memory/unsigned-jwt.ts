/**
 * Session tokens for the in-memory instance: structurally valid JWTs (`alg: none`, empty signature) with the
 * v2 session claims and a 60-second lifetime like Clerk's, so token caching and refresh logic can be
 * exercised without keys. Never accepted by anything that verifies signatures, by design.
 */

export const SESSION_TOKEN_TTL_SECONDS = 60;

const base64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export function unsignedSessionJwt(claims: {
  sessionId: string;
  userId: string;
  organizationId?: string | null;
  issuer?: string;
  now?: number;
}): string {
  const iat = Math.floor((claims.now ?? Date.now()) / 1000);
  const payload = {
    iss: claims.issuer ?? 'https://memory.latch.invalid',
    sub: claims.userId,
    sid: claims.sessionId,
    iat,
    nbf: iat,
    exp: iat + SESSION_TOKEN_TTL_SECONDS,
    v: 2,
    fva: [0, -1],
    ...(claims.organizationId ? { o: { id: claims.organizationId } } : {}),
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}
