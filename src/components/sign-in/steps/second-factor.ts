/**
 * The sign-in's second step for accounts with two-step verification (Clerk's `factor-two` route): a code from
 * an authenticator app (`totp`), a code texted to the phone (`phone_code`), or a backup code (`backup_code`),
 * and "Use another method" between them. A separate module: only accounts that have a second factor download it.
 *
 * What the user typed and which factor they chose live here, per `<latch-sign-in>`, so the element itself
 * only routes to this step and hands over a context.
 */
import { html, nothing, type ReactiveControllerHost, svg, type TemplateResult } from 'lit';
import type { SignIn, SignInFactor } from '../../../resources/index.js';
import { codeField } from '../../../ui/code-field.js';
import { cardHeader, field, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import type { FormStatus } from '../../base/form-status.js';

export { signInCss as stepCss } from '../sign-in.styles.js';

import { ResendCooldown, resendLink } from '../../base/resend-cooldown.js';
import { keyIcon } from './factor-icons.js';

/** This step's English strings travel with it (the element registers them on load): pages that never show it do not download them. */
export { enUSSignInSecondFactor as strings } from '../../../localization/en-US-sign-in-second-factor.js';

/** What the step reads from and does to the `<latch-sign-in>` that renders it. */
export interface SecondFactorContext {
  ui: UiHost & ReactiveControllerHost;
  status: FormStatus;
  /** The client's current sign-in (waiting for its second factor). */
  signIn(): SignIn;
  /** Shows "enter all N digits" under the code field and returns true when `code` is too short. */
  rejectIncompleteCode(code: string): Promise<boolean>;
  /** Takes the sign-in on once a factor was accepted (completes the flow). */
  next(signIn: SignIn): Promise<void>;
  /** The card now shows other content: focus its heading (the button that was pressed is gone). */
  focusHeading(): void;
}

/** The second factors this step can complete, in the order it prefers them (as Clerk's card). */
const STRATEGIES = ['totp', 'phone_code', 'backup_code'] as const;
type SecondFactorStrategy = (typeof STRATEGIES)[number];

interface StepState {
  strategy?: SecondFactorStrategy;
  code: string;
  /** Showing the list of other factors instead of a code form. */
  choosing: boolean;
  cooldown: ResendCooldown;
}

const states = new WeakMap<ReactiveControllerHost, StepState>();

function stateOf(host: ReactiveControllerHost): StepState {
  let state = states.get(host);
  if (!state) {
    state = { code: '', choosing: false, cooldown: new ResendCooldown(host) };
    states.set(host, state);
  }
  return state;
}

/** The factors of the sign-in this step knows how to complete, first one per strategy. */
export function secondFactorsOf(signIn: SignIn): SignInFactor[] {
  const factors = signIn.supportedSecondFactors ?? [];
  return STRATEGIES.flatMap((strategy) => factors.find((f) => f.strategy === strategy) ?? []);
}

function currentFactor(ctx: SecondFactorContext): SignInFactor | undefined {
  const factors = secondFactorsOf(ctx.signIn());
  const chosen = stateOf(ctx.ui).strategy;
  return factors.find((f) => f.strategy === chosen) ?? factors[0];
}

/**
 * Gets the step ready before it is shown: picks the preferred factor and, when that is the phone, texts the
 * code (and starts the resend cooldown). Rejects with the server's error, e.g. a locked account.
 */
export async function startSecondFactor(ctx: SecondFactorContext): Promise<void> {
  const state = stateOf(ctx.ui);
  Object.assign(state, { strategy: undefined, code: '', choosing: false });
  const factor = currentFactor(ctx);
  if (factor) await useFactor(ctx, factor);
}

async function useFactor(ctx: SecondFactorContext, factor: SignInFactor): Promise<void> {
  const state = stateOf(ctx.ui);
  if (factor.strategy === 'phone_code') {
    await sendSms(ctx, factor);
    state.cooldown.start();
  }
  Object.assign(state, { strategy: factor.strategy, code: '', choosing: false });
  ctx.ui.requestUpdate();
}

function sendSms(ctx: SecondFactorContext, factor: SignInFactor): Promise<unknown> {
  return ctx.signIn().prepareSecondFactor({ strategy: 'phone_code', phoneNumberId: factor.phoneNumberId ?? undefined });
}

function submit(ctx: SecondFactorContext, strategy: string) {
  return async (event?: SubmitEvent) => {
    event?.preventDefault();
    const state = stateOf(ctx.ui);
    const code = state.code.trim();
    if (strategy === 'backup_code') {
      if (!code) {
        await ctx.status.reject({ backupCode: () => ctx.ui.t('unstable__errors.form_param_nil') });
        return;
      }
    } else if (await ctx.rejectIncompleteCode(code)) {
      return;
    }
    await ctx.status.run(
      async () => {
        const signIn = await ctx.signIn().attemptSecondFactor({ strategy, code });
        // Accepted: forget the code before the flow moves on (nothing typed stays in the page).
        state.code = '';
        await ctx.next(signIn);
      },
      { code: strategy === 'backup_code' ? 'backupCode' : 'code' },
    );
  };
}

function setCode(ctx: SecondFactorContext) {
  return (code: string) => {
    stateOf(ctx.ui).code = code;
    ctx.ui.requestUpdate();
  };
}

function alternativesLink(ctx: SecondFactorContext): TemplateResult | typeof nothing {
  if (secondFactorsOf(ctx.signIn()).length < 2) return nothing;
  const show = () => {
    stateOf(ctx.ui).choosing = true;
    ctx.status.clear();
    ctx.focusHeading();
  };
  return html`<div class=${ctx.ui.cls('backRow')}>
    <button type="button" class=${ctx.ui.cls('formButtonReset')} @click=${show}>
      ${ctx.ui.t('footerActionLink__useAnotherMethod')}
    </button>
  </div>`;
}

function renderTotp(ctx: SecondFactorContext): TemplateResult {
  const { ui, status } = ctx;
  const onSubmit = submit(ctx, 'totp');
  return html`${cardHeader(ui, { title: ui.t('signIn.totpMfa.title'), subtitle: ui.t('signIn.totpMfa.subtitle') })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${onSubmit}>
        ${codeField(ui, {
          label: ui.t('signIn.totpMfa.formTitle'),
          value: stateOf(ui).code,
          error: status.error('code'),
          onInput: setCode(ctx),
          onComplete: () => onSubmit(),
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx)}
    </div>`;
}

function renderPhoneCode(ctx: SecondFactorContext, factor: SignInFactor): TemplateResult {
  const { ui, status } = ctx;
  const onSubmit = submit(ctx, 'phone_code');
  return html`${cardHeader(ui, { title: ui.t('signIn.phoneCodeMfa.title'), subtitle: ui.t('signIn.phoneCodeMfa.subtitle') })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${onSubmit}>
        ${codeField(ui, {
          label: ui.t('signIn.phoneCodeMfa.formTitle'),
          value: stateOf(ui).code,
          error: status.error('code'),
          hint: factor.safeIdentifier
            ? ui.t('unstable__latch.codeSentTo', { identifier: factor.safeIdentifier })
            : undefined,
          onInput: setCode(ctx),
          onComplete: () => onSubmit(),
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${resendLink(ui, {
        label: ui.t('signIn.phoneCodeMfa.resendButton'),
        cooldown: stateOf(ui).cooldown,
        onResend: () => status.run(async () => void (await sendSms(ctx, factor))),
      })}
      ${alternativesLink(ctx)}
    </div>`;
}

function renderBackupCode(ctx: SecondFactorContext): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, { title: ui.t('signIn.backupCodeMfa.title'), subtitle: ui.t('signIn.backupCodeMfa.subtitle') })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${submit(ctx, 'backup_code')}>
        ${field(ui, {
          id: 'backupCode',
          label: ui.t('formFieldLabel__backupCode'),
          name: 'backupCode',
          autocomplete: 'off',
          value: stateOf(ui).code,
          error: status.error('backupCode'),
          required: true,
          autofocus: true,
          onInput: setCode(ctx),
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx)}
    </div>`;
}

/** A phone, drawn like the shared icons in ui/icons.ts (decorative). */
const phoneIcon = () =>
  svg`<svg class="latch-icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><rect x="4" y="1.5" width="8" height="13" rx="1.5"/><path d="M7.25 12h1.5"/></svg>`;

function blockButtonLabel(ui: UiHost, factor: SignInFactor): string {
  if (factor.strategy === 'phone_code') {
    return ui.t('signIn.alternativeMethods.blockButton__phoneCode', { identifier: factor.safeIdentifier ?? '' });
  }
  return ui.t(
    factor.strategy === 'totp'
      ? 'signIn.alternativeMethods.blockButton__totp'
      : 'signIn.alternativeMethods.blockButton__backupCode',
  );
}

function renderAlternatives(ctx: SecondFactorContext): TemplateResult {
  const { ui, status } = ctx;
  const state = stateOf(ui);
  const current = currentFactor(ctx);
  const back = () => {
    state.choosing = false;
    status.clear();
    ctx.focusHeading();
  };
  return html`${cardHeader(ui, {
    title: ui.t('signIn.alternativeMethods.title'),
    subtitle: ui.t('signIn.alternativeMethods.subtitle'),
  })}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <div class=${ui.cls('alternativeMethods')}>
        ${secondFactorsOf(ctx.signIn())
          .filter((factor) => factor.strategy !== current?.strategy)
          .map(
            (factor) => html`<button
              type="button"
              class=${`${ui.cls('button')} ${ui.cls('alternativeMethodsBlockButton', { id: factor.strategy })}`}
              aria-disabled=${status.busy ? 'true' : 'false'}
              @click=${() => {
                if (status.busy) return;
                void status.run(() => useFactor(ctx, factor)).then((ok) => ok && ctx.focusHeading());
              }}
            >
              ${factor.strategy === 'phone_code' ? phoneIcon() : keyIcon()}
              <span>${blockButtonLabel(ui, factor)}</span>
            </button>`,
          )}
      </div>
      <div class=${ui.cls('backRow')}>
        <button type="button" class=${ui.cls('backLink')} @click=${back}>${ui.t('backButton')}</button>
      </div>
    </div>`;
}

/** The factor-two step: the chosen factor's form, or the list of the others. */
export function renderSecondFactor(ctx: SecondFactorContext): TemplateResult {
  if (stateOf(ctx.ui).choosing) return renderAlternatives(ctx);
  const factor = currentFactor(ctx);
  if (factor?.strategy === 'phone_code') return renderPhoneCode(ctx, factor);
  if (factor?.strategy === 'backup_code') return renderBackupCode(ctx);
  return renderTotp(ctx);
}
