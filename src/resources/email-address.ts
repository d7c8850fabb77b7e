import type { FapiResult, FrontendApi } from '../api/fapi.js';
import type { EmailAddressJSON, PhoneNumberJSON } from '../api/schemas/index.js';
import type { SecondFactorPhoneNumberJSON } from '../api/schemas/security.js';
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

  /**
   * Sends a one-time code to the address (`email_code`), or on an instance that verifies by link, a link
   * (`email_link`) that leads back to `redirectUrl`: the address is verified once it is opened, in any tab.
   */
  prepareVerification(
    params: { strategy: 'email_code' } | { strategy: 'email_link'; redirectUrl: string },
  ): Promise<this> {
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

/** The two-step fields arrive through the loose `phoneNumberSchema`; the PATCH answer checks them. */
export interface PhoneNumber
  extends View<PhoneNumberJSON>,
    Partial<
      Pick<View<SecondFactorPhoneNumberJSON>, 'reservedForSecondFactor' | 'defaultSecondFactor' | 'backupCodes'>
    > {}

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

  /** Reserves this (verified) number for SMS two-step codes, or frees it; `backupCodes` come with a first factor. */
  setReservedForSecondFactor(params: { reserved: boolean }): Promise<this> {
    return this.#update((api) => api.updatePhoneNumber(this.id, { reservedForSecondFactor: params.reserved }));
  }

  /** Makes this reserved number the one a sign-in texts first. */
  makeDefaultSecondFactor(): Promise<this> {
    return this.#update((api) => api.updatePhoneNumber(this.id, { defaultSecondFactor: true }));
  }

  toString(): string {
    return this.phoneNumber;
  }

  async #update(
    call: (api: FrontendApi) => Promise<FapiResult<PhoneNumberJSON | SecondFactorPhoneNumberJSON>>,
  ): Promise<this> {
    return assignView(this, toView(await runFapi(this.#host, call)));
  }
}
