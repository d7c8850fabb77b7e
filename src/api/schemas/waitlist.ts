/** The waitlist entry `POST /v1/waitlist` answers (a bare body, no client envelope). */
import * as z from 'zod/mini';

export const waitlistEntrySchema = z.looseObject({
  id: z.string(),
});

export type WaitlistEntryJSON = z.output<typeof waitlistEntrySchema>;
