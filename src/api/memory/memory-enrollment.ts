/**
 * The memory adapter's verified domains, suggestions, invitations and membership requests, and their wire
 * JSON (parsed by the same schemas as the HTTP adapter's answers).
 */
import {
  organizationDomainSchema,
  organizationMembershipRequestSchema,
  organizationSuggestionSchema,
  userOrganizationInvitationSchema,
} from '../schemas/organization-enrollment.js';
import { parseOrThrow } from '../validate.js';
import { identifierOf, type OrganizationRecord, type UserRecord } from './records.js';

/** What the memory instance starts with, for the signed-in user (organizations by slug, among `organizations`). */
export interface MemoryEnrollmentSeed {
  /** Organizations suggested to the signed-in user. */
  organizationSuggestions?: string[];
  /** Organizations that invited the signed-in user (as `org:member`). */
  organizationInvitations?: string[];
  /** Pending membership requests: organization slug → requesters' email addresses (among `users`). */
  membershipRequests?: Record<string, string[]>;
  /** Verified domains: organization slug → domain names (in `automatic_suggestion` mode). */
  organizationDomains?: Record<string, string[]>;
}

interface Timestamps {
  id: string;
  organization: OrganizationRecord;
  status: string;
  createdAt: number;
  updatedAt: number;
}

export interface DomainRecord extends Omit<Timestamps, 'status'> {
  name: string;
  enrollmentMode: string;
  affiliationEmailAddress: string | null;
  verification: { status: 'unverified' | 'verified'; attempts: number; expireAt: number | null } | null;
}

export interface SuggestionRecord extends Timestamps {
  user: UserRecord;
}

export interface InvitationRecord extends Timestamps {
  emailAddress: string;
  role: string;
}

export interface RequestRecord extends Timestamps {
  user: UserRecord;
}

export interface EnrollmentRecords {
  domains: DomainRecord[];
  suggestions: SuggestionRecord[];
  invitations: InvitationRecord[];
  requests: RequestRecord[];
}

function publicOrganizationData(org: OrganizationRecord) {
  return { id: org.id, name: org.name, slug: org.slug, image_url: org.imageUrl, has_image: false };
}

export function domainJSON(domain: DomainRecord, pending: { invitations: number; suggestions: number }) {
  const verification = domain.verification && {
    status: domain.verification.status,
    strategy: 'email_code',
    attempts: domain.verification.attempts,
    expire_at: domain.verification.expireAt,
  };
  const wire = {
    object: 'organization_domain',
    id: domain.id,
    organization_id: domain.organization.id,
    name: domain.name,
    enrollment_mode: domain.enrollmentMode,
    affiliation_email_address: domain.affiliationEmailAddress,
    affiliation_verification: verification,
    verification,
    total_pending_invitations: pending.invitations,
    total_pending_suggestions: pending.suggestions,
    created_at: domain.createdAt,
    updated_at: domain.updatedAt,
  };
  return parseOrThrow(organizationDomainSchema, wire, 'memory domain');
}

export function suggestionJSON(suggestion: SuggestionRecord) {
  const wire = {
    object: 'organization_suggestion',
    id: suggestion.id,
    status: suggestion.status,
    public_organization_data: publicOrganizationData(suggestion.organization),
    created_at: suggestion.createdAt,
    updated_at: suggestion.updatedAt,
  };
  return parseOrThrow(organizationSuggestionSchema, wire, 'memory suggestion');
}

export function invitationJSON(invitation: InvitationRecord) {
  const wire = {
    object: 'organization_invitation',
    id: invitation.id,
    email_address: invitation.emailAddress,
    role: invitation.role,
    role_name: invitation.role === 'org:admin' ? 'Admin' : 'Member',
    organization_id: invitation.organization.id,
    status: invitation.status,
    public_organization_data: publicOrganizationData(invitation.organization),
    created_at: invitation.createdAt,
    updated_at: invitation.updatedAt,
  };
  return parseOrThrow(userOrganizationInvitationSchema, wire, 'memory invitation');
}

export function requestJSON(request: RequestRecord) {
  const { user } = request;
  const wire = {
    object: 'organization_membership_request',
    id: request.id,
    organization_id: request.organization.id,
    status: request.status,
    public_user_data: {
      first_name: user.firstName,
      last_name: user.lastName,
      image_url: user.imageUrl,
      identifier: identifierOf(user),
      user_id: user.id,
    },
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  };
  return parseOrThrow(organizationMembershipRequestSchema, wire, 'memory membership request');
}

/** One page of already parsed items, filtered by status when asked. */
export function statusPage<T>(items: T[], params: { limit?: number; offset?: number; status?: string }) {
  const matches = params.status
    ? items.filter((item) => (item as { status?: unknown }).status === params.status)
    : items;
  const offset = params.offset ?? 0;
  const page = { data: matches.slice(offset, offset + (params.limit ?? 10)), total_count: matches.length };
  return page as { data: T[]; total_count: number };
}
