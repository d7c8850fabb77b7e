/**
 * Clerk's `has()` for organizations: is the signed-in user, in the session's active organization, given a
 * role or a permission? Roles and permissions may be written with or without their `org:` prefix
 * (`'admin'` = `'org:admin'`), as Clerk accepts. With no active organization (the personal account) every
 * role and permission check is false. This hides UI; it secures nothing (the server checks for itself).
 */
export type CheckAuthorizationParams =
  | { role: string; permission?: never }
  | { permission: string; role?: never }
  | { role?: undefined; permission?: undefined };

/** The active membership's facts `has()` reads (a `user.organizationMemberships` entry fits). */
export interface AuthorizationMembership {
  role: string;
  permissions: readonly string[];
}

export type Has = (params: CheckAuthorizationParams) => boolean;

function withOrgPrefix(value: string): string {
  return value.startsWith('org:') ? value : `org:${value}`;
}

/** The check itself; `membership` is null for the personal account or a signed-out user. */
export function checkAuthorization(
  membership: AuthorizationMembership | null,
  params: CheckAuthorizationParams,
): boolean {
  if (!membership) return false;
  if (params.permission) return membership.permissions.includes(withOrgPrefix(params.permission));
  if (params.role) return membership.role === withOrgPrefix(params.role);
  return false;
}

/** A bound `has` for one membership, the shape `<latch-protect>`'s `condition` receives. */
export function hasFor(membership: AuthorizationMembership | null): Has {
  return (params) => checkAuthorization(membership, params);
}
