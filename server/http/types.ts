import type { Context } from 'hono';
import type { DevContext } from '../context.js';
import type { ClientRow } from '../domain/clients.js';
import type { DevBrowserRow } from '../domain/dev-browsers.js';

/** Who is calling: the dev browser (if a valid token was sent) and the client it resolved to. */
export interface RequestIdentity {
  devBrowser: DevBrowserRow | null;
  client: ClientRow | null;
}

export type FapiEnv = {
  Variables: {
    dev: DevContext;
    identity: RequestIdentity;
  };
};

export type FapiContext = Context<FapiEnv>;
