import { Hono } from 'hono';
import type { DevContext } from '../context.js';
import { errors } from '../errors.js';
import { refuseCrossSiteDevWrite } from './dev-mfa-routes.js';

/**
 * `POST /__dev/users/{user_id or email}/password_compromised` (JSON body `{}`): marks the user's password as found
 * in a breach, as Clerk's "reject compromised passwords on sign-in" would. The right password then answers
 * `form_password_pwned`, and the sign-in goes through a reset code to `needs_new_password`; the new password
 * clears the mark.
 */
export function devSignInRoutes(dev: DevContext) {
  const routes = new Hono();
  routes.post('/users/:user/password_compromised', (c) => {
    refuseCrossSiteDevWrite(c);
    const ref = c.req.param('user');
    const user = ref.includes('@') ? dev.users.findByEmail(ref) : dev.users.get(ref);
    if (!user) throw errors.notFound('User', ref);
    dev.users.markPasswordCompromised(user.id);
    return c.json({ user_id: user.id, password_compromised: true });
  });
  return routes;
}
