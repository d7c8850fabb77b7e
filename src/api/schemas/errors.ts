/** The FAPI error envelope: `{errors: [{code, message, long_message, meta}], meta?, clerk_trace_id?}`. */
import * as z from 'zod/mini';
import { lazySchema, maybe, metadata, text } from './helpers.js';

export const apiErrorSchema = lazySchema(() =>
  z.looseObject({
    code: z.string(),
    message: text(),
    long_message: maybe(z.string()),
    /** `param_name`, `session_id`, `email_addresses`, `identifiers`, `zxcvbn`, … (any JSON). */
    meta: metadata(),
  }),
);

export const apiErrorEnvelopeSchema = lazySchema(() =>
  z.looseObject({
    errors: z.array(apiErrorSchema),
    clerk_trace_id: maybe(z.string()),
  }),
);

export type ApiErrorJSON = z.output<typeof apiErrorSchema>;
export type ApiErrorEnvelopeJSON = z.output<typeof apiErrorEnvelopeSchema>;
