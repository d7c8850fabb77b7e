import { Hono } from 'hono';
import { PROFILE_IMAGE_MAX_BYTES } from '../../domain/profile-images.js';
import { requireRecentVerification } from '../../domain/reverification.js';
import type { UserRow } from '../../domain/users.js';
import { errors } from '../../errors.js';
import { emailAddressJSON, phoneNumberJSON, userJSON } from '../../serialize/user.js';
import { Params, readBody } from '../params.js';
import { envelope } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { requestSession } from './me.js';
import { checkRedirectUrl, publicFapiUrl } from './sign-ins.js';

/** The user of the request's session (`requestSession`: a live session of this client, or 401). */
export function requestUser(c: FapiContext): UserRow {
  const user = c.get('dev').users.get(requestSession(c).user_id);
  if (!user) throw errors.authenticationInvalid();
  return user;
}

/** Room for the multipart framing around the image itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The uploaded file: the `file` part of a multipart body (what clerk-js sends), or a raw
 * application/octet-stream body. The body is read bounded, so an oversized upload is refused unread.
 */
export async function uploadedFile(c: FapiContext): Promise<{ name: string; bytes: Uint8Array }> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  const bytes = await readBody(c.req.raw, PROFILE_IMAGE_MAX_BYTES + MULTIPART_OVERHEAD);
  if (!type.includes('multipart/form-data')) {
    if (bytes.byteLength === 0) throw errors.paramMissing('file');
    return { name: 'image', bytes };
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'Content-Type': c.req.header('Content-Type') ?? '' } }).formData();
  } catch {
    throw errors.requestBodyInvalid('the multipart body or its boundary is malformed');
  }
  const file = form.get('file');
  if (file === null) throw errors.paramMissing('file');
  if (typeof file === 'string') throw errors.paramFormatInvalid('file', 'file must be an uploaded file.');
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** An uploaded image as served: its sniffed type, never rendered as a document, cacheable forever (ids are fresh). */
export function imageResponse(c: FapiContext, image: { bytes: Buffer; content_type: string }): Response {
  return c.body(new Uint8Array(image.bytes), 200, {
    'Content-Type': image.content_type,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
}

/** `/v1/me` writes: the profile (names, username, primary identifiers) and the profile image. */
export function meAccountRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.patch('/v1/me', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const user = requestUser(c);
    const primaryEmail = params.string('primary_email_address_id');
    // Moving the primary address (where codes and resets go) is sensitive: a recent first factor is needed.
    if (primaryEmail && primaryEmail !== user.primary_email_address_id)
      requireRecentVerification(dev, requestSession(c));
    const updated = dev.account.update(user, {
      first_name: params.string('first_name'),
      last_name: params.string('last_name'),
      username: params.string('username'),
      primary_email_address_id: primaryEmail,
      primary_phone_number_id: params.string('primary_phone_number_id'),
    });
    return envelope(c, userJSON(dev, updated));
  });

  routes.post('/v1/me/profile_image', async (c) => {
    const user = requestUser(c);
    const file = await uploadedFile(c);
    const base = publicFapiUrl(c);
    const image = c.get('dev').profileImages.set(user.id, file, (id) => `${base}/v1/profile_images/${id}`);
    return envelope(c, { object: 'image', id: image.id, name: image.name, public_url: image.public_url });
  });

  routes.delete('/v1/me/profile_image', async (c) => {
    const user = requestUser(c);
    if (!c.get('dev').profileImages.remove(user.id)) throw errors.notFound('Profile image');
    return envelope(c, { object: 'image', id: user.id, deleted: true });
  });

  // Not a FAPI path of Clerk's (its images live on a CDN): where this server serves the uploaded images.
  routes.get('/v1/profile_images/:id', (c) => {
    const image = c.get('dev').profileImages.get(c.req.param('id'));
    if (!image) throw errors.notFound('Image', c.req.param('id'));
    return imageResponse(c, image);
  });

  return routes;
}

/** `/v1/me/email_addresses…` and `/v1/me/phone_numbers…`: add, verify by code, read, remove. */
export function meIdentificationRoutes() {
  const routes = new Hono<FapiEnv>();
  const kinds = [
    { path: 'email_addresses', kind: 'email_address', param: 'email_address', json: emailAddressJSON },
    { path: 'phone_numbers', kind: 'phone_number', param: 'phone_number', json: phoneNumberJSON },
  ] as const;

  for (const { path, kind, param, json } of kinds) {
    const serialize = (row: Parameters<typeof json>[0]) => json(row as never);

    routes.get(`/v1/me/${path}`, (c) => {
      const user = requestUser(c);
      const users = c.get('dev').users;
      const rows = kind === 'email_address' ? users.emailAddresses(user.id) : users.phoneNumbers(user.id);
      return c.json(rows.map((row) => serialize(row)));
    });

    routes.post(`/v1/me/${path}`, async (c) => {
      const params = await Params.fromRequest(c.req.raw);
      const user = requestUser(c);
      const account = c.get('dev').account;
      const row =
        kind === 'email_address'
          ? account.createEmailAddress(user, params.string(param))
          : account.createPhoneNumber(user, params.string(param));
      return envelope(c, serialize(row));
    });

    routes.get(`/v1/me/${path}/:id`, (c) => {
      const row = c.get('dev').account.own(requestUser(c), kind, c.req.param('id'));
      return envelope(c, serialize(row));
    });

    // Removing an address or number (a way to sign in, or to get codes) needs a recent first factor.
    routes.delete(`/v1/me/${path}/:id`, (c) => {
      const id = c.req.param('id');
      const user = requestUser(c);
      requireRecentVerification(c.get('dev'), requestSession(c));
      c.get('dev').account.destroy(user, kind, id);
      // A removed number may have been the last second factor: its backup codes go with it.
      if (kind === 'phone_number') c.get('dev').security.dropOrphanBackupCodes(user);
      return envelope(c, { object: kind, id, deleted: true });
    });

    routes.post(`/v1/me/${path}/:id/prepare_verification`, async (c) => {
      const params = await Params.fromRequest(c.req.raw);
      // An email link leads to this server's verify endpoint, then back only to the page that asked for it.
      const redirectUrl = params.string('redirect_url') ?? null;
      checkRedirectUrl(c, redirectUrl);
      const link = { verifyUrl: `${publicFapiUrl(c)}/v1/verify`, redirectUrl };
      const row = c
        .get('dev')
        .account.prepareVerification(requestUser(c), kind, c.req.param('id'), params.string('strategy'), link);
      return envelope(c, serialize(row));
    });

    routes.post(`/v1/me/${path}/:id/attempt_verification`, async (c) => {
      const params = await Params.fromRequest(c.req.raw);
      const row = c
        .get('dev')
        .account.attemptVerification(requestUser(c), kind, c.req.param('id'), params.string('code'));
      return envelope(c, serialize(row));
    });
  }
  // Reserving a number for two-step verification changes how the account is signed into: a recent verification.
  routes.patch('/v1/me/phone_numbers/:id', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const user = requestUser(c);
    const phone = dev.account.own(user, 'phone_number', c.req.param('id'));
    requireRecentVerification(dev, requestSession(c));
    const backupCodes = dev.security.updatePhoneSecondFactor(user, phone, {
      reserved: params.boolean('reserved_for_second_factor'),
      isDefault: params.boolean('default_second_factor'),
    });
    // The account's first second factor is a number whose texted code the user just typed, as with a new app:
    // they are not asked for it again right away (backup codes come only with a first factor).
    if (backupCodes) dev.sessions.secondFactorVerified(requestSession(c).id);
    return envelope(c, phoneNumberJSON(dev.account.own(user, 'phone_number', phone.id), backupCodes));
  });
  return routes;
}
