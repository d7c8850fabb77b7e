import { html, type TemplateResult } from 'lit';
import type { UiHost } from '../../../ui/form.js';

/**
 * The strength line under a sign-up password: drawn only once the estimator (password-strength.ts) has arrived,
 * so it travels with the later steps, not with the start form.
 */

/** zxcvbn's verdict as the lazy estimator gives it (password-strength.ts: PasswordEstimate). */
export interface StrengthEstimate {
  score: number;
  warning: string | null;
  suggestions: string[];
}

/**
 * One line under the field: how strong the password is against the instance's minimum, as words (a polite live
 * region, so a screen reader hears it change) and as a bar whose length follows the score (`data-score`); while
 * it is too weak, zxcvbn's warning and suggestions follow, in the page's language.
 */
export function renderPasswordStrength(
  host: UiHost,
  id: string,
  estimate: StrengthEstimate,
  minimum: number,
): TemplateResult {
  const { score } = estimate;
  const level = score < minimum ? 'notEnough' : score < 4 ? 'couldBeStronger' : 'goodPassword';
  const key = level === 'goodPassword' ? 'formFieldSuccessText' : 'formFieldWarningText';
  const advice =
    level === 'notEnough'
      ? [
          ...(estimate.warning ? [`warnings.${estimate.warning}`] : []),
          ...estimate.suggestions.map((code) => `suggestions.${code}`),
        ]
      : [];
  const sentences = [level, ...advice].map((path) => host.t(`unstable__errors.zxcvbn.${path}`));
  return html`<p id=${id} class=${host.cls(key, { id: 'password' })} data-score=${score} aria-live="polite">
    ${sentences.join(' ')}
  </p>`;
}
