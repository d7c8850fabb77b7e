import { lazyModule } from '../lazy-module.js';

/** The organization profile's HTTP requests (./organization-profile-requests.ts), fetched on the first call. */
export const organizationProfileRequests = lazyModule<typeof import('./organization-profile-requests.js')>();
