import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { enUSPasswordStrength } from '../../localization/en-US-sign-up-steps.js';
import { zxcvbnOptions } from './zxcvbn-options.js';

export { enUSPasswordStrength as strings } from '../../localization/en-US-sign-up-steps.js';
export { strengthMeterCss as stepCss } from './password-strength.styles.js';

/**
 * The password strength estimate: zxcvbn-ts with its common and English dictionaries, hundreds of kilobytes, so
 * this module is its own lazy chunk, fetched when the password field first gets focus and never before, and a
 * file of its own beside dist/latch.full.js (vite.config.ts). It imports neither Lit nor Latch's core, only data
 * and the meter's rules: the card draws the line (steps/password-strength-line.ts). The server scores with the same
 * library and dictionaries (server/domain/password-strength.ts).
 */
const estimator = new ZxcvbnFactory(zxcvbnOptions);

/** zxcvbn's verdict: the score, 0 (guessable) to 4, and its feedback as codes the card has strings for. */
export interface PasswordEstimate {
  score: number;
  /** Why the password is guessable (`wordByItself`, …), or null. */
  warning: string | null;
  /** What would make it stronger (`anotherWord`, …). */
  suggestions: string[];
}

const { warnings, suggestions } = enUSPasswordStrength.unstable__errors.zxcvbn;

/**
 * Names and user inputs (the other fields) count against the password. Built without translations, zxcvbn-ts
 * answers with its message keys, which the card words itself; a code a newer zxcvbn may add, with no string of
 * ours, is left out rather than shown raw.
 */
export function estimatePassword(password: string, userInputs: string[]): PasswordEstimate {
  const { score, feedback } = estimator.check(password, userInputs.filter(Boolean));
  const warning = feedback.warning && Object.hasOwn(warnings, feedback.warning) ? feedback.warning : null;
  return { score, warning, suggestions: feedback.suggestions.filter((code) => Object.hasOwn(suggestions, code)) };
}
