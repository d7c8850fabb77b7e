/**
 * The sign-in steps after the identifier: the password, codes (email, SMS, password reset), the email link,
 * the list of other ways in and "Get help".
 * A separate module so a page shows the start step without downloading them; `<latch-sign-in>` fetches it
 * in the background as soon as it has rendered, and renders through the context it is given.
 */

import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isLatchApiError } from '../../../api/errors.js';
import type { Latch } from '../../../core/latch.js';
import { registerDefaultStrings } from '../../../localization/defaults.js';
import { enUSSignInFactors } from '../../../localization/en-US-sign-in-factors.js';
import type { EmailLinkFlow, SignIn } from '../../../resources/index.js';
import { codeField } from '../../../ui/code-field.js';
import { cardHeader, field, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { passwordReveal } from '../../../ui/password-reveal.js';
import type { FormStatus } from '../../base/form-status.js';
import { resendCooldownOf, resendLink } from '../../base/resend-cooldown.js';
import { collect, type FirstFactor, type ResetStrategy } from '../factors.js';
import { keyIcon, mailIcon, pencilIcon, phoneIcon } from './factor-icons.js';

export { chooseFirstFactor, firstFactorsOf } from '../factors.js';
export { resendCooldownOf };

const RESET = ['reset_password_email_code', 'reset_password_phone_code'] as const;

const isResetStrategy = (strategy: string): strategy is ResetStrategy =>
  (RESET as readonly string[]).includes(strategy);

/** Strategies that send a one-time code to type in. */
const isCodeStrategy = (strategy: string): boolean =>
  strategy === 'email_code' || strategy === 'phone_code' || isResetStrategy(strategy);

/** The "Forgot password?" ways offered: by email code first, then by SMS. */
const resetFactorsOf = (signIn: SignIn): FirstFactor[] => collect(signIn, RESET);

registerDefaultStrings(enUSSignInFactors);

/** What the steps read from and do to the `<latch-sign-in>` that renders them. */
export interface FirstFactorContext {
  ui: UiHost & ReactiveControllerHost;
  status: FormStatus;
  identifier: string;
  factors: FirstFactor[];
  signIn?: SignIn;
  /** For the support email (option, then instance) and how this browser signed in last. */
  latch?: Latch;
  password: string;
  code: string;
  showPassword: boolean;
  setPassword(value: string): void;
  setCode(code: string): void;
  toggleShowPassword(): void;
  submitPassword(event: SubmitEvent): void;
  submitCode(event?: SubmitEvent): void;
  /** The passkey step's button: the browser's passkey prompt for the account, then signed in. */
  submitPasskey(event?: SubmitEvent): void;
  /** Sends the code or link of `factor` (again); rejects with the server's error. */
  sendCode(factor: FirstFactor): Promise<void>;
  showHelp(): void;
  useFactor(factor: FirstFactor): void;
  editIdentifier(): void;
  showAlternatives(): void;
  backToFactor(): void;
}

/** What the email-link wait needs from its `<latch-sign-in>`. */
export interface EmailLinkHost {
  ui: UiHost;
  status: FormStatus;
  signIn: SignIn;
  factor: FirstFactor;
  finish(sessionId: string | null): Promise<void>;
}

/** The email link each element is waiting for (polling), cancelled when the user goes elsewhere. */
const linkFlows = new WeakMap<object, EmailLinkFlow>();

export function stopEmailLink(ui: object): void {
  linkFlows.get(ui)?.cancelEmailLinkFlow();
  linkFlows.delete(ui);
}

/**
 * Emails a sign-in link (Clerk's createEmailLinkFlow) and waits for it to be opened, in any tab: the sign-in is
 * re-read every 2 s and the card finishes by itself. Returns at once, so the waiting step shows while the link
 * goes out; a failure to send (or to poll), or a link that expired, lands in that step's alert.
 */
/** Sends the factor's code (email or SMS, to sign in or to reset) or its email link. */
export async function sendFactor(host: EmailLinkHost): Promise<void> {
  const { factor } = host;
  if (factor.strategy === 'email_link') {
    startEmailLink(host);
    return;
  }
  await host.signIn.prepareFirstFactor({
    strategy: factor.strategy,
    emailAddressId: factor.emailAddressId,
    phoneNumberId: factor.phoneNumberId,
  });
}

/** The factor-one step for the factor in use: a code, the email link, or the password. */
export function renderFactorOne(ctx: FirstFactorContext, factor: FirstFactor | undefined): TemplateResult {
  if (factor && isCodeStrategy(factor.strategy)) return renderCode(ctx, factor);
  if (factor?.strategy === 'email_link') return renderEmailLink(ctx, factor);
  return renderPassword(ctx);
}

function startEmailLink(host: EmailLinkHost): void {
  const { ui, status } = host;
  stopEmailLink(ui);
  const flow = host.signIn.createEmailLinkFlow();
  linkFlows.set(ui, flow);
  // The link leads back to this page, on its start step, where the card reads `__clerk_status`.
  const redirectUrl = new URL(location.href);
  redirectUrl.hash = '';
  redirectUrl.searchParams.delete('__clerk_status');
  const current = () => linkFlows.get(ui) === flow;
  flow.startEmailLinkFlow({ emailAddressId: host.factor.emailAddressId ?? '', redirectUrl: redirectUrl.href }).then(
    (signIn) => {
      if (!current()) return;
      linkFlows.delete(ui);
      if (signIn.status === 'complete') {
        void status.run(() => host.finish(signIn.createdSessionId));
        return;
      }
      const expired = signIn.firstFactorVerification?.status === 'expired';
      status.formError = () => ui.t(`unstable__errors.${expired ? 'verification_expired' : 'verification_failed'}`);
    },
    (error: unknown) => {
      if (current()) status.run(() => Promise.reject(error));
    },
  );
}

export function identityPreview(ctx: FirstFactorContext): TemplateResult {
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
export function alternativesLink(ctx: FirstFactorContext, labelKey: string): TemplateResult | typeof nothing {
  if (ctx.factors.length < 2) return nothing;
  return html`<div class=${ctx.ui.cls('backRow')}>
    <button type="button" class=${ctx.ui.cls('formButtonReset')} @click=${ctx.showAlternatives}>
      ${ctx.ui.t(labelKey)}
    </button>
  </div>`;
}

/** The "Forgot password?" way for what the user typed (an SMS for a phone number), else the first one listed. */
function resetFactorFor(signIn: SignIn, identifier: string): FirstFactor | undefined {
  const resets = resetFactorsOf(signIn);
  return resets.find((factor) => factor.safeIdentifier === identifier) ?? resets[0];
}

/**
 * The right password, but one found in a breach (`form_password_pwned` on a sign-in): the way to reset it, which
 * the card takes at once. Any other error, or an account with no way to reset, is rethrown (the error then shows
 * under the password, as it came).
 */
export function breachedPasswordReset(error: unknown, signIn: SignIn): FirstFactor {
  const breached = isLatchApiError(error) && error.errors.some((item) => item.code === 'form_password_pwned');
  const reset = breached ? resetFactorFor(signIn, signIn.identifier ?? '') : undefined;
  if (!reset) throw error;
  return reset;
}

/** "Get help" writes to the `supportEmail` option, else to the instance's support address. */
const supportEmailOf = (ctx: FirstFactorContext) =>
  ctx.latch?.options.supportEmail || ctx.latch?.environment?.displayConfig.supportEmail || '';

export function renderPassword(ctx: FirstFactorContext): TemplateResult {
  const { ui, status } = ctx;
  const reset = ctx.signIn ? resetFactorFor(ctx.signIn, ctx.identifier) : undefined;
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
          ...passwordReveal(ui, 'password', { shown: ctx.showPassword, onToggle: ctx.toggleShowPassword }),
          autocomplete: 'current-password',
          value: ctx.password,
          error: status.error('password'),
          required: true,
          autofocus: true,
          action: reset
            ? { label: ui.t('formFieldAction__forgotPassword'), onClick: () => ctx.useFactor(reset) }
            : undefined,
          onInput: ctx.setPassword,
        })}
        ${primaryButton(ui, { label: ui.t('formButtonPrimary'), busy: status.busy })}
      </form>
      ${alternativesLink(ctx, 'signIn.password.actionLink')}
    </div>`;
}

/** Localization keys of a code step, by strategy: Clerk's `signIn.emailCode`, `phoneCode` and `forgotPassword`. */
function codeKeys(factor: FirstFactor): { title: string; subtitle: string; formTitle: string; resend: string } {
  if (isResetStrategy(factor.strategy)) {
    const byPhone = factor.strategy === 'reset_password_phone_code';
    return {
      title: 'signIn.forgotPassword.title',
      subtitle: byPhone ? 'signIn.forgotPassword.subtitle_phone' : 'signIn.forgotPassword.subtitle_email',
      formTitle: 'signIn.forgotPassword.formTitle',
      resend: 'signIn.forgotPassword.resendButton',
    };
  }
  const base = factor.strategy === 'phone_code' ? 'signIn.phoneCode' : 'signIn.emailCode';
  return {
    title: `${base}.title`,
    subtitle: `${base}.subtitle`,
    formTitle: `${base}.formTitle`,
    resend: `${base}.resendButton`,
  };
}

/** A code sent by email or SMS: to sign in, or to prove it is you before a new password. */
export function renderCode(ctx: FirstFactorContext, factor: FirstFactor): TemplateResult {
  const { ui, status } = ctx;
  const keys = codeKeys(factor);
  return html`${cardHeader(ui, { title: ui.t(keys.title), subtitle: ui.t(keys.subtitle) })}
    ${identityPreview(ctx)}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <form class=${ui.cls('form')} novalidate @submit=${ctx.submitCode}>
        ${codeField(ui, {
          label: ui.t(keys.formTitle),
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
        label: ui.t(keys.resend),
        cooldown: resendCooldownOf(ctx.ui),
        onResend: () => status.run(() => ctx.sendCode(factor)),
      })}
      ${alternativesLink(ctx, 'footerActionLink__useAnotherMethod')}
    </div>`;
}

/** The email link is on its way: this tab waits (polling) and finishes by itself once it is opened. */
export function renderEmailLink(ctx: FirstFactorContext, factor: FirstFactor): TemplateResult {
  const { ui, status } = ctx;
  return html`${cardHeader(ui, { title: ui.t('signIn.emailLink.title'), subtitle: ui.t('signIn.emailLink.subtitle') })}
    ${identityPreview(ctx)}
    <div class=${ui.cls('main')}>
      ${formAlert(ui, status.formError)}
      <div class=${ui.cls('formHeader')} role="status">
        <p class=${ui.cls('formHeaderTitle')}>${ui.t('signIn.emailLink.formTitle')}</p>
        <p class=${ui.cls('formHeaderSubtitle')}>
          ${ui.t('signIn.emailLink.formSubtitle', { identifier: factor.safeIdentifier ?? ctx.identifier })}
        </p>
      </div>
      ${resendLink(ui, {
        label: ui.t('signIn.emailLink.resendButton'),
        cooldown: resendCooldownOf(ctx.ui),
        onResend: () => status.run(() => ctx.sendCode(factor)),
      })}
      ${alternativesLink(ctx, 'footerActionLink__useAnotherMethod')}
    </div>`;
}

/** The elements whose email-link landing has had its one chance at the focus. */
const landed = new WeakSet<object>();

/**
 * Where an opened email link lands (`__clerk_status` in the URL): signed in, expired or not valid. "Go back" takes
 * the focus, as a start step's field does, unless the user is already elsewhere; it leads to the start step (focus
 * in its field) without the link's status in the URL.
 */
export function renderEmailLinkStatus(
  ui: UiHost & ReactiveControllerHost & ParentNode,
  linkStatus: string,
  onBack: () => void,
): TemplateResult {
  if (!landed.has(ui)) {
    landed.add(ui);
    void ui.updateComplete.then(() => {
      const active = document.activeElement;
      if (!active || active === document.body) ui.querySelector<HTMLElement>('.cl-backLink')?.focus();
    });
  }
  const back = () => {
    const url = new URL(location.href);
    url.searchParams.delete('__clerk_status');
    history.replaceState(history.state, '', url);
    onBack();
    void ui.updateComplete.then(() => ui.querySelector<HTMLElement>('input[name="identifier"]')?.focus());
  };
  const key =
    linkStatus === 'verified' || linkStatus === 'verified_switch_tab'
      ? 'verifiedSwitchTab'
      : linkStatus === 'expired'
        ? 'expired'
        : linkStatus === 'client_mismatch'
          ? 'clientMismatch'
          : 'failed';
  return html`${cardHeader(ui, {
    title: ui.t(`signIn.emailLink.${key}.title`),
    subtitle: ui.t(`signIn.emailLink.${key}.subtitle`),
  })}
    <div class=${ui.cls('main')}>
      <div class=${ui.cls('backRow')}>
        <button type="button" class=${ui.cls('backLink')} @click=${back}>${ui.t('backButton')}</button>
      </div>
    </div>`;
}

/** The label and icon of a way in, in the "Use another method" list. */
function factorButton(ui: UiHost, factor: FirstFactor): { label: string; icon: TemplateResult } {
  const identifier = factor.safeIdentifier ?? '';
  switch (factor.strategy) {
    case 'email_code':
      return { label: ui.t('signIn.alternativeMethods.blockButton__emailCode', { identifier }), icon: mailIcon() };
    case 'email_link':
      return { label: ui.t('signIn.alternativeMethods.blockButton__emailLink', { identifier }), icon: mailIcon() };
    case 'phone_code':
      return { label: ui.t('signIn.alternativeMethods.blockButton__phoneCode', { identifier }), icon: phoneIcon() };
    case 'passkey':
      return { label: ui.t('signIn.alternativeMethods.blockButton__passkey'), icon: keyIcon() };
    default:
      return { label: ui.t('signIn.alternativeMethods.blockButton__password'), icon: keyIcon() };
  }
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
            ${busyWith === factor.strategy ? html`<span class=${ui.cls('spinner')} aria-hidden="true"></span>` : factorButton(ui, factor).icon}
            <span class=${ui.cls('alternativeMethodsBlockButtonText')}>${factorButton(ui, factor).label}</span>
            ${
              factor.strategy === ctx.latch?.client?.lastAuthenticationStrategy
                ? html`<span class=${ui.cls('lastAuthenticationStrategyBadge')}>${ui.t('lastAuthenticationStrategy')}</span>`
                : nothing
            }
          </button>`,
        )}
      </div>
      ${
        supportEmailOf(ctx)
          ? html`<div class=${ui.cls('footerAction')}>
              <span class=${ui.cls('footerActionText')}>${ui.t('signIn.alternativeMethods.actionText')}</span>
              <button type="button" class=${ui.cls('footerActionLink')} @click=${ctx.showHelp}>
                ${ui.t('signIn.alternativeMethods.actionLink')}
              </button>
            </div>`
          : nothing
      }
      <div class=${ui.cls('backRow')}>
        <button type="button" class=${ui.cls('backLink')} @click=${ctx.backToFactor}>${ui.t('backButton')}</button>
      </div>
    </div>`;
}

/** "Get help": who to write to when no way in works (a mailto link to the support address). */
export function renderGetHelp(ctx: FirstFactorContext): TemplateResult {
  const { ui } = ctx;
  const email = supportEmailOf(ctx);
  return html`${cardHeader(ui, {
    title: ui.t('signIn.alternativeMethods.getHelp.title'),
    subtitle: ui.t('signIn.alternativeMethods.getHelp.content'),
  })}
    <div class=${ui.cls('main')}>
      <a class=${`${ui.cls('button')} ${ui.cls('formButtonPrimary')}`} href=${`mailto:${encodeURIComponent(email).replace('%40', '@')}`}>
        ${ui.t('signIn.alternativeMethods.getHelp.blockButton__emailSupport')}
      </a>
      <div class=${ui.cls('backRow')}>
        <button type="button" class=${ui.cls('backLink')} @click=${ctx.showAlternatives}>${ui.t('backButton')}</button>
      </div>
    </div>`;
}
