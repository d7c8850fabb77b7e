/**
 * The social sign-in buttons and the "or" divider, shared by the sign-in and sign-up start steps. A lazy module:
 * a card loads it only when the instance has a provider on, so instances without social sign-in never pay for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LatchRuntimeError } from '../api/errors.js';
import type { ResolvedAppearance } from '../appearance/index.js';
import { adoptSheets } from '../components/base/adopt-styles.js';
import { type ElementCss, LOOK, sheetsFor } from '../components/base/base.styles.js';
import type { FormStatus } from '../components/base/form-status.js';
import type { Latch } from '../core/latch.js';
import { setRedirectCallbackLoader } from '../core/redirect-callback-loader.js';
import type { RedirectProps } from '../core/redirects.js';
import type { Environment } from '../resources/index.js';
import { stepLoading, type UiHost } from './form.js';
import { providerIcon, type SocialProvider, socialProvidersOf } from './providers.js';
import { forgetSsoStart, handlesSsoArrival, rememberSsoStart } from './sso-arrival.js';

export interface SocialButtonsContext {
  ui: UiHost;
  /** The element the buttons render in (its root node adopts their stylesheet). */
  element: HTMLElement;
  appearance: ResolvedAppearance;
  providers: SocialProvider[];
  /** The strategy being started (its button shows a spinner, the others wait). */
  busy: string | null;
  onSelect: (provider: SocialProvider) => void;
}

/** Clerk's `auto`: block buttons (with their text) for one or two providers, icon buttons from three on. */
const ICON_BUTTONS_FROM = 3;

const socialCss: ElementCss = {
  structure: /* css */ `
.cl-socialButtons { display: grid; gap: 0.5rem; }
.cl-socialButtons[data-variant='iconButton'] { grid-template-columns: repeat(auto-fit, minmax(3rem, 1fr)); }
.cl-socialButtonsBlockButton, .cl-socialButtonsIconButton { inline-size: 100%; min-block-size: 2.25rem; }
.cl-socialButtonsProviderInitialIcon { font-weight: 600; inline-size: 1em; text-align: center; }
.cl-dividerRow { display: flex; align-items: center; gap: 0.75rem; }
.cl-dividerLine { flex: 1; block-size: 1px; }
`,
  look: /* css */ `
.cl-socialButtonsBlockButton${LOOK}, .cl-socialButtonsIconButton${LOOK} {
  border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg);
}
.cl-socialButtonsBlockButton:hover${LOOK}, .cl-socialButtonsIconButton:hover${LOOK} { background: var(--_muted); }
.cl-dividerLine${LOOK} { background: var(--_border); }
.cl-dividerText${LOOK} { color: var(--_muted-fg); font-size: 0.8125rem; }
`,
};

/** The buttons, one per provider, as block buttons (icon + "Use Google") or a row of labelled icon buttons. */
export function renderSocialButtons(ctx: SocialButtonsContext): TemplateResult | typeof nothing {
  const { ui, providers, appearance } = ctx;
  if (providers.length === 0) return nothing;
  adoptSheets(ctx.element, sheetsFor(socialCss, appearance.cssLayerName, appearance.simpleStyles), true);
  const setting = appearance.options.socialButtonsVariant;
  const variant = setting === 'auto' ? (providers.length >= ICON_BUTTONS_FROM ? 'iconButton' : 'blockButton') : setting;
  return html`<div class=${ui.cls('socialButtons')} data-variant=${variant}>
    ${providers.map((provider) => {
      const label = ui.t('socialButtonsBlockButton', { provider: provider.name });
      const busy = ctx.busy === provider.strategy;
      const key = variant === 'iconButton' ? 'socialButtonsIconButton' : 'socialButtonsBlockButton';
      return html`<button
        type="button"
        class=${`${ui.cls('button')} ${ui.cls(key, { id: provider.id, state: busy ? 'loading' : undefined })}`}
        aria-label=${variant === 'iconButton' ? label : nothing}
        aria-busy=${busy ? 'true' : 'false'}
        aria-disabled=${ctx.busy ? 'true' : 'false'}
        @click=${() => {
          if (!ctx.busy) ctx.onSelect(provider);
        }}
      >
        ${busy ? html`<span class=${ui.cls('spinner')} aria-hidden="true"></span>` : providerIcon(ui, provider)}
        ${
          variant === 'iconButton'
            ? nothing
            : html`<span class=${ui.cls('socialButtonsBlockButtonText', { id: provider.id })}>${label}</span>`
        }
      </button>`;
    })}
  </div>`;
}

/** The "or" row between the social buttons and the form. */
export function renderDivider(ui: UiHost): TemplateResult {
  return html`<div class=${ui.cls('dividerRow')}>
    <div class=${ui.cls('dividerLine')}></div>
    <p class=${ui.cls('dividerText')}>${ui.t('dividerText')}</p>
    <div class=${ui.cls('dividerLine')}></div>
  </div>`;
}

// ---- the flow: start the redirect, finish it on the way back ------------------------------------------------

/** What a card hands this module (sign-in or sign-up). */
export interface SocialFlowHost {
  ui: UiHost;
  element: HTMLElement & { requestUpdate(): void };
  appearance: ResolvedAppearance;
  latch: Latch & { environment: Environment };
  status: FormStatus;
  kind: 'signIn' | 'signUp';
  /** The card's own step as a URL (where the provider sends the browser back: the `sso-callback` step). */
  stepUrl(step: string): string;
  redirectProps: RedirectProps;
  /** The other card (sign-up for sign-in, sign-in for sign-up), for the callback's `signUpUrl`/`signInUrl`. */
  otherFlowUrl: string | undefined;
  /** Back to the start step (after a failed return, with the error shown there). */
  restart(): void;
}

/** The step the browser returns to from a provider (Clerk's route name). */
export const SSO_CALLBACK_STEP = 'sso-callback';

/** Which strategy each element is starting (its button shows a spinner until the page leaves). */
const starting = new WeakMap<HTMLElement, string>();
/**
 * The arrival (page URL) whose return from the provider is handled: one `handleRedirectCallback` per arrival,
 * even when a sign-in and a sign-up card on the same page both see the `sso-callback` step in the URL (the card
 * that started the flow handles it: ./sso-arrival.ts).
 */
let handledArrival: string | null = null;

/** The buttons and the "or" divider in the order `placement` puts them around the form. */
export function socialSection(host: SocialFlowHost, placement: 'top' | 'bottom'): TemplateResult | typeof nothing {
  const buttons = renderSocialButtons({
    ui: host.ui,
    element: host.element,
    appearance: host.appearance,
    providers: socialProvidersOf(host.latch.environment),
    busy: host.status.busy ? (starting.get(host.element) ?? null) : null,
    onSelect: (provider) => void startSocial(host, provider),
  });
  if (buttons === nothing) return nothing;
  return placement === 'top' ? html`${buttons}${renderDivider(host.ui)}` : html`${renderDivider(host.ui)}${buttons}`;
}

async function startSocial(host: SocialFlowHost, provider: SocialProvider): Promise<void> {
  starting.set(host.element, provider.strategy);
  const { latch } = host;
  await host.status.run(async () => {
    const complete =
      host.kind === 'signIn'
        ? latch.buildAfterSignInUrl(host.redirectProps)
        : latch.buildAfterSignUpUrl(host.redirectProps);
    const params = {
      strategy: provider.strategy,
      redirectUrl: host.stepUrl(SSO_CALLBACK_STEP),
      redirectUrlComplete: complete,
    };
    const client = latch.client;
    if (!client) return;
    rememberSsoStart(host.kind);
    if (host.kind === 'signIn') await client.signIn.authenticateWithRedirect(params);
    else await client.signUp.authenticateWithRedirect(params);
  });
}

/**
 * The card's `sso-callback` step: a spinner while `handleRedirectCallback` finishes what the provider started
 * (signed in, transferred to a sign-up, or on to the step that comes next).
 */
export function renderSsoCallback(host: SocialFlowHost): TemplateResult {
  if (handledArrival !== location.href && handlesSsoArrival(host.kind)) {
    handledArrival = location.href;
    forgetSsoStart();
    void finishRedirect(host);
  }
  return stepLoading(host.ui);
}

async function finishRedirect(host: SocialFlowHost): Promise<void> {
  // An ES page may import only the sign-in or sign-up element: this step brings handleRedirectCallback's code.
  setRedirectCallbackLoader(() => import('../core/redirect-callback.js'));
  const own = host.kind === 'signIn' ? 'signInUrl' : 'signUpUrl';
  const other = host.kind === 'signIn' ? 'signUpUrl' : 'signInUrl';
  const { forceRedirectUrl, fallbackRedirectUrl } = host.redirectProps;
  // A step of this same page changes the fragment only (no reload: the card keeps what it shows).
  const navigate = (to: string) => {
    const target = new URL(to, location.href);
    const here = new URL(location.href);
    if (target.origin === here.origin && target.pathname === here.pathname && target.search === here.search) {
      location.hash = target.hash;
      return;
    }
    return host.latch.navigate(to);
  };
  const ok = await host.status.run(async () => {
    const outcome = await host.latch.handleRedirectCallback(
      {
        [own]: host.stepUrl(''),
        ...(host.otherFlowUrl ? { [other]: host.otherFlowUrl } : {}),
        firstFactorUrl: host.kind === 'signIn' ? host.stepUrl('factor-one') : undefined,
        secondFactorUrl: host.kind === 'signIn' ? host.stepUrl('factor-two') : undefined,
        resetPasswordUrl: host.kind === 'signIn' ? host.stepUrl('reset-password') : undefined,
        continueSignUpUrl: host.kind === 'signUp' ? host.stepUrl('continue') : undefined,
        verifyEmailAddressUrl: host.kind === 'signUp' ? host.stepUrl('verify-email-address') : undefined,
        signInForceRedirectUrl: forceRedirectUrl ?? undefined,
        signInFallbackRedirectUrl: fallbackRedirectUrl ?? undefined,
        signUpForceRedirectUrl: forceRedirectUrl ?? undefined,
        signUpFallbackRedirectUrl: fallbackRedirectUrl ?? undefined,
      },
      navigate,
    );
    // Nothing was in flight any more (an old link): start again, and say so.
    if (outcome === 'sign_in' || outcome === 'sign_up') {
      throw new LatchRuntimeError('external_account_not_verified', 'The provider did not confirm the account.');
    }
  });
  if (!ok) {
    const error = host.status.formError;
    host.restart();
    host.status.formError = error;
    host.element.requestUpdate();
  }
}
