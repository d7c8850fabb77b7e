import type { UserUpdateParams } from '../api/fapi.js';
import type { UserJSON } from '../api/schemas/index.js';
import { EmailAddress, PhoneNumber } from './email-address.js';
import { type ResourceHost, runFapi } from './host.js';
import { assignView, toView, type View } from './view.js';

export interface User extends Omit<View<UserJSON>, 'emailAddresses' | 'phoneNumbers'> {}

/**
 * The signed-in user (Clerk's `User`): the fields of `GET /v1/me`, camelCased, a few derived ones, and the
 * account's writes with Clerk's method names. Every write answers with the server's objects and refreshes
 * this one (the piggybacked client also rebuilds `latch.user`).
 */
export class User {
  readonly #host: ResourceHost;
  emailAddresses: EmailAddress[] = [];
  phoneNumbers: PhoneNumber[] = [];

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

  /** Re-reads the user from `GET /v1/me`. */
  async reload(): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.getMe()));
  }

  /** `PATCH /v1/me`: names, username, primary email address / phone number (`null` clears a name). */
  async update(params: UserUpdateParams): Promise<this> {
    return this.fromJSON(await runFapi(this.#host, (api) => api.updateMe(params)));
  }

  /** Uploads a new profile image (png, jpeg, gif or webp); `null` removes it. Then re-reads the user. */
  async setProfileImage(params: { file: Blob | null }): Promise<this> {
    const { file } = params;
    await runFapi<unknown>(this.#host, (api) => (file ? api.setProfileImage(file) : api.deleteProfileImage()));
    return this.reload();
  }

  /** Adds an unverified email address; verify it with `prepareVerification` / `attemptVerification`. */
  async createEmailAddress(params: { email: string }): Promise<EmailAddress> {
    const json = await runFapi(this.#host, (api) => api.createEmailAddress({ emailAddress: params.email }));
    const email = new EmailAddress(this.#host, json);
    this.emailAddresses = [...this.emailAddresses, email];
    return email;
  }

  /** Adds an unverified phone number (E.164); verify it by SMS code. */
  async createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumber> {
    const json = await runFapi(this.#host, (api) => api.createPhoneNumber({ phoneNumber: params.phoneNumber }));
    const phone = new PhoneNumber(this.#host, json);
    this.phoneNumbers = [...this.phoneNumbers, phone];
    return phone;
  }

  /** @internal Takes a fresh snapshot's fields. */
  fromJSON(json: UserJSON): this {
    const { email_addresses, phone_numbers, ...rest } = json;
    assignView(this, toView(rest));
    this.emailAddresses = email_addresses.map((email) => new EmailAddress(this.#host, email));
    this.phoneNumbers = phone_numbers.map((phone) => new PhoneNumber(this.#host, phone));
    return this;
  }
}
