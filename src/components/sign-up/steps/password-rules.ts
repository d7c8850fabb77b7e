import { html, type TemplateResult } from 'lit';
import type { PasswordSettings } from '../../../resources/index.js';
import type { UiHost } from '../../../ui/form.js';

/** ASCII punctuation: what counts as special when the environment does not list `allowed_special_characters`. */
const DEFAULT_SPECIAL = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** One rule of the instance, named by its `unstable__errors.passwordComplexity` key. */
export interface PasswordRule {
  key: 'minimumLength' | 'requireNumbers' | 'requireLowercase' | 'requireUppercase' | 'requireSpecialCharacter';
  met: boolean;
}

/** `user_settings.password_settings` as the card reads it (camelCase, as the Environment resource views it). */
export interface PasswordRules {
  minLength: number;
  requireSpecialChar: boolean;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  /** Shows the strength meter; `minZxcvbnStrength` (0–4) is the score a password must reach. */
  showZxcvbn: boolean;
  minZxcvbnStrength: number;
  allowedSpecialCharacters: string;
}

/**
 * The instance's password rules. The loader's environment schema lists only the lengths and passes the rest
 * through untouched; they are read here, in the sign-up steps' chunk, with the same "feature off" defaults, so the
 * script-tag loader does not grow with them (a zod schema in a chunk would make the loader share all of zod).
 */
export function passwordRulesOf(settings: PasswordSettings): PasswordRules {
  const read = settings as PasswordSettings & Record<string, unknown>;
  const flag = (key: string) => read[key] === true;
  const count = (key: string) => (typeof read[key] === 'number' ? read[key] : 0);
  return {
    minLength: settings.minLength,
    requireSpecialChar: flag('requireSpecialChar'),
    requireNumbers: flag('requireNumbers'),
    requireUppercase: flag('requireUppercase'),
    requireLowercase: flag('requireLowercase'),
    showZxcvbn: flag('showZxcvbn'),
    minZxcvbnStrength: count('minZxcvbnStrength'),
    allowedSpecialCharacters: typeof read.allowedSpecialCharacters === 'string' ? read.allowedSpecialCharacters : '',
  };
}

/**
 * Each rule the instance turns on, and whether `password` meets it yet. Lengths count code points, as the
 * server does; the classes are Unicode's (an accented capital is an uppercase letter).
 */
export function checkPasswordRules(rules: PasswordRules, password: string): PasswordRule[] {
  const special = rules.allowedSpecialCharacters || DEFAULT_SPECIAL;
  const all: Array<[PasswordRule['key'], boolean, () => boolean]> = [
    ['minimumLength', rules.minLength > 0, () => [...password].length >= rules.minLength],
    ['requireNumbers', rules.requireNumbers, () => /\p{Nd}/u.test(password)],
    ['requireLowercase', rules.requireLowercase, () => /\p{Ll}/u.test(password)],
    ['requireUppercase', rules.requireUppercase, () => /\p{Lu}/u.test(password)],
    ['requireSpecialCharacter', rules.requireSpecialChar, () => [...password].some((c) => special.includes(c))],
  ];
  return all.filter(([, on]) => on).map(([key, , test]) => ({ key, met: test() }));
}

/**
 * "Your password must contain:" and one line per rule, shown before the user fails any: each line says in words
 * whether it is met (an icon and colour follow, never alone). `id` ties the list to the input's description.
 */
export function renderPasswordRules(
  host: UiHost,
  id: string,
  rules: PasswordRules,
  checks: PasswordRule[],
): TemplateResult {
  return html`<div id=${id} class=${host.cls('formFieldInfoText', { id: 'password' })}>
    <span>${host.t('unstable__errors.passwordComplexity.sentencePrefix')}</span>
    <ul class=${host.cls('formFieldHintText', { id: 'passwordRules' })}>
      ${checks.map(
        ({
          key,
          met,
        }) => html`<li class=${host.cls(met ? 'formFieldSuccessText' : 'formFieldHintText', { id: key })} data-met=${met}>
          ${host.t(`unstable__errors.passwordComplexity.${key}`, { length: rules.minLength })}
          <span class="latch-visually-hidden">${host.t(met ? 'unstable__latch.passwordRuleMet' : 'unstable__latch.passwordRuleUnmet')}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}
