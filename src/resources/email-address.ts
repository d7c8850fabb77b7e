import { Verification } from './verification.js';
import type { EmailAddressWire, IdentificationLinkWire, PhoneNumberWire } from './wire.js';

/** One of a user's email addresses. */
export class EmailAddress {
  readonly id: string;
  readonly emailAddress: string;
  readonly reserved: boolean;
  readonly verification: Verification;
  readonly linkedTo: IdentificationLinkWire[];

  constructor(json: EmailAddressWire) {
    this.id = json.id;
    this.emailAddress = json.email_address ?? '';
    this.reserved = json.reserved ?? false;
    this.verification = new Verification(json.verification);
    this.linkedTo = [...(json.linked_to ?? [])];
  }

  toString(): string {
    return this.emailAddress;
  }
}

/** One of a user's phone numbers. */
export class PhoneNumber {
  readonly id: string;
  readonly phoneNumber: string;
  readonly reservedForSecondFactor: boolean;
  readonly defaultSecondFactor: boolean;
  readonly verification: Verification;

  constructor(json: PhoneNumberWire) {
    this.id = json.id;
    this.phoneNumber = json.phone_number ?? '';
    this.reservedForSecondFactor = json.reserved_for_second_factor ?? false;
    this.defaultSecondFactor = json.default_second_factor ?? false;
    this.verification = new Verification(json.verification);
  }

  toString(): string {
    return this.phoneNumber;
  }
}
