import { toDate } from './dates.js';
import { EmailAddress, PhoneNumber } from './email-address.js';
import { type ResourceHost, runFapi } from './host.js';
import type { UserWire } from './wire.js';

/** The signed-in user (Clerk's `User`). */
export class User {
  id = '';
  externalId: string | null = null;
  username: string | null = null;
  firstName: string | null = null;
  lastName: string | null = null;
  imageUrl = '';
  hasImage = false;
  primaryEmailAddressId: string | null = null;
  primaryPhoneNumberId: string | null = null;
  emailAddresses: EmailAddress[] = [];
  phoneNumbers: PhoneNumber[] = [];
  passwordEnabled = false;
  twoFactorEnabled = false;
  totpEnabled = false;
  backupCodeEnabled = false;
  publicMetadata: Record<string, unknown> = {};
  unsafeMetadata: Record<string, unknown> = {};
  deleteSelfEnabled = false;
  createOrganizationEnabled = false;
  lastSignInAt: Date | null = null;
  createdAt: Date | null = null;
  updatedAt: Date | null = null;

  readonly #host: ResourceHost;

  constructor(host: ResourceHost, json: UserWire) {
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

  /** @internal Replaces this object's fields with a fresh JSON snapshot. */
  fromJSON(json: UserWire): this {
    this.id = json.id;
    this.externalId = json.external_id ?? null;
    this.username = json.username ?? null;
    this.firstName = json.first_name ?? null;
    this.lastName = json.last_name ?? null;
    this.imageUrl = json.image_url ?? '';
    this.hasImage = json.has_image ?? false;
    this.primaryEmailAddressId = json.primary_email_address_id || null;
    this.primaryPhoneNumberId = json.primary_phone_number_id || null;
    this.emailAddresses = (json.email_addresses ?? []).map((email) => new EmailAddress(email));
    this.phoneNumbers = (json.phone_numbers ?? []).map((phone) => new PhoneNumber(phone));
    this.passwordEnabled = json.password_enabled ?? false;
    this.twoFactorEnabled = json.two_factor_enabled ?? false;
    this.totpEnabled = json.totp_enabled ?? false;
    this.backupCodeEnabled = json.backup_code_enabled ?? false;
    this.publicMetadata = { ...(json.public_metadata ?? {}) };
    this.unsafeMetadata = { ...(json.unsafe_metadata ?? {}) };
    this.deleteSelfEnabled = json.delete_self_enabled ?? false;
    this.createOrganizationEnabled = json.create_organization_enabled ?? false;
    this.lastSignInAt = toDate(json.last_sign_in_at);
    this.createdAt = toDate(json.created_at);
    this.updatedAt = toDate(json.updated_at);
    return this;
  }
}
