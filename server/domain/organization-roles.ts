import type { OrganizationSettings } from '../instance.js';

/** Clerk's system permissions: they power the organization endpoints and never appear in session tokens. */
export const SYSTEM_PERMISSIONS = [
  'org:sys_profile:manage',
  'org:sys_profile:delete',
  'org:sys_memberships:read',
  'org:sys_memberships:manage',
  'org:sys_domains:read',
  'org:sys_domains:manage',
] as const;

export type SystemPermission = (typeof SYSTEM_PERMISSIONS)[number];

export interface RoleDefinition {
  key: string;
  name: string;
  description: string;
  permissions: string[];
}

const BUILT_IN_ROLES: RoleDefinition[] = [
  {
    key: 'org:admin',
    name: 'Admin',
    description: 'Manages the organization: its profile, members and domains.',
    permissions: [...SYSTEM_PERMISSIONS],
  },
  {
    key: 'org:member',
    name: 'Member',
    description: 'Reads the organization and its members.',
    permissions: ['org:sys_memberships:read', 'org:sys_domains:read'],
  },
];

/** The instance's roles: the built-in admin and member, then the custom ones from the instance settings. */
export class OrganizationRoles {
  private readonly byKey: Map<string, RoleDefinition>;

  constructor(settings: OrganizationSettings) {
    const custom = settings.roles.map((role) => ({ description: '', ...role, permissions: [...role.permissions] }));
    this.byKey = new Map([...BUILT_IN_ROLES, ...custom].map((role) => [role.key, role]));
  }

  get(key: string): RoleDefinition | undefined {
    return this.byKey.get(key);
  }

  all(): RoleDefinition[] {
    return [...this.byKey.values()];
  }

  permissionsOf(key: string): string[] {
    return this.byKey.get(key)?.permissions ?? [];
  }

  allows(key: string, permission: string): boolean {
    return this.permissionsOf(key).includes(permission);
  }
}

export function isSystemPermission(permission: string): boolean {
  return (SYSTEM_PERMISSIONS as readonly string[]).includes(permission);
}
