/**
 * The organization profile's requests (invitations, logo, roles), loaded by the HTTP adapter on their first use
 * so that the script-tag loader does not carry them or their schemas. Each takes the adapter's envelope call.
 */
import type * as z from 'zod/mini';
import type { CreateOrganizationInvitationsParams, FapiResult, OrganizationInvitationsParams } from '../fapi.js';
// From their own modules, not ../schemas/index.js: through the index a chunk would make the loader keep every
// schema module whole (scripts/loader-build.mjs shares re-exported modules as namespaces).
import { organizationSchema } from '../schemas/organization.js';
import {
  organizationInvitationListSchema,
  organizationInvitationPageSchema,
  organizationInvitationSchema,
  organizationRolePageSchema,
} from '../schemas/organization-invitation.js';
import { deletedObjectSchema } from '../schemas/user.js';
import type { RequestSpec } from './http-api.js';

/** The adapter's `#envelope`: sends the request and parses the `{response, client}` envelope, `response` by `schema`. */
export type EnvelopeCall = <T extends z.ZodMiniType>(
  spec: RequestSpec,
  schema: T,
  what: string,
) => Promise<FapiResult<z.output<T>>>;

const orgPath = (organizationId: string, rest: string) => `/organizations/${encodeURIComponent(organizationId)}${rest}`;

/** GET …/invitations?paginated=true. */
export function getOrganizationInvitations(
  call: EnvelopeCall,
  organizationId: string,
  params: OrganizationInvitationsParams = {},
) {
  const query = { paginated: true, limit: params.limit, offset: params.offset, status: params.status };
  const spec: RequestSpec = { method: 'GET', path: orgPath(organizationId, '/invitations'), query };
  return call(spec, organizationInvitationPageSchema, 'invitations');
}

/** POST …/invitations/bulk: `email_address` repeated, one role. */
export function createOrganizationInvitations(
  call: EnvelopeCall,
  organizationId: string,
  params: CreateOrganizationInvitationsParams,
) {
  const body = { emailAddress: params.emailAddresses, role: params.role };
  const spec: RequestSpec = { method: 'POST', path: orgPath(organizationId, '/invitations/bulk'), body };
  return call(spec, organizationInvitationListSchema, 'invitations');
}

/** POST …/invitations/{id}/revoke. */
export function revokeOrganizationInvitation(call: EnvelopeCall, organizationId: string, invitationId: string) {
  const path = orgPath(organizationId, `/invitations/${encodeURIComponent(invitationId)}/revoke`);
  return call({ method: 'POST', path }, organizationInvitationSchema, 'invitation');
}

/** PUT …/logo, multipart with a `file` part. */
export function setOrganizationLogo(call: EnvelopeCall, organizationId: string, file: Blob) {
  const upload = new FormData();
  upload.append('file', file);
  return call({ method: 'PUT', path: orgPath(organizationId, '/logo'), upload }, organizationSchema, 'organization');
}

/** DELETE …/logo. */
export function deleteOrganizationLogo(call: EnvelopeCall, organizationId: string) {
  return call({ method: 'DELETE', path: orgPath(organizationId, '/logo') }, deletedObjectSchema, 'deleted logo');
}

/** GET …/roles: every role of the instance (an instance has a handful). */
export function getOrganizationRoles(call: EnvelopeCall, organizationId: string) {
  const spec: RequestSpec = { method: 'GET', path: orgPath(organizationId, '/roles'), query: { limit: 100 } };
  return call(spec, organizationRolePageSchema, 'roles');
}
