/**
 * What a sign-up password field shows around its input: the show/hide button, the instance's rules, and the
 * strength line. Part of the steps' download, which `<latch-sign-up>` starts with its first render: the start form
 * paints with a plain password input, and these join it a moment later. The button sits in the input's end
 * padding, which the input keeps from the start, so nothing moves when it appears; the rules show once the field
 * has had focus (or holds a value), before the user can fail them, as Clerk's card shows them.
 */
import { html, nothing } from 'lit';
import type { Environment } from '../../../resources/index.js';
import { type FieldOptions, fieldId, type UiHost } from '../../../ui/form.js';
import { passwordReveal } from '../../../ui/password-reveal.js';
import type { FormStatus } from '../../base/form-status.js';
import type { SignUpField } from '../sign-up.js';
import { checkPasswordRules, passwordRulesOf, renderPasswordRules } from './password-rules.js';
import { renderPasswordStrength } from './password-strength-line.js';

/** The strength estimator's module (zxcvbn), or an empty one when it could not be fetched (sign-up.ts). */
export type StrengthMeter = Partial<typeof import('../password-strength.js')>;

/** What the aids use of the card. */
export interface PasswordAidsHost {
  ui: UiHost;
  lazy<T>(loader: () => Promise<T>): T | undefined;
  loadStrengthMeter(): Promise<StrengthMeter>;
}

/** The password field's state, which the element keeps (it survives the steps' module arriving). */
export interface PasswordFieldState {
  password: string;
  shown: boolean;
  onToggle(): void;
  /** The field has had focus: the rules show, and the strength meter's chunk may load (never before, it is large). */
  focused: boolean;
  /** The other fields' values, which count against the password's strength. */
  related: string[];
}

/** The type, button and details to spread into the password field's options. */
export function passwordAids(
  { ui, lazy, loadStrengthMeter }: PasswordAidsHost,
  environment: Environment,
  state: PasswordFieldState,
): Partial<FieldOptions> {
  const rules = passwordRulesOf(environment.userSettings.passwordSettings);
  const { password } = state;
  const id = fieldId(ui, 'password');
  const reveal = passwordReveal(ui, 'password', { shown: state.shown, onToggle: state.onToggle });
  if (!state.focused && !password) return reveal;
  const meter = rules.showZxcvbn ? lazy(loadStrengthMeter) : undefined;
  const strength =
    meter?.estimatePassword && password
      ? renderPasswordStrength(
          ui,
          `${id}-strength`,
          meter.estimatePassword(password, state.related),
          rules.minZxcvbnStrength,
        )
      : undefined;
  return {
    ...reveal,
    details: {
      ids: strength ? [`${id}-rules`, `${id}-strength`] : [`${id}-rules`],
      content: html`${renderPasswordRules(ui, `${id}-rules`, rules, checkPasswordRules(rules, password))}${strength ?? nothing}`,
    },
  };
}

/** A password that misses one of the instance's rules is refused at the field, before any round trip. */
export async function rejectUnmetPasswordRules(
  ui: UiHost,
  status: FormStatus,
  environment: Environment,
  ids: SignUpField[],
  password: string,
): Promise<boolean> {
  if (!ids.includes('password') || !password) return false;
  const rules = passwordRulesOf(environment.userSettings.passwordSettings);
  const unmet = checkPasswordRules(rules, password).find((rule) => !rule.met);
  if (!unmet) return false;
  const code = unmet.key === 'minimumLength' ? 'form_password_length_too_short' : 'form_password_not_strong_enough';
  await status.reject({ password: () => ui.t(`unstable__errors.${code}`) });
  return true;
}
