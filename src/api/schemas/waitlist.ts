/** The waitlist entry `POST /v1/waitlist` answers (a bare body, no client envelope). */
import * as z from 'zod/mini';
import { lazySchema } from './helpers.js';

export const waitlistEntrySchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
  }),
);

export type WaitlistEntryJSON = z.output<typeof waitlistEntrySchema>;
