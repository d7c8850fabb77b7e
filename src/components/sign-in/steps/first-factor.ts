/**
 * The sign-in steps after the identifier: the password, the email code, and the list of other ways in.
 * A separate module so a page shows the start step without downloading them; `<latch-sign-in>` fetches it
 * in the background as soon as it has rendered, and renders through the context it is given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cardHeader, codeField, field, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { keyIcon, mailIcon, pencilIcon } from '../../../ui/icons.js';
import type { FormStatus } from '../../base/form-status.js';
import type { FirstFactor } from '../factors.js';

/** What the steps read from and do to the `<latch-sign-in>` that renders them. */
export interface FirstFactorContext {
  ui: UiHost;
  status: FormStatus;
  identifier: string;
  factors: FirstFactor[];
  password: string;
  code: string;
  showPassword: boolean;
  setPassword(value: string): void;
  setCode(code: string): void;
  toggleShowPassword(): void;
  submitPassword(event: SubmitEvent): void;
  submitCode(event?: SubmitEvent): void;
  useFactor(factor: FirstFactor): void;
  editIdentifier(): void;
  showAlternatives(): void;
  backToFactor(): void;
}

function identityPreview(ctx: FirstFactorContext): TemplateResult {
  const { ui } = ctx;
  return html`<div class=${ui.cls('identityPreview')}>
    <span class=${ui.cls('identityPreviewText')}>${ctx.identifier}</span>
    <button
      type="button"
      class=${ui.cls('identityPreviewEditButton')}
      aria-label=${ui.t('unstable__latch.editIdentifier')}
      @click=${ctx.editIdentifier}
    >
      ${pencilIcon()}
    </button>
  </div>`;
}

function alternativesLink(ctx: FirstFactorContext): TemplateResult | typeof nothing {
  if (ctx.factors.length < 2) return nothing;
  return html`<div class=${ctx.ui.cls('backRow')}>
    <button type="button" class=${ctx.ui.cls('formButtonReset')} @click=${ctx.showAlternatives}>
      ${ctx.ui.t('signIn.alternativeMethods.actionLink')}
    </button>
  </div>`;
}

export function renderPassword(ctx: FirstFactorContext): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, { title: ui.t('signIn.password.title'), subtitle: ui.t('signIn.password.subtitle') })}
    ${identityPreview(ctx)}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${ctx.submitPassword}>
        <input class="latch-visually-hidden" tabindex="-1" aria-hidden="true" name="username" autocomplete="username"
          .value=${ctx.identifier} readonly />
        ${field(ui, {
          id: 'password',
          label: ui.t('formFieldLabel__password'),
          name: 'password',
          type: 'password',
          autocomplete: 'current-password',
          value: ctx.password,
          error: status.error('password'),
          required: true,
          autofocus: true,
          reveal: { shown: ctx.showPassword, onToggle: ctx.toggleShowPassword },
          onInput: ctx.setPassword,
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx)}
    </div>`;
}

export function renderEmailCode(ctx: FirstFactorContext, factor: FirstFactor): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, { title: ui.t('signIn.emailCode.title'), subtitle: ui.t('signIn.emailCode.subtitle') })}
    ${identityPreview(ctx)}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${ctx.submitCode}>
        ${codeField(ui, {
          label: ui.t('signIn.emailCode.formTitle'),
          value: ctx.code,
          error: status.error('code'),
          hint: factor.safeIdentifier
            ? ui.t('unstable__latch.codeSentTo', { identifier: factor.safeIdentifier })
            : undefined,
          onInput: ctx.setCode,
          onComplete: () => ctx.submitCode(),
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx)}
    </div>`;
}

export function renderChooseStrategy(ctx: FirstFactorContext): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, {
    title: ui.t('signIn.alternativeMethods.title'),
    subtitle: ui.t('signIn.alternativeMethods.subtitle'),
  })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <div class=${ui.cls('alternativeMethods')}>
        ${ctx.factors.map(
          (factor) => html`<button
            type="button"
            class=${`${ui.cls('button')} ${ui.cls('alternativeMethodsBlockButton', { id: factor.strategy })}`}
            @click=${() => ctx.useFactor(factor)}
          >
            ${factor.strategy === 'email_code' ? mailIcon() : keyIcon()}
            <span>${
              factor.strategy === 'email_code'
                ? ui.t('signIn.alternativeMethods.blockButton__emailCode', { identifier: factor.safeIdentifier ?? '' })
                : ui.t('signIn.alternativeMethods.blockButton__password')
            }</span>
          </button>`,
        )}
      </div>
      <div class=${ui.cls('backRow')}>
        <button type="button" class=${ui.cls('backLink')} @click=${ctx.backToFactor}>${ui.t('backButton')}</button>
      </div>
    </div>`;
}
