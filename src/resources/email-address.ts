import type { FapiResult, FrontendApi } from '../api/fapi.js';
import type { EmailAddressJSON, PhoneNumberJSON } from '../api/schemas/index.js';
import { type ResourceHost, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export interface EmailAddress extends View<EmailAddressJSON> {}

/**
 * One of the user's email addresses (Clerk's `EmailAddress`): `id`, `emailAddress`, `verification`, and the
 * calls that verify it by code and remove it. Each call updates this object from the server's answer (the
 * piggybacked client refreshes `latch.user` too).
 */
export class EmailAddress {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: EmailAddressJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Sends a one-time code to the address (`email_code`). */
  prepareVerification(params: { strategy: 'email_code' }): Promise<this> {
    return this.#update((api) => api.prepareEmailAddressVerification(this.id, params));
  }

  attemptVerification(params: { code: string }): Promise<this> {
    return this.#update((api) => api.attemptEmailAddressVerification(this.id, params));
  }

  /** Removes the address from the account (the primary one cannot be removed). */
  async destroy(): Promise<void> {
    await runFapi(this.#host, (api) => api.deleteEmailAddress(this.id));
  }

  toString(): string {
    return this.emailAddress;
  }

  async #update(call: (api: FrontendApi) => Promise<FapiResult<EmailAddressJSON>>): Promise<this> {
    return assignView(this, toView(await runFapi(this.#host, call)));
  }
}

export interface PhoneNumber extends View<PhoneNumberJSON> {}

/** One of the user's phone numbers (Clerk's `PhoneNumber`), verified by an SMS code. */
export class PhoneNumber {
  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: PhoneNumberJSON) {
    this.#host = host;
    assignView(this, toView(json));
  }

  /** Sends a one-time code by SMS (`phone_code`). */
  prepareVerification(params: { strategy: 'phone_code' } = { strategy: 'phone_code' }): Promise<this> {
    return this.#update((api) => api.preparePhoneNumberVerification(this.id, params));
  }

  attemptVerification(params: { code: string }): Promise<this> {
    return this.#update((api) => api.attemptPhoneNumberVerification(this.id, params));
  }

  async destroy(): Promise<void> {
    await runFapi(this.#host, (api) => api.deletePhoneNumber(this.id));
  }

  toString(): string {
    return this.phoneNumber;
  }

  async #update(call: (api: FrontendApi) => Promise<FapiResult<PhoneNumberJSON>>): Promise<this> {
    return assignView(this, toView(await runFapi(this.#host, call)));
  }
}
