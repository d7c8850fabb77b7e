import type { DevContext } from '../context.js';

/**
 * Per-request facts serializers need: the issuer for session tokens (the FAPI origin) and the request Origin
 * (the token's authorized party).
 */
export interface SerializeScope {
  ctx: DevContext;
  issuer: string;
  azp: string | null;
}
