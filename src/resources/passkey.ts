import type { PasskeyJSON } from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export interface Passkey extends View<PasskeyJSON> {}

/** One of the user's passkeys (Clerk's `PasskeyResource`): `id`, `name`, `lastUsedAt`, `verification`. */
export class Passkey {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: PasskeyJSON) {
    this.#host = host;
    this.fromJSON(json);
  }

  /** Renames it (`PATCH /v1/me/passkeys/{id}`). */
  async update(params: { name: string }): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.updatePasskey(this.id, params)));
  }

  /** Removes it (`DELETE /v1/me/passkeys/{id}`): it can no longer sign in. */
  async delete(): Promise<void> {
    await runFapi(this.#host, (api) => api.deletePasskey(this.id));
  }

  /** @internal Takes a fresh snapshot's fields. */
  fromJSON(json: PasskeyJSON): this {
    return assignView(this, toView(json));
  }
}
