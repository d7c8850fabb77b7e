import type { ActiveSessionJSON } from '../api/schemas/security.js';
import { type ResourceHost, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export interface SessionWithActivities extends View<ActiveSessionJSON> {}

/**
 * One of the user's sessions as the active-devices list shows it (Clerk's `SessionWithActivities`): `id`,
 * `status`, `lastActiveAt` and `latestActivity` (`browserName`, `browserVersion`, `deviceType`, `isMobile`,
 * `ipAddress`, `city`, `country`).
 */
export class SessionWithActivities {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: ActiveSessionJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Signs that device out (`POST /v1/me/sessions/{id}/revoke`). */
  async revoke(): Promise<this> {
    const session = await runFapi(this.#host, (api) => api.revokeSession(this.id));
    this.status = session.status;
    return this;
  }
}

/** `GET /v1/me/sessions/active`, each session ready to `revoke()`. */
export async function activeSessions(host: ResourceHost): Promise<SessionWithActivities[]> {
  const list = await host.api.getActiveSessions();
  return list.map((json) => new SessionWithActivities(host, json));
}
