import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink } from '../../../core/redirects.js';
import type { SignUp, SignUpEmailLinkFlow } from '../../../resources/index.js';
import { codeField } from '../../../ui/code-field.js';
import { cardHeader, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { type ResendCooldown, resendLink } from '../../base/resend-cooldown.js';

export { enUSSignUpSteps as strings } from '../../../localization/en-US-sign-up-steps.js';
export { resendCooldownOf } from '../../base/resend-cooldown.js';
export { stepsCss as stepCss } from '../../base/steps.styles.js';

/**
 * The sign-up steps after the start form (and the card of closed sign-ups): a lazy chunk, so the start step's
 * page carries only the form. The element keeps the state and the calls; these render.
 */

export interface VerifyCodeContext {
  host: UiHost;
  kind: 'email' | 'phone';
  /** Where the code went (the address or the number). */
  sentTo: string;
  code: string;
  codeError?: string;
  formError: string;
  busy: boolean;
  cooldown: ResendCooldown;
  onCode(code: string): void;
  onSubmit(): void;
  onResend(): Promise<boolean>;
  onBack(): void;
}

/** "Confirm your email" / "Confirm your phone": the code field, resend with its cooldown, and back. */
export function renderVerifyCode(ctx: VerifyCodeContext): TemplateResult {
  const { host } = ctx;
  const keys = ctx.kind === 'email' ? 'signUp.emailCode' : 'signUp.phoneCode';
  return html`${cardHeader(host, { title: host.t(`${keys}.title`), subtitle: host.t(`${keys}.subtitle`) })}
    <div class=${host.cls('main')}>
      ${formAlert(host, ctx.formError)}
      <form
        class=${host.cls('form')}
        novalidate
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          ctx.onSubmit();
        }}
      >
        ${codeField(host, {
          label: host.t(`${keys}.formTitle`),
          value: ctx.code,
          error: ctx.codeError,
          hint: host.t('unstable__latch.codeSentTo', { identifier: ctx.sentTo }),
          onInput: ctx.onCode,
          onComplete: ctx.onSubmit,
        })}
        ${primaryButton(host, { label: host.t('formButtonPrimary'), busy: ctx.busy })}
      </form>
      ${resendLink(host, { label: host.t(`${keys}.resendButton`), cooldown: ctx.cooldown, onResend: ctx.onResend })}
      <div class=${host.cls('backRow')}>
        <button type="button" class=${host.cls('backLink')} @click=${ctx.onBack}>${host.t('backButton')}</button>
      </div>
    </div>`;
}

/**
 * Why this visitor cannot sign up here: sign-ups take an invitation (`restricted`), or the instance keeps a
 * waitlist instead (`waitlist`: a link to it).
 */
export function renderRestricted(host: UiHost, mode: 'restricted' | 'waitlist', waitlistUrl: string): TemplateResult {
  const link = mode === 'waitlist' && waitlistUrl && isSafeLink(waitlistUrl) ? waitlistUrl : '';
  return html`${cardHeader(host, {
    title: host.t('signUp.restrictedAccess.title'),
    subtitle: host.t(`signUp.restrictedAccess.${mode === 'waitlist' ? 'subtitleWaitlist' : 'subtitle'}`),
  })}
    ${
      link
        ? html`<div class=${host.cls('main')}>
            <a class=${`${host.cls('button')} ${host.cls('formButtonPrimary')}`} href=${link}>
              ${host.t('signUp.restrictedAccess.blockButton__joinWaitlist')}
            </a>
          </div>`
        : nothing
    }`;
}

// ---- email link ------------------------------------------------------------------------------------------

/** The email link each card is waiting for (polling), cancelled when the user goes elsewhere. */
const linkFlows = new WeakMap<object, SignUpEmailLinkFlow>();

export function stopEmailLink(host: object): void {
  linkFlows.get(host)?.cancelEmailLinkFlow();
  linkFlows.delete(host);
}

export interface EmailLinkOutcome {
  /** The link was opened: the sign-up as it now stands (complete, or on to what it still misses). */
  verified(signUp: SignUp): void;
  /** The link expired or could not be used. */
  failed(expired: boolean): void;
  /** Sending or polling failed. */
  error(cause: unknown): void;
}

/**
 * Mails the sign-up's link (Clerk's createEmailLinkFlow) and waits for it to be opened, in any tab: the sign-up
 * is re-read every 2 s and the card carries on by itself. The link leads back to this very page (its step in the
 * hash included), where the card reads `__clerk_status` and shows the landing.
 */
export function startEmailLink(host: object, signUp: SignUp, outcome: EmailLinkOutcome): void {
  stopEmailLink(host);
  const flow = signUp.createEmailLinkFlow();
  linkFlows.set(host, flow);
  const redirectUrl = new URL(location.href);
  redirectUrl.searchParams.delete('__clerk_status');
  const current = () => linkFlows.get(host) === flow;
  flow.startEmailLinkFlow({ redirectUrl: redirectUrl.href }).then(
    (result) => {
      if (!current()) return;
      linkFlows.delete(host);
      const status = result.verifications.emailAddress?.status;
      if (result.status === 'complete' || status === 'verified') outcome.verified(result);
      else outcome.failed(status === 'expired');
    },
    (cause: unknown) => {
      if (current()) outcome.error(cause);
    },
  );
}

export interface VerifyLinkContext {
  host: UiHost;
  sentTo: string;
  formError: string;
  cooldown: ResendCooldown;
  onResend(): Promise<boolean>;
  onBack(): void;
}

/** "Check your inbox": where the link went, resend with its cooldown, and back. This tab waits by itself. */
export function renderVerifyLink(ctx: VerifyLinkContext): TemplateResult {
  const { host } = ctx;
  return html`${cardHeader(host, { title: host.t('signUp.emailLink.title'), subtitle: host.t('signUp.emailLink.subtitle') })}
    <div class=${host.cls('main')}>
      ${formAlert(host, ctx.formError)}
      <div class=${host.cls('formHeader')} role="status">
        <p class=${host.cls('formHeaderTitle')}>${host.t('signUp.emailLink.formTitle')}</p>
        <p class=${host.cls('formHeaderSubtitle')}>${host.t('signUp.emailLink.formSubtitle', { identifier: ctx.sentTo })}</p>
      </div>
      ${resendLink(host, { label: host.t('signUp.emailLink.resendButton'), cooldown: ctx.cooldown, onResend: ctx.onResend })}
      <div class=${host.cls('backRow')}>
        <button type="button" class=${host.cls('backLink')} @click=${ctx.onBack}>${host.t('backButton')}</button>
      </div>
    </div>`;
}

/**
 * Where an opened link lands (`__clerk_status` in the URL, usually a new tab): confirmed, and either this browser
 * is the one that signed up (it shares the client, so it is signed in too) or the sign-up is finishing on another
 * device or tab; or the link expired or was already used.
 */
export function renderEmailLinkLanding(
  host: UiHost,
  linkStatus: string,
  signedInHere: boolean,
  onBack: () => void,
): TemplateResult {
  const key =
    linkStatus === 'verified'
      ? signedInHere
        ? 'verified'
        : 'verifiedSwitchTab'
      : linkStatus === 'expired'
        ? 'expired'
        : 'failed';
  return html`${cardHeader(host, { title: host.t(`signUp.emailLink.${key}.title`) })}
    <div class=${host.cls('main')}>
      <div class=${host.cls('verificationLinkStatusBox')} role="status">
        <p class=${host.cls('verificationLinkStatusText')}>${host.t(`signUp.emailLink.${key}.subtitle`)}</p>
      </div>
      ${
        linkStatus === 'verified'
          ? nothing
          : html`<div class=${host.cls('backRow')}>
              <button type="button" class=${host.cls('backLink')} @click=${onBack}>${host.t('backButton')}</button>
            </div>`
      }
    </div>`;
}
