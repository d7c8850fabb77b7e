import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { html, type TemplateResult } from 'lit';
import type { UiHost } from '../../ui/form.js';

export { enUSPasswordStrength as strings } from '../../localization/en-US-sign-up-steps.js';

/**
 * The password strength meter: zxcvbn-ts with its common and English dictionaries, hundreds of kilobytes, so
 * this module is its own lazy chunk, fetched when the password field first gets focus and never before. The
 * server scores with the same library and dictionaries (server/domain/password-strength.ts).
 */
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
});

/** zxcvbn's score, 0 (guessable) to 4; names and user inputs (the other fields) count against it. */
export function scorePassword(password: string, userInputs: string[]): number {
  return estimator.check(password, userInputs.filter(Boolean)).score;
}

/**
 * One line under the field: how strong the password is against the instance's minimum, as words (a polite live
 * region, so a screen reader hears it change) and as a bar whose length follows the score (`data-score`).
 */
export function renderPasswordStrength(host: UiHost, id: string, score: number, minimum: number): TemplateResult {
  const level = score < minimum ? 'notEnough' : score < 4 ? 'couldBeStronger' : 'goodPassword';
  const key = level === 'goodPassword' ? 'formFieldSuccessText' : 'formFieldWarningText';
  return html`<p id=${id} class=${host.cls(key, { id: 'password' })} data-score=${score} aria-live="polite">
    ${host.t(`unstable__errors.zxcvbn.${level}`)}
  </p>`;
}
