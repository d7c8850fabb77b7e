import type { VerificationJSON } from '../api/schemas/index.js';
import type { View } from './view.js';

export type VerificationStatus = VerificationJSON['status'];

/**
 * The state of one verification (code, link, password, OAuth, passkey…): `status`, `strategy`, `attempts`,
 * `expireAt`, `error`, plus any field the server adds. `null` where the server has none yet.
 */
export type Verification = View<VerificationJSON>;

export type VerificationError = NonNullable<Verification['error']>;
