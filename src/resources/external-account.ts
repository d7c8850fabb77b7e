import type { ExternalAccountJSON } from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export interface ExternalAccount extends View<ExternalAccountJSON> {}

/**
 * A provider account connected to the user (Clerk's `ExternalAccountResource`): `provider` (`oauth_github`),
 * `emailAddress`, and a `verification` that is `unverified` while the provider has yet to be asked (its
 * `externalVerificationRedirectUrl` is where the browser goes).
 */
export class ExternalAccount {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: ExternalAccountJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Unlinks it (`DELETE /v1/me/external_accounts/{id}`): it no longer signs the user in. */
  async destroy(): Promise<void> {
    await runFapi(this.#host, (api) => api.deleteExternalAccount(this.id));
  }
}
