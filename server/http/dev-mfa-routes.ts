import { type Context, Hono } from 'hono';
import type { DevContext } from '../context.js';
import { errors } from '../errors.js';
import { OPAQUE_ORIGIN } from './origin.js';

/** E.164: a plus, a non-zero country digit, up to 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * For dev tools that change state or answer with secrets: no opaque-origin page (a sandboxed frame of any site)
 * may call them, and only a JSON body counts, so a plain cross-site form cannot call them either. The origin
 * guard has refused foreign origins already.
 */
export function refuseCrossSiteDevWrite(c: Context): void {
  if (c.req.header('Origin') === OPAQUE_ORIGIN) throw errors.originInvalid();
  if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) {
    throw errors.requestBodyInvalid('Send Content-Type: application/json.');
  }
}

/**
 * `POST /__dev/users/{user_id or email}/mfa` with `{"totp": true, "phone": "+15555550100", "backup_codes": true}`:
 * turns on second factors for a test user, so the sign-in's second step can be tried before a profile page
 * exists. Answers with what a user would have copied down: the TOTP secret and its otpauth:// URI, and the
 * backup codes (shown once; the server keeps only their hashes).
 */
export function devMfaRoutes(dev: DevContext) {
  const routes = new Hono();
  routes.post('/users/:user/mfa', async (c) => {
    // The answer holds secrets.
    refuseCrossSiteDevWrite(c);
    const ref = c.req.param('user');
    const user = ref.includes('@') ? dev.users.findByEmail(ref) : dev.users.get(ref);
    if (!user) throw errors.notFound('User', ref);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw errors.requestBodyInvalid('Send a JSON object: {"totp": true, "phone": "+1…", "backup_codes": true}.');
    }
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const phone = input.phone;
    if (phone !== undefined && (typeof phone !== 'string' || !E164.test(phone))) {
      throw errors.paramFormatInvalid('phone', 'phone must be an E.164 number, e.g. +15555550100.');
    }
    const label = dev.users.primaryEmail(user)?.email_address ?? user.id;
    const enrolled = dev.secondFactors.enroll(
      user,
      { totp: input.totp === true, phone: phone as string | undefined, backupCodes: input.backup_codes === true },
      dev.instance.application_name,
      label,
    );
    return c.json({
      user_id: user.id,
      totp: enrolled.totp,
      phone_number: enrolled.phone ? { id: enrolled.phone.id, phone_number: enrolled.phone.phone_number } : null,
      backup_codes: enrolled.backupCodes,
    });
  });
  return routes;
}
