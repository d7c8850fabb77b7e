/**
 * The sign-in steps after the identifier: the password, the email code, and the list of other ways in.
 * A separate module so a page shows the start step without downloading them; `<latch-sign-in>` fetches it
 * in the background as soon as it has rendered, and renders through the context it is given.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cardHeader, codeField, field, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { keyIcon, mailIcon, pencilIcon } from '../../../ui/icons.js';
import type { FormStatus } from '../../base/form-status.js';
import { ResendCooldown, resendLink } from '../../base/resend-cooldown.js';
import type { FirstFactor } from '../factors.js';

/** What the steps read from and do to the `<latch-sign-in>` that renders them. */
export interface FirstFactorContext {
  ui: UiHost & ReactiveControllerHost;
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
  /** Emails the code of `factor` (again); rejects with the server's error. */
  sendCode(factor: FirstFactor): Promise<void>;
  useFactor(factor: FirstFactor): void;
  editIdentifier(): void;
  showAlternatives(): void;
  backToFactor(): void;
}

/** Each `<latch-sign-in>`'s resend cooldown, created when it first sends a code (it lives here, lazily loaded). */
const resendCooldowns = new WeakMap<ReactiveControllerHost, ResendCooldown>();

export function resendCooldownOf(host: ReactiveControllerHost): ResendCooldown {
  let cooldown = resendCooldowns.get(host);
  if (!cooldown) {
    cooldown = new ResendCooldown(host);
    resendCooldowns.set(host, cooldown);
  }
  return cooldown;
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

/** "Use another method": `signIn.password.actionLink` on the password step, `footerActionLink__useAnotherMethod` on code steps (as Clerk). */
function alternativesLink(ctx: FirstFactorContext, labelKey: string): TemplateResult | typeof nothing {
  if (ctx.factors.length < 2) return nothing;
  return html`<div class=${ctx.ui.cls('backRow')}>
    <button type="button" class=${ctx.ui.cls('formButtonReset')} @click=${ctx.showAlternatives}>
      ${ctx.ui.t(labelKey)}
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
      ${alternativesLink(ctx, 'signIn.password.actionLink')}
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
          // The identity preview above already shows the address when it is the one the code went to.
          hint:
            factor.safeIdentifier && factor.safeIdentifier !== ctx.identifier
              ? ui.t('unstable__latch.codeSentTo', { identifier: factor.safeIdentifier })
              : undefined,
          onInput: ctx.setCode,
          onComplete: () => ctx.submitCode(),
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${resendLink(ui, {
        label: ui.t('signIn.emailCode.resendButton'),
        cooldown: resendCooldownOf(ctx.ui),
        onResend: () => status.run(() => ctx.sendCode(factor)),
      })}
      ${alternativesLink(ctx, 'footerActionLink__useAnotherMethod')}
    </div>`;
}

/** Which way in the user picked last, per element: its button shows the spinner while the step loads. */
const chosenStrategy = new WeakMap<UiHost, string>();

export function renderChooseStrategy(ctx: FirstFactorContext): TemplateResult {
  const { ui, status } = ctx;
  const busyWith = status.busy ? chosenStrategy.get(ui) : undefined;
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
            aria-disabled=${status.busy ? 'true' : 'false'}
            aria-busy=${busyWith === factor.strategy ? 'true' : 'false'}
            @click=${() => {
              if (status.busy) return;
              chosenStrategy.set(ui, factor.strategy);
              ctx.useFactor(factor);
            }}
          >
            ${
              busyWith === factor.strategy
                ? html`<span class=${ui.cls('spinner')} aria-hidden="true"></span>`
                : factor.strategy === 'email_code'
                  ? mailIcon()
                  : keyIcon()
            }
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
