import { Hono } from 'hono';
import type { DevContext } from '../../context.js';
import type { TotpView } from '../../domain/me-security.js';
import { requireRecentVerification } from '../../domain/reverification.js';
import type { SessionRow } from '../../domain/sessions.js';
import { sessionJSON } from '../../serialize/session.js';
import { userJSON } from '../../serialize/user.js';
import { currentClient } from '../identity.js';
import { Params } from '../params.js';
import { envelope, scopeOf } from '../respond.js';
import type { FapiContext, FapiEnv } from '../types.js';
import { requestSession } from './me.js';
import { requestUser } from './me-account.js';

function totpJSON(view: TotpView) {
  return {
    object: 'totp',
    id: view.id,
    secret: view.secret,
    uri: view.uri,
    verified: view.verified,
    backup_codes: view.backup_codes,
    created_at: view.created_at,
    updated_at: view.created_at,
  };
}

/**
 * Client.ActiveSession: the session without its token (another device's token is not this page's to hold) and
 * the browser it was last used from.
 */
function activeSessionJSON(dev: DevContext, session: SessionRow) {
  const activity = dev.clientActivities.of(session.client_id);
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.expire_at,
    abandon_at: session.abandon_at,
    last_active_at: session.last_active_at,
    last_active_token: null,
    actor: null,
    tasks: null,
    latest_activity: {
      object: 'session_activity',
      id: `sess_act_${session.id.slice('sess_'.length)}`,
      is_mobile: activity?.is_mobile ?? false,
      ...(activity
        ? {
            device_type: activity.device_type,
            browser_name: activity.browser_name,
            browser_version: activity.browser_version,
            ip_address: activity.ip_address,
          }
        : {}),
    },
  };
}

/** After this client's active session ended, the most recently used one still signed in takes over (or none). */
function handOver(c: FapiContext): void {
  const dev = c.get('dev');
  const client = currentClient(c);
  if (!client?.last_active_session_id || dev.sessions.get(client.last_active_session_id)?.status === 'active') return;
  dev.clients.update(client.id, { last_active_session_id: dev.sessions.mostRecentActive(client.id)?.id ?? null });
}

/**
 * `/v1/me` security: password, authenticator app, backup codes, active sessions, account deletion. What changes how
 * the account is signed into (password, second factors, backup codes, deleting it) needs a recent verification
 * (`requireRecentVerification`, Clerk's `strict`); verifying the new app's code does not, as creating it already did.
 */
export function meSecurityRoutes() {
  const routes = new Hono<FapiEnv>();

  routes.post('/v1/me/change_password', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    requireRecentVerification(dev, requestSession(c));
    const updated = await dev.security.changePassword(requestUser(c), requestSession(c), {
      current_password: params.string('current_password'),
      new_password: params.string('new_password'),
      sign_out_of_other_sessions: params.boolean('sign_out_of_other_sessions'),
    });
    return envelope(c, userJSON(dev, updated));
  });

  routes.post('/v1/me/totp', (c) => {
    const dev = c.get('dev');
    const user = requestUser(c);
    requireRecentVerification(dev, requestSession(c));
    const label = dev.users.primaryEmail(user)?.email_address ?? user.username ?? user.id;
    return envelope(c, totpJSON(dev.security.createTotp(user, label)));
  });

  routes.post('/v1/me/totp/attempt_verification', async (c) => {
    const params = await Params.fromRequest(c.req.raw);
    const dev = c.get('dev');
    const totp = dev.security.verifyTotp(requestUser(c), params.string('code'));
    // A code from the new app just proved the second factor: the user is not asked for it again right away.
    dev.sessions.secondFactorVerified(requestSession(c).id);
    return envelope(c, totpJSON(totp));
  });

  routes.delete('/v1/me/totp', (c) => {
    const user = requestUser(c);
    requireRecentVerification(c.get('dev'), requestSession(c));
    c.get('dev').security.disableTotp(user);
    return envelope(c, { object: 'totp', id: user.id, deleted: true });
  });

  routes.post('/v1/me/backup_codes', (c) => {
    const dev = c.get('dev');
    const user = requestUser(c);
    requireRecentVerification(dev, requestSession(c));
    const codes = dev.security.regenerateBackupCodes(user);
    const now = dev.clock.now();
    return envelope(c, { object: 'backup_code', id: `bkc_${user.id}`, codes, created_at: now, updated_at: now });
  });

  routes.get('/v1/me/sessions/active', (c) => {
    const dev = c.get('dev');
    return c.json(dev.security.activeSessions(requestUser(c)).map((s) => activeSessionJSON(dev, s)));
  });

  routes.post('/v1/me/sessions/:session_id/revoke', async (c) => {
    const dev = c.get('dev');
    const revoked = dev.security.revokeSession(requestUser(c), c.req.param('session_id'));
    handOver(c);
    return envelope(c, await sessionJSON(scopeOf(c), revoked));
  });

  routes.delete('/v1/me', (c) => {
    const dev = c.get('dev');
    const user = requestUser(c);
    requireRecentVerification(dev, requestSession(c));
    dev.security.deleteUser(user);
    handOver(c);
    return envelope(c, { object: 'user', id: user.id, deleted: true });
  });

  return routes;
}
