import type { TemplateResult } from 'lit';
import { field, type UiHost } from './form.js';

/**
 * The one-time-code field of the verification steps, apart from form.ts: the first step of a card has none, so the
 * card's page does not carry it; the steps that ask for a code share this module.
 */

/** Verification codes are six digits, as Clerk's are. */
export const CODE_LENGTH = 6;

/**
 * The one-time-code field of every verification step: digits only, `one-time-code` autocomplete (SMS and
 * email autofill), and `onComplete` once all six digits are in, so pasting a code submits it.
 */
export function codeField(
  host: UiHost,
  o: {
    label: string;
    value: string;
    error?: string;
    hint?: string;
    onInput: (code: string) => void;
    onComplete: () => void;
  },
): TemplateResult {
  return field(host, {
    id: 'code',
    label: o.label,
    name: 'code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: CODE_LENGTH,
    inputKey: 'otpCodeFieldInput',
    value: o.value,
    error: o.error,
    hint: o.hint,
    required: true,
    autofocus: true,
    onInput: (value) => {
      const code = value.replace(/\D/g, '').slice(0, CODE_LENGTH);
      o.onInput(code);
      if (code.length === CODE_LENGTH) o.onComplete();
    },
  });
}

/**
 * Refuses a code with digits missing without a round trip, saying under the field how many it takes. True when it
 * refused.
 */
export async function rejectIncompleteCode(
  host: UiHost,
  status: { reject(errors: Record<string, () => string>): Promise<void> },
  code: string,
): Promise<boolean> {
  if (code.length >= CODE_LENGTH) return false;
  await status.reject({ code: () => host.t('unstable__latch.codeIncomplete', { length: CODE_LENGTH }) });
  return true;
}
