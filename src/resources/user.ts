import { LatchRuntimeError } from '../api/errors.js';
import type { UserJSON } from '../api/schemas/index.js';
import type { EmailAddress, PhoneNumber } from './email-address.js';
import { type ResourceHost, runFapi } from './host.js';
import { Passkey } from './passkey.js';
import { assignView, toView, type View } from './view.js';
import { createPasskeyCredential } from './webauthn.js';

export interface User extends Omit<View<UserJSON>, 'passkeys'> {}

/** The signed-in user (Clerk's `User`): the fields of `GET /v1/me`, camelCased, and a few derived ones. */
export class User {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: UserJSON) {
    this.#host = host;
    this.fromJSON(json);
  }

  /** "First Last", or null when the user has neither. */
  get fullName(): string | null {
    const name = [this.firstName, this.lastName].filter(Boolean).join(' ').trim();
    return name || null;
  }

  get primaryEmailAddress(): EmailAddress | null {
    return this.emailAddresses.find((email) => email.id === this.primaryEmailAddressId) ?? null;
  }

  get primaryPhoneNumber(): PhoneNumber | null {
    return this.phoneNumbers.find((phone) => phone.id === this.primaryPhoneNumberId) ?? null;
  }

  /** The user's registered passkeys, each with `update({ name })` and `delete()`. */
  passkeys: Passkey[] = [];

  /**
   * Registers a passkey for this device (Clerk's `createPasskey`): the server's creation options, the
   * browser's ceremony (@simplewebauthn/browser, loaded now), then the server checks the attestation.
   * Rejects with a `LatchRuntimeError` coded like Clerk's (`passkey_registration_cancelled`, …) when the
   * browser says no, or a `LatchApiError` when the server does.
   */
  async createPasskey(): Promise<Passkey> {
    const pending = await runFapi(this.#host, (api) => api.createPasskey());
    const nonce = pending.verification?.nonce;
    if (!nonce) throw new LatchRuntimeError('malformed_response', 'The passkey came without creation options.');
    const publicKeyCredential = await createPasskeyCredential(nonce);
    const created = await runFapi(this.#host, (api) =>
      api.attemptPasskeyVerification(pending.id, { strategy: 'passkey', publicKeyCredential }),
    );
    return new Passkey(this.#host, created);
  }

  /** Re-reads the user from `GET /v1/me`. */
  async reload(): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.getMe()));
  }

  /** @internal Takes a fresh snapshot's fields. */
  fromJSON(json: UserJSON): this {
    assignView(this, toView(json));
    this.passkeys = json.passkeys.map((passkey) => new Passkey(this.#host, passkey));
    return this;
  }
}
