/**
 * The social sign-in buttons and the "or" divider, shared by the sign-in and sign-up start steps. A lazy module:
 * a card loads it only when the instance has a provider on, so instances without social sign-in never pay for it.
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
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

/** One provider the instance has on: its strategy (`oauth_google`), id (`google`) and display name. */
export interface SocialProvider {
  strategy: string;
  id: string;
  name: string;
}

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

/** Providers in the order Clerk's cards list them; others follow in the environment's order. */
const ORDER = ['google', 'github', 'microsoft', 'apple'];

/** The instance's enabled, authenticatable providers (`user_settings.social`). */
export function socialProvidersOf(environment: Environment): SocialProvider[] {
  // `user_settings.social` passes the schema unparsed (a record of providers: zod's record code would cost every
  // page its bytes), so each entry is checked here, where it is read.
  const social = (environment.userSettings as unknown as { social?: unknown }).social;
  const entries = typeof social === 'object' && social !== null ? Object.entries(social) : [];
  const providers = entries
    .filter(([strategy, s]) => strategy.startsWith('oauth_') && s?.enabled === true && s.authenticatable !== false)
    .map(([strategy, s]) => {
      const id = strategy.slice('oauth_'.length);
      return { strategy, id, name: typeof s.name === 'string' && s.name ? s.name : id };
    });
  const rank = (p: SocialProvider) => (ORDER.includes(p.id) ? ORDER.indexOf(p.id) : ORDER.length);
  return providers.sort((a, b) => rank(a) - rank(b));
}

/** Our own compact marks (decorative: the button's text or label names the provider). */
const MARKS: Record<string, SVGTemplateResult> = {
  google: svg`<path fill="#4285f4" d="M15.7 8.2c0-.6-.1-1.1-.2-1.6H8v3h4.3a3.7 3.7 0 0 1-1.6 2.4v2h2.6c1.5-1.4 2.4-3.4 2.4-5.8Z"/><path fill="#34a853" d="M8 16c2.2 0 4-.7 5.3-2l-2.6-2c-.7.5-1.6.8-2.7.8-2.1 0-3.9-1.4-4.5-3.3H.8v2.1A8 8 0 0 0 8 16Z"/><path fill="#fbbc05" d="M3.5 9.5a4.8 4.8 0 0 1 0-3V4.4H.8a8 8 0 0 0 0 7.2l2.7-2.1Z"/><path fill="#ea4335" d="M8 3.2c1.2 0 2.3.4 3.1 1.2l2.3-2.3A8 8 0 0 0 .8 4.4l2.7 2.1C4.1 4.6 5.9 3.2 8 3.2Z"/>`,
  github: svg`<path fill="currentColor" d="M8 0a8 8 0 0 0-2.5 15.6c.4 0 .5-.2.5-.4v-1.5c-2.2.5-2.7-1-2.7-1-.4-.9-.9-1.2-.9-1.2-.7-.5.1-.5.1-.5.8.1 1.2.8 1.2.8.7 1.3 1.9.9 2.4.7 0-.5.3-.9.5-1.1-1.8-.2-3.6-.9-3.6-4 0-.9.3-1.6.8-2.1-.1-.2-.4-1 .1-2.1 0 0 .7-.2 2.2.8a7.5 7.5 0 0 1 4 0c1.5-1 2.2-.8 2.2-.8.4 1.1.2 1.9.1 2.1.5.6.8 1.3.8 2.1 0 3.1-1.9 3.7-3.6 3.9.3.3.5.8.5 1.5v2.2c0 .2.1.5.6.4A8 8 0 0 0 8 0Z"/>`,
  microsoft: svg`<path fill="#f25022" d="M1 1h6.6v6.6H1z"/><path fill="#7fba00" d="M8.4 1H15v6.6H8.4z"/><path fill="#00a4ef" d="M1 8.4h6.6V15H1z"/><path fill="#ffb900" d="M8.4 8.4H15V15H8.4z"/>`,
  apple: svg`<path fill="currentColor" d="M11.2 8.5c0-1.6 1.3-2.3 1.3-2.4a2.9 2.9 0 0 0-2.3-1.2c-1-.1-1.9.6-2.4.6s-1.2-.6-2-.6A3 3 0 0 0 3.3 6.5c-1.1 1.9-.3 4.6.8 6.1.5.7 1.1 1.6 1.9 1.5.8 0 1-.5 2-.5s1.2.5 2 .5 1.3-.8 1.8-1.5c.6-.8.8-1.6.8-1.7 0 0-1.4-.6-1.4-2.4ZM9.7 3.8c.4-.5.7-1.2.6-1.9-.6 0-1.4.4-1.8.9-.4.4-.7 1.1-.6 1.8.7.1 1.4-.3 1.8-.8Z"/>`,
};

function providerIcon(ui: UiHost, provider: SocialProvider): TemplateResult {
  const mark = MARKS[provider.id];
  if (!mark) {
    // A provider we hold no mark for: its initial, as Clerk's cards do.
    return html`<span class=${ui.cls('socialButtonsProviderInitialIcon', { id: provider.id })} aria-hidden="true"
      >${provider.name.slice(0, 1).toUpperCase()}</span
    >`;
  }
  return html`<svg
    class=${`${ui.cls('socialButtonsProviderIcon', { id: provider.id })} latch-icon`}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${mark}
  </svg>`;
}

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
  adoptSheets(ctx.element, sheetsFor(socialCss, appearance.cssLayerName, appearance.simpleStyles));
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
 * even when a sign-in and a sign-up card on the same page both see the `sso-callback` step in the URL.
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
    if (host.kind === 'signIn') await client.signIn.authenticateWithRedirect(params);
    else await client.signUp.authenticateWithRedirect(params);
  });
}

/**
 * The card's `sso-callback` step: a spinner while `handleRedirectCallback` finishes what the provider started
 * (signed in, transferred to a sign-up, or on to the step that comes next).
 */
export function renderSsoCallback(host: SocialFlowHost): TemplateResult {
  if (handledArrival !== location.href) {
    handledArrival = location.href;
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
