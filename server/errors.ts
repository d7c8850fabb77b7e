import { randomUUID } from 'node:crypto';

/**
 * FAPI error envelope: `{errors:[{code, message, long_message, meta}], clerk_trace_id}` with status >= 400.
 * Domain code throws FapiError; the HTTP layer turns it into the envelope. Codes and wording follow Clerk's.
 */
export interface FapiErrorMeta {
  param_name?: string;
  [key: string]: unknown;
}

export interface FapiErrorInit {
  status: number;
  code: string;
  message: string;
  longMessage?: string;
  meta?: FapiErrorMeta;
  /** Extra response headers, e.g. Retry-After for 429. */
  headers?: Record<string, string>;
}

export class FapiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly longMessage: string;
  readonly meta: FapiErrorMeta;
  readonly headers: Record<string, string>;

  constructor(init: FapiErrorInit) {
    super(init.message);
    this.name = 'FapiError';
    this.status = init.status;
    this.code = init.code;
    this.longMessage = init.longMessage ?? init.message;
    this.meta = init.meta ?? {};
    this.headers = init.headers ?? {};
  }

  toJSON() {
    return {
      errors: [{ code: this.code, message: this.message, long_message: this.longMessage, meta: this.meta }],
      clerk_trace_id: randomUUID().replaceAll('-', ''),
    };
  }
}

/** Constructors for every error the server emits, so codes, statuses and messages live in one place. */
export const errors = {
  paramMissing: (param: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_missing',
      message: `${param} must be included.`,
      longMessage: `${param} must be included.`,
      meta: { param_name: param },
    }),
  paramNil: (param: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_nil',
      message: `${param} must not be empty.`,
      longMessage: `${param} must not be empty.`,
      meta: { param_name: param },
    }),
  paramFormatInvalid: (param: string, longMessage?: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_format_invalid',
      message: 'is invalid',
      longMessage: longMessage ?? `${param} is invalid.`,
      meta: { param_name: param },
    }),
  paramValueInvalid: (param: string, longMessage: string, status = 422) =>
    new FapiError({
      status,
      code: 'form_param_value_invalid',
      message: 'is invalid',
      longMessage,
      meta: { param_name: param },
    }),
  paramTooLong: (param: string, max: number) =>
    new FapiError({
      status: 422,
      code: 'form_param_max_length_exceeded',
      message: `must be at most ${max} characters`,
      longMessage: `${param} must be at most ${max} characters.`,
      meta: { param_name: param },
    }),
  paramUnknown: (param: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_unknown',
      message: 'is unknown',
      longMessage: `${param} is not a valid parameter for this request.`,
      meta: { param_name: param },
    }),
  requestBodyInvalid: (detail: string) =>
    new FapiError({
      status: 400,
      code: 'request_body_invalid',
      message: 'Request body is invalid',
      longMessage: `The request body could not be parsed: ${detail}`,
    }),
  requestBodyTooLarge: (maxBytes: number) =>
    new FapiError({
      status: 413,
      code: 'request_body_invalid',
      message: 'Request body is too large',
      longMessage: `The request body must be at most ${maxBytes} bytes.`,
    }),
  /** Methods no FAPI route answers (TRACE, CONNECT, WebDAV verbs…), refused before any routing. */
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    new FapiError({
      status: 405,
      code: 'request_method_invalid',
      message: 'Method not allowed',
      longMessage: `The HTTP method ${method} is not supported by this server.`,
      headers: { Allow: allowed.join(', ') },
    }),
  identifierNotFound: () =>
    new FapiError({
      status: 422,
      code: 'form_identifier_not_found',
      message: "Couldn't find your account.",
      longMessage: "Couldn't find your account.",
      meta: { param_name: 'identifier' },
    }),
  identifierExists: (param: string, label: string) =>
    new FapiError({
      status: 422,
      code: 'form_identifier_exists',
      message: `That ${label} is taken. Please try another.`,
      longMessage: `That ${label} is taken. Please try another.`,
      meta: { param_name: param },
    }),
  passwordIncorrect: () =>
    new FapiError({
      status: 422,
      code: 'form_password_incorrect',
      message: 'Password is incorrect. Try again, or use another method.',
      longMessage: 'Password is incorrect. Try again, or use another method.',
      meta: { param_name: 'password' },
    }),
  passwordTooShort: (min: number) =>
    new FapiError({
      status: 422,
      code: 'form_password_length_too_short',
      message: `Passwords must be ${min} characters or more.`,
      longMessage: `Passwords must be ${min} characters or more.`,
      meta: { param_name: 'password' },
    }),
  passwordTooLong: (max: number) =>
    new FapiError({
      status: 422,
      code: 'form_password_length_too_long',
      message: `Passwords must be less than ${max} characters.`,
      longMessage: `Passwords must be less than ${max} characters.`,
      meta: { param_name: 'password' },
    }),
  passwordPwned: () =>
    new FapiError({
      status: 422,
      code: 'form_password_pwned',
      message: 'Password has been found in an online data breach.',
      longMessage:
        'This password has been found as part of a breach and can not be used, please try another password instead.',
      meta: { param_name: 'password' },
    }),
  passwordTooManyBytes: (max: number) =>
    new FapiError({
      status: 422,
      code: 'form_password_size_in_bytes_exceeded',
      message: 'Password is too long.',
      longMessage: `Passwords must be ${max} bytes or fewer; letters outside ASCII take more than one byte each.`,
      meta: { param_name: 'password' },
    }),
  /** The instance's character rules or its zxcvbn minimum refuse the password; `suggestions` come from zxcvbn. */
  passwordNotStrongEnough: (longMessage: string, suggestions: Array<{ code: string; message: string }> = []) =>
    new FapiError({
      status: 422,
      code: 'form_password_not_strong_enough',
      message: 'Password is not strong enough.',
      longMessage,
      meta: { param_name: 'password', zxcvbn: { suggestions } },
    }),
  codeIncorrect: () =>
    new FapiError({
      status: 422,
      code: 'form_code_incorrect',
      message: 'is incorrect',
      longMessage: 'Incorrect code',
      meta: { param_name: 'code' },
    }),
  verificationExpired: () =>
    new FapiError({
      status: 422,
      code: 'verification_expired',
      message: 'Verification expired',
      longMessage: 'This verification has expired. You must create a new one.',
    }),
  verificationFailed: () =>
    new FapiError({
      status: 422,
      code: 'verification_failed',
      message: 'Too many failed attempts',
      longMessage: 'You have made too many failed attempts. Request a new code and try again.',
      meta: { param_name: 'code' },
    }),
  verificationAlreadyVerified: () =>
    new FapiError({
      status: 400,
      code: 'verification_already_verified',
      message: 'Already verified',
      longMessage: 'This verification has already been verified.',
      meta: { param_name: 'code' },
    }),
  verificationMissing: (strategy: string) =>
    new FapiError({
      status: 400,
      code: 'verification_missing',
      message: 'Verification not prepared',
      longMessage: `The ${strategy} verification must be prepared before it can be attempted.`,
      meta: { param_name: 'strategy' },
    }),
  /** A passkey answer that does not check out (signature, challenge, origin, RP id) or a challenge already used. */
  passkeyFailed: (longMessage: string) =>
    new FapiError({
      status: 422,
      code: 'verification_failed',
      message: 'Passkey verification failed',
      longMessage,
      meta: { param_name: 'public_key_credential' },
    }),
  /** The browser offered a passkey this instance does not know (deleted, or made for another account). */
  passkeyNotFound: () =>
    new FapiError({
      status: 422,
      code: 'form_identifier_not_found',
      message: 'Passkey not found',
      longMessage: 'No account uses this passkey. It may have been removed: sign in another way.',
      meta: { param_name: 'public_key_credential' },
    }),
  strategyNotAllowed: (strategy: string) =>
    new FapiError({
      status: 422,
      code: 'strategy_for_user_invalid',
      message: 'Invalid verification strategy',
      longMessage: `The ${strategy} strategy is not available for this account.`,
      meta: { param_name: 'strategy' },
    }),
  userLocked: (expiresInSeconds: number) =>
    new FapiError({
      status: 403,
      code: 'user_locked',
      message: 'Account locked',
      longMessage: `Your account is locked. You will be able to try again in ${Math.ceil(expiresInSeconds / 60)} minutes.`,
      meta: { lockout_expires_in_seconds: expiresInSeconds },
    }),
  notFound: (what: string, id?: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: `${what} not found`,
      longMessage: id ? `No ${what.toLowerCase()} was found with id ${id}` : `${what} not found`,
    }),
  templateNotFound: (name: string) =>
    new FapiError({
      status: 404,
      code: 'template_not_found',
      message: 'JWT template not found',
      longMessage: `No JWT template exists with name: ${name}`,
    }),
  sessionExists: () =>
    new FapiError({
      status: 400,
      code: 'session_exists',
      message: "You're already signed in",
      longMessage: "You're already signed in.",
    }),
  signUpCannotBeUpdated: () =>
    new FapiError({
      status: 400,
      code: 'sign_up_cannot_be_updated',
      message: 'Sign up cannot be updated',
      longMessage: 'This sign up has reached a terminal state and cannot be updated',
    }),
  signUpRestricted: (waitlist: boolean) =>
    new FapiError({
      status: 403,
      code: waitlist ? 'sign_up_restricted_waitlist' : 'sign_up_mode_restricted',
      message: 'Sign-ups are currently restricted',
      longMessage: waitlist
        ? 'Sign-ups are currently unavailable. Join the waitlist, and you will be notified when access becomes available.'
        : 'Sign-ups are restricted to invited users only.',
    }),
  waitlistNotEnabled: () =>
    new FapiError({
      status: 403,
      code: 'feature_not_enabled',
      message: 'not enabled',
      longMessage: 'The waitlist is not enabled on this instance: sign-ups are not in the waitlist mode.',
    }),
  waitlistEntryCompleted: () =>
    new FapiError({
      status: 400,
      code: 'waitlist_entry_completed',
      message: 'Already signed up',
      longMessage: 'This waitlist entry has already been used to sign up.',
    }),
  ticketInvalid: () =>
    new FapiError({
      status: 422,
      code: 'form_param_value_invalid',
      message: 'is invalid',
      longMessage: 'This invitation link is invalid or has already been used.',
      meta: { param_name: 'ticket' },
    }),
  ticketExpired: () =>
    new FapiError({
      status: 422,
      code: 'ticket_expired',
      message: 'Invitation expired',
      longMessage: 'This invitation link has expired. Ask for a new invitation.',
      meta: { param_name: 'ticket' },
    }),
  originInvalid: () =>
    new FapiError({
      status: 403,
      code: 'origin_invalid',
      message: 'Invalid HTTP Origin header',
      longMessage: 'The Request HTTP Origin header must be equal to or a subdomain of the requesting URL.',
    }),
  authenticationInvalid: () =>
    new FapiError({
      status: 401,
      code: 'authentication_invalid',
      message: 'Invalid authentication',
      longMessage: 'Unable to authenticate the request, you need to supply an active session',
    }),
  signedOut: () =>
    new FapiError({
      status: 401,
      code: 'signed_out',
      message: 'Signed out',
      longMessage: 'You are signed out',
    }),
  devBrowserUnauthenticated: () =>
    new FapiError({
      status: 401,
      code: 'dev_browser_unauthenticated',
      message: 'Browser unauthenticated',
      longMessage:
        'Unable to authenticate this browser for your development instance. Check your Clerk cookies and try again.',
    }),
  maintenanceMode: () =>
    new FapiError({
      status: 503,
      code: 'maintenance_mode',
      message: 'System under maintenance',
      longMessage: 'The service is under maintenance: only reading and keeping sessions alive work for now.',
    }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new FapiError({
      status: 429,
      code: 'too_many_requests',
      message: 'Too many requests',
      longMessage: `Too many requests. Please try again in ${retryAfterSeconds} seconds.`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  // Organizations (issue 10).
  organizationsDisabled: () =>
    new FapiError({
      status: 403,
      code: 'organization_not_enabled_in_instance',
      message: 'Organizations are not enabled',
      longMessage: 'The organizations feature is not enabled for this instance.',
    }),
  organizationNotFound: (id: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'Organization not found',
      longMessage: `No organization was found with id ${id} among your memberships`,
    }),
  notAllowedAccess: (permission: string) =>
    new FapiError({
      status: 403,
      code: 'not_allowed_access',
      message: 'You are not authorized to perform this request',
      longMessage: `This action needs the ${permission} permission in the organization.`,
      meta: { permission },
    }),
  /** The instance's allowlist or blocklist refuses this email address or phone number at sign-up. */
  identifierNotAllowed: (param: string) =>
    new FapiError({
      status: 403,
      code: 'not_allowed_access',
      message: 'Access not allowed.',
      longMessage: 'You are not allowed to access this application.',
      meta: { param_name: param },
    }),
  minimumPermissionsNeeded: () =>
    new FapiError({
      status: 403,
      code: 'organization_minimum_permissions_needed',
      message: 'At least one admin is needed',
      longMessage: 'The organization must keep at least one member who can manage its members.',
    }),
  membershipQuotaExceeded: (max: number) =>
    new FapiError({
      status: 403,
      code: 'organization_membership_quota_exceeded',
      message: 'Membership limit reached',
      longMessage: `This organization already has its maximum of ${max} members.`,
    }),
  adminDeleteDisabled: () =>
    new FapiError({
      status: 403,
      code: 'organization_admin_delete_not_enabled',
      message: 'Deleting organizations is disabled',
      longMessage: 'Admins may not delete organizations on this instance.',
    }),
  alreadyMember: () =>
    new FapiError({
      status: 400,
      code: 'already_a_member_in_organization',
      message: 'Already a member',
      longMessage: 'This user is already a member of the organization.',
      meta: { param_name: 'user_id' },
    }),
  // Organization invitations (issue 10, the organization profile).
  invitationAlreadyPending: (email: string) =>
    new FapiError({
      status: 400,
      code: 'duplicate_record',
      message: 'Invitation already pending',
      longMessage: `There is already a pending invitation for ${email}.`,
      meta: { param_name: 'email_address', email_address: email },
    }),
  invitationMemberExists: (email: string) =>
    new FapiError({
      status: 400,
      code: 'already_a_member_in_organization',
      message: 'Already a member',
      longMessage: `${email} is already a member of the organization.`,
      meta: { param_name: 'email_address', email_address: email },
    }),
  invitationNotPending: () =>
    new FapiError({
      status: 400,
      code: 'organization_invitation_not_pending',
      message: 'Invitation not pending',
      longMessage: 'Only a pending invitation can be revoked.',
    }),
  internal: () =>
    new FapiError({
      status: 500,
      code: 'internal_clerk_error',
      message: 'Oops, an unexpected error occurred',
      longMessage: 'There was an internal error on our servers. Please check the server log.',
    }),
};
