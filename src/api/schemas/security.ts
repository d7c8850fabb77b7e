/**
 * What the profile's Security page reads: the authenticator app being set up (`TOTP`), a fresh set of backup
 * codes, and the user's active sessions with the browser each was last used from. Imported lazily by the
 * adapters' security methods, so the loader never carries these schemas.
 */
import * as z from 'zod/mini';
import { flag, lazySchema, list, nstring, ntimestamp, nullableDefault, text, timestamp } from './helpers.js';
import { sessionStatusSchema } from './session.js';
import { phoneNumberSchema } from './user.js';

export const totpSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    /** The base32 secret and otpauth:// URI, present only until the first code verifies them. */
    secret: nstring(),
    uri: nstring(),
    verified: flag(),
    /** Sent once, when this is the account's first second factor. */
    backup_codes: nullableDefault(z.array(z.string())),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

/**
 * A phone number as the two-step section reads it: whether it is reserved for SMS second-factor codes, the
 * default one, and the backup codes sent once when it is the account's first second factor. The loader's
 * `phoneNumberSchema` passes these fields through untouched (loose), so `user.phoneNumbers` carry them too.
 */
// A spread of the shape, not `z.extend`: the loader shares zod with every chunk by export name, so one chunk's
// `z.extend` would put zod's object-extension helpers in every page's loader (+~500 B gzip, measured).
export const secondFactorPhoneNumberSchema = lazySchema(() =>
  z.looseObject({
    ...phoneNumberSchema.shape,
    reserved_for_second_factor: flag(),
    default_second_factor: flag(),
    backup_codes: nullableDefault(z.array(z.string())),
  }),
);
export type SecondFactorPhoneNumberJSON = z.output<typeof secondFactorPhoneNumberSchema>;

export const backupCodesSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    codes: list(z.string()),
    created_at: timestamp,
    updated_at: timestamp,
  }),
);

export const sessionActivitySchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    browser_name: text(),
    browser_version: text(),
    device_type: text(),
    ip_address: text(),
    city: text(),
    country: text(),
    is_mobile: flag(),
  }),
);

export const activeSessionSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    status: sessionStatusSchema,
    last_active_at: ntimestamp(),
    latest_activity: nullableDefault(sessionActivitySchema),
  }),
);

export const activeSessionListSchema = z.array(activeSessionSchema);

export type TotpJSON = z.output<typeof totpSchema>;
export type BackupCodesJSON = z.output<typeof backupCodesSchema>;
export type SessionActivityJSON = z.output<typeof sessionActivitySchema>;
export type ActiveSessionJSON = z.output<typeof activeSessionSchema>;
