import type { PendingExternalAccount } from '../oauth/flows.js';
import { verificationJSON } from './verification.js';

/**
 * ExternalAccountWithVerification for an account still being connected: nothing is known from the provider yet,
 * and the verification's `external_verification_redirect_url` is where the browser goes to authorize it.
 */
export function pendingExternalAccountJSON(pending: PendingExternalAccount) {
  const { verification } = pending;
  return {
    object: 'external_account',
    id: pending.id,
    provider: `oauth_${pending.provider}`,
    identification_id: `idn_${pending.id.slice('eac_'.length)}`,
    provider_user_id: '',
    approved_scopes: '',
    email_address: '',
    email_address_verified: null,
    first_name: '',
    last_name: '',
    image_url: null,
    username: null,
    phone_number: null,
    public_metadata: {},
    label: null,
    created_at: verification.created_at,
    updated_at: verification.updated_at,
    verification: verificationJSON(verification),
  };
}
