/**
 * The HTTP requests of the signed-in user's account (`/me…`: profile, email addresses, phone numbers, passkeys,
 * password, two-step verification, devices, connected accounts), of session reverification and of the waitlist.
 * `HttpFrontendApi` imports this module on the first such call (a chunk of its own in the script-tag loader),
 * so a page that only signs in never loads these paths or their schemas.
 */
import { passkeySchema } from '../schemas/passkey.js';
import {
  activeSessionListSchema,
  backupCodesSchema,
  secondFactorPhoneNumberSchema,
  totpSchema,
} from '../schemas/security.js';
import { sessionReverificationSchema, sessionSchema } from '../schemas/session.js';
import {
  deletedObjectSchema,
  emailAddressSchema,
  externalAccountSchema,
  imageSchema,
  phoneNumberSchema,
  userSchema,
} from '../schemas/user.js';
import { waitlistEntrySchema } from '../schemas/waitlist.js';
import { parseOrThrow } from '../validate.js';
import { type RequestSpec, segment } from './http-api.js';
import type { AccountMethod } from './lazy-requests.js';
import type { LazyRequests, Transport } from './transport.js';

const email = (id: string, action = '') => `/me/email_addresses/${segment(id)}${action}`;
const phone = (id: string, action = '') => `/me/phone_numbers/${segment(id)}${action}`;
const passkey = (id: string, action = '') => `/me/passkeys/${segment(id)}${action}`;
const post = (path: string, params?: object): RequestSpec => ({ method: 'POST', path, body: { ...params } });
const remove = (path: string): RequestSpec => ({ method: 'DELETE', path });
const upload = (method: 'POST' | 'PUT', path: string, file: Blob): RequestSpec => {
  const form = new FormData();
  form.append('file', file);
  return { method, path, upload: form };
};

/** `POST /client/sessions/{id}/verify…`: the reverification steps share their envelope. */
const reverify = (t: Transport, sessionId: string, step: string, params: object) =>
  t.envelope(
    post(`/client/sessions/${segment(sessionId)}/verify${step}`, params),
    sessionReverificationSchema,
    'session reverification',
  );

export const accountRequests = {
  getMe: (t) => t.envelope({ method: 'GET', path: '/me' }, userSchema, 'user'),
  updateMe: (t, params) => t.envelope({ method: 'PATCH', path: '/me', body: { ...params } }, userSchema, 'user'),
  deleteMe: (t) => t.envelope(remove('/me'), deletedObjectSchema, 'deleted user'),
  setProfileImage: (t, file) => t.envelope(upload('POST', '/me/profile_image', file), imageSchema, 'image'),
  deleteProfileImage: (t) => t.envelope(remove('/me/profile_image'), deletedObjectSchema, 'deleted image'),

  createEmailAddress: (t, params) =>
    t.envelope(post('/me/email_addresses', params), emailAddressSchema, 'email address'),
  prepareEmailAddressVerification: (t, id, params) =>
    t.envelope(post(email(id, '/prepare_verification'), params), emailAddressSchema, 'email address'),
  attemptEmailAddressVerification: (t, id, params) =>
    t.envelope(post(email(id, '/attempt_verification'), params), emailAddressSchema, 'email address'),
  deleteEmailAddress: (t, id) => t.envelope(remove(email(id)), deletedObjectSchema, 'deleted email address'),

  createPhoneNumber: (t, params) => t.envelope(post('/me/phone_numbers', params), phoneNumberSchema, 'phone number'),
  preparePhoneNumberVerification: (t, id, params) =>
    t.envelope(post(phone(id, '/prepare_verification'), params), phoneNumberSchema, 'phone number'),
  attemptPhoneNumberVerification: (t, id, params) =>
    t.envelope(post(phone(id, '/attempt_verification'), params), phoneNumberSchema, 'phone number'),
  deletePhoneNumber: (t, id) => t.envelope(remove(phone(id)), deletedObjectSchema, 'deleted phone number'),

  createPasskey: (t) => t.envelope(post('/me/passkeys'), passkeySchema, 'passkey'),
  attemptPasskeyVerification: (t, id, params) =>
    t.envelope(post(passkey(id, '/attempt_verification'), params), passkeySchema, 'passkey'),
  updatePasskey: (t, id, params) =>
    t.envelope({ method: 'PATCH', path: passkey(id), body: { ...params } }, passkeySchema, 'passkey'),
  deletePasskey: (t, id) => t.envelope(remove(passkey(id)), deletedObjectSchema, 'deleted passkey'),

  changePassword: (t, params) => t.envelope(post('/me/change_password', params), userSchema, 'user'),
  createTotp: (t) => t.envelope(post('/me/totp'), totpSchema, 'totp'),
  verifyTotp: (t, params) => t.envelope(post('/me/totp/attempt_verification', params), totpSchema, 'totp'),
  deleteTotp: (t) => t.envelope(remove('/me/totp'), deletedObjectSchema, 'deleted totp'),
  createBackupCodes: (t) => t.envelope(post('/me/backup_codes'), backupCodesSchema, 'backup codes'),
  getActiveSessions: async (t) =>
    parseOrThrow(
      activeSessionListSchema,
      await t.request({ method: 'GET', path: '/me/sessions/active' }),
      'active sessions',
    ),
  revokeSession: (t, id) => t.envelope(post(`/me/sessions/${segment(id)}/revoke`), sessionSchema, 'session'),

  createExternalAccount: (t, params) =>
    t.envelope(post('/me/external_accounts', params), externalAccountSchema, 'external account'),
  deleteExternalAccount: (t, id) =>
    t.envelope(remove(`/me/external_accounts/${segment(id)}`), deletedObjectSchema, 'deleted external account'),

  startSessionVerification: (t, sessionId, params) => reverify(t, sessionId, '', params),
  prepareSessionVerificationFirstFactor: (t, sessionId, params) =>
    reverify(t, sessionId, '/prepare_first_factor', params),
  attemptSessionVerificationFirstFactor: (t, sessionId, params) =>
    reverify(t, sessionId, '/attempt_first_factor', params),
  prepareSessionVerificationSecondFactor: (t, sessionId, params) =>
    reverify(t, sessionId, '/prepare_second_factor', params),
  attemptSessionVerificationSecondFactor: (t, sessionId, params) =>
    reverify(t, sessionId, '/attempt_second_factor', params),

  joinWaitlist: async (t, params) =>
    parseOrThrow(waitlistEntrySchema, await t.request(post('/waitlist', params)), 'waitlist entry'),

  // ---- s8-profile ----
  updatePhoneNumber: (t, id, params) =>
    t.envelope(
      { method: 'PATCH', path: phone(id), body: { ...params } },
      secondFactorPhoneNumberSchema,
      'phone number',
    ),
} satisfies LazyRequests<AccountMethod>;
