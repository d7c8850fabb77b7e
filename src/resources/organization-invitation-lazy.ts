import { lazyModule } from '../api/lazy-module.js';

/** `Organization`'s invitation, role and logo calls (./organization-invitation.ts), fetched on the first call. */
export const organizationInvitationCalls = lazyModule<typeof import('./organization-invitation.js')>();
