/**
 * The instance's OAuth providers and their marks: read by the social sign-in buttons and by the profile's
 * connected accounts, each loading it with its own lazy module.
 */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { Environment } from '../resources/index.js';
import type { UiHost } from './form.js';

/** One provider the instance has on: its strategy (`oauth_google`), id (`google`) and display name. */
export interface SocialProvider {
  strategy: string;
  id: string;
  name: string;
}

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

/** Which element keys the icon carries: the social buttons' own, or the profile's generic provider keys. */
export type ProviderIconKeys = 'socialButtons' | 'profile';

/** The provider's mark, or its initial when we hold none (as Clerk's cards do). */
export function providerIcon(
  ui: UiHost,
  provider: SocialProvider,
  keys: ProviderIconKeys = 'socialButtons',
): TemplateResult {
  const [icon, initial] =
    keys === 'socialButtons'
      ? (['socialButtonsProviderIcon', 'socialButtonsProviderInitialIcon'] as const)
      : (['providerIcon', 'providerInitialIcon'] as const);
  const mark = MARKS[provider.id];
  if (!mark) {
    // A provider we hold no mark for: its initial, as Clerk's cards do.
    return html`<span class=${ui.cls(initial, { id: provider.id })} aria-hidden="true"
      >${provider.name.slice(0, 1).toUpperCase()}</span
    >`;
  }
  return html`<svg
    class=${`${ui.cls(icon, { id: provider.id })} latch-icon`}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${mark}
  </svg>`;
}
