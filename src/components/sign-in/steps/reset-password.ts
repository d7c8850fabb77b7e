/**
 * The new-password step of "Forgot password?" (sign-in status `needs_new_password`): the password twice and
 * "Sign out of all other devices". Its own lazily loaded module: most sign-ins never reach it.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Environment, SignIn } from '../../../resources/index.js';
import { cardHeader, field, fieldId, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { passwordReveal } from '../../../ui/password-reveal.js';
import type { FormStatus } from '../../base/form-status.js';

export interface ResetPasswordContext {
  ui: UiHost & ReactiveControllerHost;
  status: FormStatus;
  /** Its sign-in gets the new password; its environment has the password rules, said before they fail. */
  latch: { client: { signIn: SignIn }; environment: Environment };
  /** Where the sign-in goes once the password is saved (signed in, or a second factor). */
  afterReset(signIn: SignIn): Promise<void>;
}

/** What the user typed on this step, per element (kept here so the identifier page does not carry it). */
interface ResetForm {
  password: string;
  confirmPassword: string;
  signOutOfOtherSessions: boolean;
  showPassword: boolean;
}

const forms = new WeakMap<object, ResetForm>();

function formOf(ui: object): ResetForm {
  let form = forms.get(ui);
  if (!form) {
    // Signing out elsewhere is the safe default after a lost password, as on Clerk.
    form = { password: '', confirmPassword: '', signOutOfOtherSessions: true, showPassword: false };
    forms.set(ui, form);
  }
  return form;
}

/** Forgets the typed passwords (the flow finished or restarted). */
export function clearResetForm(ui: object): void {
  forms.delete(ui);
}

function update(ctx: ResetPasswordContext, patch: Partial<ResetForm>): void {
  Object.assign(formOf(ctx.ui), patch);
  ctx.ui.requestUpdate();
}

async function submit(ctx: ResetPasswordContext, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const { ui, status } = ctx;
  const form = formOf(ui);
  if (!form.password) {
    await status.reject({ newPassword: () => ui.t('unstable__errors.form_param_nil') });
    return;
  }
  if (form.password !== form.confirmPassword) {
    await status.reject({ confirmPassword: () => ui.t('formFieldError__notMatchingPasswords') });
    return;
  }
  await status.run(
    async () => {
      const signIn = await ctx.latch.client.signIn.resetPassword({
        password: form.password,
        signOutOfOtherSessions: form.signOutOfOtherSessions,
      });
      clearResetForm(ui);
      await ctx.afterReset(signIn);
    },
    { password: 'newPassword' },
  );
}

export function renderResetPassword(ctx: ResetPasswordContext): TemplateResult {
  const { ui, status } = ctx;
  const form = formOf(ui);
  const reveal = { shown: form.showPassword, onToggle: () => update(ctx, { showPassword: !form.showPassword }) };
  const checkboxId = fieldId(ui, 'signOutOfOtherSessions');
  return html`${cardHeader(ui, { title: ui.t('signIn.resetPassword.title') })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${(event: SubmitEvent) => submit(ctx, event)}>
        ${field(ui, {
          id: 'newPassword',
          label: ui.t('formFieldLabel__newPassword'),
          name: 'new-password',
          ...passwordReveal(ui, 'newPassword', reveal),
          autocomplete: 'new-password',
          value: form.password,
          error: status.error('newPassword'),
          hint: ui.t('unstable__latch.passwordMinLength', {
            min_length: ctx.latch.environment.userSettings.passwordSettings.minLength,
          }),
          required: true,
          autofocus: true,
          onInput: (password) => update(ctx, { password }),
        })}
        ${field(ui, {
          id: 'confirmPassword',
          label: ui.t('formFieldLabel__confirmPassword'),
          name: 'confirm-password',
          ...passwordReveal(ui, 'confirmPassword', reveal),
          autocomplete: 'new-password',
          value: form.confirmPassword,
          error: status.error('confirmPassword'),
          required: true,
          onInput: (confirmPassword) => update(ctx, { confirmPassword }),
        })}
        <div class=${ui.cls('formField', { id: 'signOutOfOtherSessions' })}>
          <input
            id=${checkboxId}
            class=${ui.cls('formFieldCheckboxInput', { id: 'signOutOfOtherSessions' })}
            type="checkbox"
            name="sign-out-of-other-sessions"
            .checked=${form.signOutOfOtherSessions}
            @change=${(event: Event) => update(ctx, { signOutOfOtherSessions: (event.target as HTMLInputElement).checked })}
          />
          <label class=${ui.cls('formFieldCheckboxLabel', { id: 'signOutOfOtherSessions' })} for=${checkboxId}>
            ${ui.t('formFieldLabel__signOutOfOtherSessions')}
          </label>
        </div>
        ${primaryButton(ui, { label: ui.t('signIn.resetPassword.formButtonPrimary'), busy: status.busy })}
      </form>
    </div>`;
}
