import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isLatchApiError, LatchRuntimeError } from '../../api/errors.js';
import { normalizeIdentifier } from '../../core/identifiers.js';
import { isSafeLink } from '../../core/redirects.js';
import { whenIdle } from '../../core/when-idle.js';
import { loadErrorStrings } from '../../localization/load-error-strings.js';
import { FlowRouter, type RoutingMode, trimSlashes } from '../../router/flow-router.js';
import { type CardShape, loadFailedCard, loadingCard, stepLoading, type UiHost } from '../../ui/form.js';
import type { ElementCss } from './base.styles.js';
import { FormStatus } from './form-status.js';
import { LatchElement } from './latch-element.js';

/**
 * Base of the multi-step cards (sign-in, sign-up): routing between steps, one FormStatus for the visible step,
 * and the card frame (card box, card, footer). Props follow Clerk's `<SignIn/>`/`<SignUp/>` names.
 */
/** Step modules by loader, shared by every element: each downloads once per page. */
const stepModules = new Map<
  () => Promise<unknown>,
  { module?: unknown; promise?: Promise<unknown>; error?: unknown; failedAt?: number }
>();

/** The social buttons and the return from a provider: loaded only when the instance has a provider on. */
const loadSocial = () => import('../../ui/social-buttons.js');

/** The step the browser returns to from an OAuth provider (Clerk's route name; also in ui/social-buttons.ts). */
export const SSO_CALLBACK_STEP = 'sso-callback';

/** After a failed download, wait this long before the next render tries again (no tight retry loop offline). */
const STEP_RETRY_MS = 3000;
/** Step modules whose prefetch waits for an idle moment (prefetchStep), and how long it waits at most. */
const prefetching = new Set<() => Promise<unknown>>();
const PREFETCH_TIMEOUT_MS = 2000;

export abstract class FlowElement extends LatchElement implements UiHost {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    routing: {},
    path: {},
    forceRedirectUrl: { attribute: 'force-redirect-url' },
    fallbackRedirectUrl: { attribute: 'fallback-redirect-url' },
    initialStep: { attribute: 'initial-step' },
  };
  /** How steps are reflected in the URL: `hash` (default), `path` (needs `path`), or `virtual`. */
  routing: RoutingMode = 'hash';

  /** The path the element is mounted at, for `routing="path"`. */
  path = '';

  /** Always go here after the flow completes (wins over `redirect_url` and the fallback). */
  forceRedirectUrl?: string;

  /** Go here after the flow completes when no `redirect_url` is in the page URL. */
  fallbackRedirectUrl?: string;

  /**
   * The step to start on with `routing="virtual"` (e.g. `factor-one` when the sign-in was created elsewhere).
   * Ignored by the URL-based modes, where the URL says where the flow is.
   */
  initialStep = '';

  /** The first step's shape, drawn as placeholders until Latch has loaded (see `loadingCard`). */
  protected readonly placeholderShape: Pick<CardShape, 'fields' | 'footer'> = { fields: 1, footer: true };

  protected router!: FlowRouter;
  protected readonly status = new FormStatus(this, (error) => this.localizer.translateError(error));
  #connectedRouting?: string;
  /** The load error whose words are being fetched, and the one whose words are in (renderNotReady). */
  #wording: unknown;
  #worded: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensureRouter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.router?.disconnect();
    this.#connectedRouting = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('routing') || changed.has('path')) this.#ensureRouter();
  }

  #ensureRouter(): void {
    const key = `${this.routing}|${this.path}`;
    if (this.#connectedRouting === key || !this.isConnected) return;
    this.router?.disconnect();
    this.router = new FlowRouter(
      this.routing,
      this.path,
      () => {
        // Hash and path routing share the URL between elements: a step change of one sign-in is a history
        // change for every flow on the page. Only an element whose card now shows another step takes focus.
        const heading = () => this.querySelector('.cl-headerTitle')?.textContent;
        const before = heading();
        this.status.clear();
        this.requestUpdate();
        void this.updateComplete.then(() => {
          if (heading() !== before) this.stepChanged();
        });
      },
      () => ({ push: this.resolvedLatch?.options.routerPush, replace: this.resolvedLatch?.options.routerReplace }),
    );
    this.router.connect();
    if (this.routing === 'virtual' && this.initialStep) this.router.startAt(this.initialStep);
    this.#connectedRouting = key;
  }

  /**
   * This element now shows another step (Back button, a link, or navigate()): focus goes to its heading, so
   * screen-reader and keyboard users land in the new content.
   */
  protected stepChanged(): void {
    void this.focusHeading();
  }

  protected get step(): string {
    return this.router?.current ?? '';
  }

  protected go(step: string, opts?: { replace?: boolean }): void {
    this.status.clear();
    this.router.navigate(step, opts);
  }

  /**
   * A lazily loaded step module: returned once it has arrived; until then `undefined`, with the download
   * started and a re-render scheduled for when it settles. A failed download shows the network error in the
   * form's alert and is tried again by a render after STEP_RETRY_MS (the user's next action).
   */
  protected lazyStep<T>(loader: () => Promise<T>): T | undefined {
    let entry = stepModules.get(loader);
    if (!entry) {
      entry = {};
      stepModules.set(loader, entry);
    }
    if (entry.module) {
      // The rules of a step module or page class (`stepCss`) are adopted when it first renders: a card's first
      // screen does without them.
      const { stepCss } = entry.module as { stepCss?: ElementCss };
      if (stepCss) this.adoptCss(stepCss);
      return entry.module as T;
    }
    if (entry.failedAt !== undefined && performance.now() - entry.failedAt < STEP_RETRY_MS) {
      // Show the failure without scheduling another render: the next user action re-renders and retries.
      if (!this.status.formError) this.status.formError = () => this.localizer.translateError(entry.error);
      return undefined;
    }
    let promise = entry.promise;
    if (!promise) {
      const loading = entry;
      loading.failedAt = undefined;
      promise = loading.promise = loader().then(
        (module) => {
          loading.module = module;
        },
        (cause: unknown) => {
          loading.promise = undefined;
          loading.failedAt = performance.now();
          loading.error = new LatchRuntimeError('network_error', 'A part of Latch could not be downloaded.', { cause });
        },
      );
    }
    void promise.then(() => this.requestUpdate());
    return undefined;
  }

  /**
   * Fetches a step module the user will likely need next once the browser is idle: after the card has painted.
   * (Started from the first render, its download and evaluation competed with that render on a slow device.)
   */
  protected prefetchStep(loader: () => Promise<unknown>): void {
    if (stepModules.has(loader) || prefetching.has(loader)) return;
    prefetching.add(loader);
    whenIdle(() => {
      prefetching.delete(loader);
      if (this.isConnected) this.lazyStep(loader);
    }, PREFETCH_TIMEOUT_MS);
  }

  /** Moves focus to the new step's heading, so screen-reader and keyboard users land in the new content. */
  protected async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.querySelector<HTMLElement>('.cl-headerTitle');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }

  /**
   * What to show until the Latch is ready: a loading card, or, when loading failed, the reason and a retry.
   * `undefined` once ready.
   */
  protected renderNotReady(): TemplateResult | undefined {
    const latch = this.resolvedLatch;
    if (latch?.loaded && latch.environment) return undefined;
    const root = (content: TemplateResult) =>
      html`<div class=${`${this.cls('rootBox')} ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>${content}</div>`;
    const error = latch?.loadError;
    // A server's refusal (not a network fault) is worded from the error strings: the loading card stays until
    // they are in or could not be fetched, so the reason does not change under the user's eyes.
    if (latch?.status === 'error' && (!isLatchApiError(error) || this.#worded === error)) {
      const retry = () => void latch.load().catch(() => this.requestUpdate());
      return root(loadFailedCard(this, this.localizer.translateError(error), retry));
    }
    if (latch?.status === 'error' && this.#wording !== error) {
      this.#wording = error;
      void loadErrorStrings().then(() => {
        this.#worded = error;
        this.requestUpdate();
      });
    }
    return root(
      loadingCard(this, {
        ...this.placeholderShape,
        // Known before the environment from the publishable key, so the badge line does not appear late.
        devMode:
          latch?.instanceType === 'development' &&
          !this.resolvedAppearance.options.unsafe_disableDevelopmentModeWarnings,
        shimmer: this.resolvedAppearance.options.shimmer !== false,
      }),
    );
  }

  /**
   * The card frame. `body` is the step; `footer` the row below it (e.g. "No account? Sign up"), which also says
   * "Development mode" on a development instance, as Clerk does unless `unsafe_disableDevelopmentModeWarnings`.
   * The box is a `<section>`: it scopes the card's `<header>` and `<footer>`, which would otherwise be the page's
   * banner and contentinfo landmarks (two of each on a page with two cards). Unnamed, it adds no landmark itself.
   */
  protected card(body: TemplateResult, footer?: TemplateResult | typeof nothing): TemplateResult {
    const display = this.resolvedLatch?.environment?.displayConfig;
    const devMode =
      display?.showDevmodeWarning &&
      display.instanceEnvironmentType === 'development' &&
      !this.resolvedAppearance.options.unsafe_disableDevelopmentModeWarnings;
    return html`<div class=${`${this.cls('rootBox')} ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>
      <section class=${this.cls('cardBox')}>
        <div class=${this.cls('card')}>${body}</div>
        ${
          (footer && footer !== nothing) || devMode
            ? html`<footer class=${this.cls('footer')}>
                ${footer}
                ${devMode ? html`<p class=${this.cls('badge', { id: 'devMode' })}>${this.t('unstable__latch.developmentMode')}</p>` : nothing}
              </footer>`
            : nothing
        }
      </section>
    </div>`;
  }

  /**
   * Where an email link sent the browser back: Clerk's `__clerk_status` in the page URL. Next to an invitation's
   * `__clerk_ticket` the same param names the ticket's card instead, so it is no landing then (the rule of
   * core/link-params.ts, inline: a card's first chunk must not fetch that module).
   */
  protected emailLinkStatus(): string | null {
    const params = new URLSearchParams(location.search);
    return params.has('__clerk_ticket') ? null : params.get('__clerk_status');
  }

  /** "Question? Link" in the footer, e.g. "Don't have an account? Sign up". */
  protected footerAction(text: string, linkLabel: string, href: string | undefined): TemplateResult | typeof nothing {
    // The URL may come from the server's environment: only plain links, never `javascript:` and the like.
    if (!href || !isSafeLink(href)) return nothing;
    return html`<div class=${this.cls('footerAction')}>
      <span class=${this.cls('footerActionText')}>${text}</span>
      <a class=${this.cls('footerActionLink')} href=${href}>${linkLabel}</a>
    </div>`;
  }

  /**
   * Refuses, before any round trip, an identifier the server would refuse for hidden or control characters (the
   * rules shared with it in src/core/identifiers.ts), with a field error on `fieldId`. True when it refused.
   */
  protected async rejectHiddenCharacters(fieldId: string, value: string): Promise<boolean> {
    if (normalizeIdentifier(value).ok) return false;
    await this.status.reject({ [fieldId]: () => this.t('unstable__latch.hiddenCharacters') });
    return true;
  }

  // ---- social sign-in (the module loads lazily: ui/social-buttons.ts) -------------------------------------

  /** The other card's URL (sign-up for the sign-in card), for the return from a provider. */
  protected otherFlowUrl(): string | undefined {
    return undefined;
  }

  /** One of the card's steps as an absolute URL (where a provider sends the browser back). */
  protected stepUrl(step: string): string {
    const url = new URL(location.href);
    if (this.routing === 'path') url.pathname = `/${trimSlashes(this.path)}${step ? `/${step}` : ''}`;
    else url.hash = step ? `/${step}` : '';
    return url.href;
  }

  #socialHost(kind: 'signIn' | 'signUp') {
    return {
      ui: this,
      element: this,
      appearance: this.resolvedAppearance,
      latch: this.loadedLatch,
      status: this.status,
      kind,
      stepUrl: (step: string) => this.stepUrl(step),
      redirectProps: { forceRedirectUrl: this.forceRedirectUrl, fallbackRedirectUrl: this.fallbackRedirectUrl },
      otherFlowUrl: this.otherFlowUrl(),
      restart: () => this.go(''),
    };
  }

  /** The start step's social buttons and divider at `placement` (`socialButtonsPlacement`), if any provider is on. */
  protected socialSection(kind: 'signIn' | 'signUp', placement: 'top' | 'bottom'): TemplateResult | typeof nothing {
    const social = (this.resolvedLatch?.environment?.userSettings as { social?: Record<string, { enabled: boolean }> })
      ?.social;
    if (this.resolvedAppearance.options.socialButtonsPlacement !== placement) return nothing;
    if (!Object.values(social ?? {}).some((provider) => provider.enabled)) return nothing;
    const module = this.lazyStep(loadSocial);
    return module ? module.socialSection(this.#socialHost(kind), placement) : nothing;
  }

  /** The `sso-callback` step: finishes what the provider started (Clerk's SSO callback route). */
  protected renderSsoCallback(kind: 'signIn' | 'signUp'): TemplateResult {
    const module = this.lazyStep(loadSocial);
    return module ? module.renderSsoCallback(this.#socialHost(kind)) : stepLoading(this);
  }

  /** Hook: forget what the user typed (a finished flow must not keep a password in the page). */
  protected resetForm(): void {}

  /**
   * Ends a flow with its new session: fires `latch-sign-in-complete` / `latch-sign-up-complete` (cancel it to
   * stay on the page), then activates the session and follows Clerk's redirect rules.
   */
  protected async finish(sessionId: string | null, kind: 'signIn' | 'signUp'): Promise<void> {
    this.resetForm();
    const latch = this.loadedLatch;
    const event = kind === 'signIn' ? 'latch-sign-in-complete' : 'latch-sign-up-complete';
    if (!this.emit(event, { sessionId })) {
      await latch.setActive({ session: sessionId });
      return;
    }
    const props = { forceRedirectUrl: this.forceRedirectUrl, fallbackRedirectUrl: this.fallbackRedirectUrl };
    const redirectUrl = kind === 'signIn' ? latch.buildAfterSignInUrl(props) : latch.buildAfterSignUpUrl(props);
    // Leave the step URL behind before the redirect, so Back does not land on a finished flow.
    if (this.routing !== 'virtual') this.router.navigate('', { replace: true });
    await latch.setActive({ session: sessionId, redirectUrl });
  }
}
