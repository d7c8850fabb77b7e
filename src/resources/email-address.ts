import type { EmailAddressJSON, PhoneNumberJSON } from '../api/schemas/index.js';
import type { View } from './view.js';

/** One of a user's email addresses: `id`, `emailAddress`, `verification`. */
export type EmailAddress = View<EmailAddressJSON>;

/** One of a user's phone numbers: `id`, `phoneNumber`, `verification`. */
export type PhoneNumber = View<PhoneNumberJSON>;
