import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { html, type TemplateResult } from 'lit';
import { enUSPasswordStrength } from '../../localization/en-US-sign-up-steps.js';
import type { UiHost } from '../../ui/form.js';
import { zxcvbnOptions } from './zxcvbn-options.js';

export { enUSPasswordStrength as strings } from '../../localization/en-US-sign-up-steps.js';

/**
 * The password strength meter: zxcvbn-ts with its common and English dictionaries, hundreds of kilobytes, so
 * this module is its own lazy chunk, fetched when the password field first gets focus and never before. The
 * server scores with the same library and dictionaries (server/domain/password-strength.ts).
 */
const estimator = new ZxcvbnFactory(zxcvbnOptions);

/** zxcvbn's verdict: the score, 0 (guessable) to 4, and its feedback as codes (its message keys). */
export interface PasswordEstimate {
  score: number;
  /** Why the password is guessable (`wordByItself`, …), or null. */
  warning: string | null;
  /** What would make it stronger (`anotherWord`, …). */
  suggestions: string[];
}

/** Names and user inputs (the other fields) count against the password. */
export function estimatePassword(password: string, userInputs: string[]): PasswordEstimate {
  // Built without translations, zxcvbn-ts answers with its message keys: the card words them itself.
  const { score, feedback } = estimator.check(password, userInputs.filter(Boolean));
  return { score, warning: feedback.warning || null, suggestions: feedback.suggestions };
}

const { warnings, suggestions } = enUSPasswordStrength.unstable__errors.zxcvbn;

/** The localized sentence for a zxcvbn code, or nothing for a code a newer zxcvbn may add that has no string. */
function feedbackText(host: UiHost, group: 'warnings' | 'suggestions', code: string | null): string[] {
  const known = group === 'warnings' ? warnings : suggestions;
  return code && Object.hasOwn(known, code) ? [host.t(`unstable__errors.zxcvbn.${group}.${code}`)] : [];
}

/**
 * One line under the field: how strong the password is against the instance's minimum, as words (a polite live
 * region, so a screen reader hears it change) and as a bar whose length follows the score (`data-score`); while
 * it is too weak, zxcvbn's warning and suggestions follow, in the page's language.
 */
export function renderPasswordStrength(
  host: UiHost,
  id: string,
  estimate: PasswordEstimate,
  minimum: number,
): TemplateResult {
  const { score } = estimate;
  const level = score < minimum ? 'notEnough' : score < 4 ? 'couldBeStronger' : 'goodPassword';
  const key = level === 'goodPassword' ? 'formFieldSuccessText' : 'formFieldWarningText';
  const advice =
    level === 'notEnough'
      ? [
          ...feedbackText(host, 'warnings', estimate.warning),
          ...estimate.suggestions.flatMap((code) => feedbackText(host, 'suggestions', code)),
        ]
      : [];
  return html`<p id=${id} class=${host.cls(key, { id: 'password' })} data-score=${score} aria-live="polite">
    ${[host.t(`unstable__errors.zxcvbn.${level}`), ...advice].join(' ')}
  </p>`;
}
