/**
 * The organization-enrollment code in one lazily loaded module (the core reaches it with `import()`, which the
 * script-tag loader turns into a chunk fetch): the resources' list and create calls.
 */
export { createDomain, getDomains, getMembershipRequests } from '../resources/organization-domain.js';
export { getOrganizationInvitations, getOrganizationSuggestions } from '../resources/organization-suggestion.js';
