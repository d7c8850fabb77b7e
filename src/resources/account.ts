/**
 * The account resources, a module of their own (src/api/account-kit.ts says why and who awaits it): importing
 * it registers what the loader's code builds from JSON holding a session. The classes it reaches (User, the
 * email addresses, phone numbers, passkeys and external accounts, Organization's memberships) come with it.
 */
import { provideAccount } from '../api/account-kit.js';
import { sessionSchema } from '../api/schemas/session.js';
import { Organization } from './organization.js';
import { Session } from './session.js';

provideAccount({ Session, Organization, sessionSchema });
