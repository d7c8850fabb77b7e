import { html, nothing, type TemplateResult } from 'lit';
import type { CaptchaOptions } from '../../appearance/types.js';
import { isSafeLink } from '../../core/redirects.js';
import type { DisplayConfig } from '../../resources/index.js';
import { fieldId, type UiHost } from '../../ui/form.js';
import { alertIcon } from '../../ui/icons.js';
import { type ElementCss, LOOK } from '../base/base.styles.js';

export { enUSSignUpConsent as strings } from '../../localization/en-US-sign-up-consent.js';

/** The consent's links to the terms and the privacy policy, adopted with this module (FlowElement.lazyStep). */
export const stepCss: ElementCss = {
  structure: '',
  look: /* css */ `
.cl-footerPagesLink${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
`,
};

/**
 * The parts of the sign-up start form that only some instances turn on: the legal consent checkbox and the CAPTCHA
 * mount point. A lazy chunk fetched when the environment turns one of them on, so the usual instance's page does
 * not carry them. The element keeps the state (ticked or not) and refuses a submit without consent.
 */

/** "I accept the Terms of Service and the Privacy Policy", each a link to the instance's page. */
export function renderLegalConsent(
  host: UiHost,
  display: DisplayConfig,
  accepted: boolean,
  error: string | undefined,
  onChange: (accepted: boolean) => void,
): TemplateResult {
  const inputId = fieldId(host, 'legalAccepted');
  const link = (href: string | null, id: string, key: string) =>
    href && isSafeLink(href)
      ? html`<a class=${host.cls('footerPagesLink', { id })} href=${href} target="_blank" rel="noopener">${host.t(key)}</a>`
      : host.t(key);
  // The sentence is translated whole; the two links go where its tokens are (private-use marks stand in).
  const label = host.t('legalConsent.checkbox.label__termsOfServiceAndPrivacyPolicy', {
    termsOfServiceLink: '\uE000',
    privacyPolicyLink: '\uE001',
  });
  const parts = label.split(/([\uE000\uE001])/).map((part) => {
    if (part === '\uE000') return link(display.termsUrl, 'termsOfService', 'legalConsent.link__termsOfService');
    if (part === '\uE001') return link(display.privacyPolicyUrl, 'privacyPolicy', 'legalConsent.link__privacyPolicy');
    return part;
  });
  return html`<div class=${host.cls('formField', { id: 'legalAccepted', state: error ? 'error' : undefined, required: true })}>
      <div class=${host.cls('formFieldInputGroup', { id: 'legalAccepted' })}>
        <input
          id=${inputId}
          type="checkbox"
          name="legalAccepted"
          class=${host.cls('formFieldCheckboxInput', { id: 'legalAccepted' })}
          .checked=${accepted}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${inputId}-error` : nothing}
          @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
        />
        <label class=${host.cls('formFieldCheckboxLabel', { id: 'legalAccepted' })} for=${inputId}>${parts}</label>
      </div>
      ${
        error
          ? html`<p id=${`${inputId}-error`} class=${host.cls('formFieldErrorText', { id: 'legalAccepted' })}>${alertIcon()}<span>${error}</span></p>`
          : nothing
      }
    </div>`;
}

/**
 * Where the CAPTCHA widget mounts when the instance turns bot protection on (`sign_up.captcha_enabled`, which the
 * loader's schema passes through): Clerk's `clerk-captcha` node, carrying the appearance's `captcha` options (theme,
 * size, language; the language falls back to the card's locale) as Clerk's does.
 */
export function renderCaptchaSlot(host: UiHost, { theme, size, language }: CaptchaOptions, locale: string) {
  return html`<div
      id="clerk-captcha"
      class=${host.cls('formField', { id: 'captcha' })}
      data-cl-theme=${theme ?? 'auto'}
      data-cl-size=${size ?? 'normal'}
      data-cl-language=${language ?? locale}
    ></div>`;
}
