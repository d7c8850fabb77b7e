/**
 * How the organization-enrollment code (verified domains, membership requests, suggestions, the user's
 * invitations: src/core/organization-enrollment.ts) arrives. Most pages never call it, so the core never names
 * the module (the script-tag loader would inline a dynamic import): the `latch` module entry imports it, the
 * script-tag loader fetches it as its `organization-enrollment` chunk, and the elements that use it (create-org,
 * org-list) set it too, so an ES page importing only an element entry has it. All resolve to the same module.
 */
import { LatchRuntimeError } from './errors.js';

export type OrganizationEnrollmentModule = typeof import('../core/organization-enrollment.js');

let load: (() => Promise<OrganizationEnrollmentModule>) | null = null;

export function setOrganizationEnrollmentLoader(loader: () => Promise<OrganizationEnrollmentModule>): void {
  load = loader;
}

/** The module, fetched the first time a domain, request, suggestion or invitation is asked for. */
export function loadOrganizationEnrollment(): Promise<OrganizationEnrollmentModule> {
  if (!load) {
    return Promise.reject(
      new LatchRuntimeError('organization_enrollment_unavailable', 'This build cannot manage organization enrollment.'),
    );
  }
  return load();
}
