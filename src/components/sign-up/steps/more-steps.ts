import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink } from '../../../core/redirects.js';
import { cardHeader, codeField, formAlert, primaryButton, type UiHost } from '../../../ui/form.js';
import { type ResendCooldown, resendLink } from '../../base/resend-cooldown.js';

export { enUSSignUpSteps as strings } from '../../../localization/en-US-sign-up-steps.js';

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
