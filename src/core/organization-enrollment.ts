/**
 * The organization-enrollment code in one lazily loaded module (./../api/organization-enrollment-loader.ts says
 * how it arrives): the HTTP requests and schemas, and the resources' list and create calls.
 */
export { enrollmentRequests } from '../api/http/organization-enrollment-http.js';
export { createDomain, getDomains, getMembershipRequests } from '../resources/organization-domain.js';
export { getOrganizationInvitations, getOrganizationSuggestions } from '../resources/organization-suggestion.js';
