import { account, accountFor } from '../api/account-kit.js';
import { LatchRuntimeError } from '../api/errors.js';
import type { FrontendApi } from '../api/fapi.js';
import { earlyNewBrowser } from '../api/http/early-requests.js';
import { HttpFrontendApi } from '../api/http/http-api.js';
import type { ClientJSON } from '../api/schemas/index.js';
import type { Appearance } from '../appearance/index.js';
import type { LocalizationResource } from '../localization/types.js';
import { Client } from '../resources/client.js';
import { Environment } from '../resources/environment.js';
import type { ResourceHost } from '../resources/host.js';
import type { Organization, OrganizationView } from '../resources/organization.js';
import type { Session } from '../resources/session.js';
import type { TokenCache } from '../resources/token-cache.js';
import type { User } from '../resources/user.js';
import { Waitlist } from '../resources/waitlist.js';
import { demandElement } from './element-demand.js';
import type { HandleRedirectCallbackParams, RedirectCallbackOutcome } from './redirect-callback.js';
import { loadRedirectCallback } from './redirect-callback-loader.js';
import {
  type AllowedRedirectOrigin,
  isAllowedRedirect,
  REDIRECT_URL_PARAM,
  type RedirectProps,
  resolveRedirectUrl,
} from './redirects.js';
import { getDefaultLatch, setDefaultLatch } from './registry.js';
import type { SignedInCore } from './signed-in.js';
import { sessionsSignature, TabSync } from './tab-sync.js';
import { LATCH_VERSION } from './version.js';

/** Navigation hook of a client-side router (`router.push` / `router.replace`). */
export type RouterFn = (to: string) => unknown;

/**
 * Options of a Latch instance: Clerk's `<ClerkProvider>` / `clerk.load()` options under the same names. Pass
 * them to the constructor, to `load()` (merged), or — appearance and localization — to `update()` at any time.
 */
export interface LatchOptions {
  /** Proxy in front of FAPI: absolute, or relative to the page (`/__clerk`). */
  proxyUrl?: string | ((url: URL) => string);
  /** Custom FAPI domain of a production (satellite) instance. */
  domain?: string | ((url: URL) => string);
  /** The FrontendApi adapter to use; default: the HTTP adapter built from the publishable key. */
  api?: FrontendApi;
  /** Request timeout of the default HTTP adapter, in ms. */
  timeoutMs?: number;
  appearance?: Appearance;
  localization?: LocalizationResource;
  signInUrl?: string;
  signUpUrl?: string;
  waitlistUrl?: string;
  signInFallbackRedirectUrl?: string;
  signUpFallbackRedirectUrl?: string;
  signInForceRedirectUrl?: string;
  signUpForceRedirectUrl?: string;
  afterSignOutUrl?: string;
  /** Where to go after signing out of one account while others stay signed in. */
  afterMultiSessionSingleSignOutUrl?: string;
  /** Where to go after switching to another signed-in account (multi-session). */
  afterSwitchSessionUrl?: string;
  /** The user profile page, for "Manage account" in `userProfileMode="navigation"`. */
  userProfileUrl?: string;
  /** Origins (exact, `*` globs, or RegExps) that redirects may lead to besides the page's own. */
  allowedRedirectOrigins?: AllowedRedirectOrigin[];
  /** Non-http(s) protocols that redirects may use (`myapp:`). */
  allowedRedirectProtocols?: string[];
  /** Touch the session when the window gains focus (default true). */
  touchSession?: boolean;
  routerPush?: RouterFn;
  routerReplace?: RouterFn;
  /** Which session becomes active on load; default: the client's last active session. */
  selectInitialSession?: (client: Client) => Session | null;
  /** Shown on authentication screens where users may need help. */
  supportEmail?: string;
}

export type LatchStatus = 'loading' | 'ready' | 'degraded' | 'error';

/** What every listener receives; read the rest (`status`, `options`, `environment`) from the instance. */
export interface LatchResources {
  client: Client | undefined;
  session: Session | null | undefined;
  user: User | null | undefined;
  organization: Organization | null | undefined;
}

export type LatchListener = (resources: LatchResources) => void;

export interface SetActiveParams {
  /** The session to activate (object or id), or null to have no active session; omitted: keep the current one. */
  session?: Session | string | null;
  /**
   * The organization to make active in that session: an id, a slug, an object with an `id`, or null for the
   * personal account; omitted: keep the current one.
   */
  organization?: string | { id: string } | null;
  /** Where to go once the session is active. */
  redirectUrl?: string;
  /** Custom navigation instead of `redirectUrl`, called once the session is active. */
  navigate?: (params: { session: Session | null }) => unknown;
}

export interface SignOutOptions {
  /** Sign out of this session only (multi-session); default: every session of the client. */
  sessionId?: string;
  /** Where to go afterwards; default `afterSignOutUrl`, else stay on the page. */
  redirectUrl?: string;
}

export type SignOutCallback = () => unknown;

export interface NavigateOptions {
  replace?: boolean;
}

export interface BuildAuthUrlOptions {
  /** Where the user should land after authenticating; default: the current page. */
  redirectUrl?: string;
  signInForceRedirectUrl?: string;
  signInFallbackRedirectUrl?: string;
  signUpForceRedirectUrl?: string;
  signUpFallbackRedirectUrl?: string;
}

/** Properties assigned to a mounted element (camelCase, as the element declares them). */
export type ComponentProps = Record<string, unknown>;

/**
 * The elements Latch mounts, by Clerk's component name, with their tag; a `modal` one also opens in a modal.
 * `mount<Name>`/`unmount<Name>` (and `open<Name>`/`close<Name>`) are made from this table (see the end of the
 * Latch class): forty near-identical methods would be ~0.4 KB more in the script-tag loader.
 */
const COMPONENTS = {
  SignIn: { tag: 'latch-sign-in', modal: true },
  SignUp: { tag: 'latch-sign-up', modal: true },
  UserButton: { tag: 'latch-user-button' },
  Waitlist: { tag: 'latch-waitlist', modal: true },
  UserProfile: { tag: 'latch-user-profile', modal: true },
  OrganizationSwitcher: { tag: 'latch-org-switcher' },
  CreateOrganization: { tag: 'latch-create-org', modal: true },
  OrganizationList: { tag: 'latch-org-list' },
  OrganizationProfile: { tag: 'latch-org-profile', modal: true },
} as const;
type Component = keyof typeof COMPONENTS;
type ModalComponent = { [K in Component]: (typeof COMPONENTS)[K] extends { modal: true } ? K : never }[Component];

/**
 * `mountSignIn(node, props)`, `unmountSignIn(node)`, `openSignIn(props)`, `closeSignIn()`, … for every component
 * of COMPONENTS (`open`/`close` for those with a modal). Props are the element's properties, camelCase.
 */
type ComponentMethods = Record<`mount${Component}`, (node: HTMLElement, props?: ComponentProps) => void> &
  Record<`unmount${Component}`, (node: HTMLElement) => void> &
  Record<`open${ModalComponent}`, (props?: ComponentProps) => void> &
  Record<`close${ModalComponent}`, () => void>;

const MODAL_TAG = 'latch-modal';

/** Non-http(s) navigation targets go through `location`, never through a client-side router. */
const isHttp = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/**
 * The Latch object (Clerk's `Clerk` class): loads the instance's environment and client, holds the
 * authentication state, notifies listeners, navigates safely and mounts the UI elements.
 *
 * Lifecycle: `status` starts `'loading'`. `load()` fetches environment and client in parallel, then:
 * - both arrive → `'ready'`, `loaded` true, the promise resolves;
 * - the client fails but the environment arrives → `'degraded'`: `loaded` true, signed out, the error in
 *   `loadError`, the promise resolves (the UI can still offer sign-in, which creates a client);
 * - the environment fails (or the publishable key is invalid) → `'error'`: `loaded` false, the error in
 *   `loadError`, the promise rejects with it. Calling `load()` again retries.
 * Listeners are notified in every case.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the component methods are declared by the interface below.
export class Latch implements ResourceHost {
  readonly version = LATCH_VERSION;
  readonly publishableKey: string;
  /**
   * @internal Shared session-token cache (Session objects are rebuilt on every client update); made by the first
   * `getToken()`, so a signed-out page carries none of its code.
   */
  tokenCache?: TokenCache;

  #options: LatchOptions;
  #api?: FrontendApi;
  #status: LatchStatus = 'loading';
  #loadError: unknown = null;
  #loading?: Promise<void>;
  #environment?: Environment;
  #client?: Client;
  #session?: Session | null;
  #user?: User | null;
  /** The session the user chose (setActive, or picked on load); kept while it stays active. */
  #activeSessionId: string | null = null;
  /** `setActive({session: null})` declined this one: do not re-adopt it as "last active". */
  #declinedSessionId: string | null = null;
  #unauthenticated?: Promise<void>;
  readonly #listeners = new Set<LatchListener>();
  /** Set once a session exists: the refresher is fetched then (session-refresh.ts), never by signed-out pages. */
  #refreshStarted = false;
  readonly #mounted = new WeakMap<Element, Map<string, HTMLElement>>();
  readonly #modals = new Map<ModalComponent, HTMLElement>();
  /** Other tabs of this browser, told when the signed-in accounts change; opened on load. */
  #tabSync?: TabSync;
  #sessionsSignature = '';
  /** Re-reading the client because another tab changed it: that news is not re-announced. */
  #followingOtherTab = false;

  constructor(publishableKey?: string, options: LatchOptions = {}) {
    this.publishableKey = publishableKey ?? '';
    this.#options = { ...options };
  }

  // ---- state -------------------------------------------------------------------------------------------

  get status(): LatchStatus {
    return this.#status;
  }

  /** True once environment and client are known (`status` ready or degraded). */
  get loaded(): boolean {
    return this.#status === 'ready' || this.#status === 'degraded';
  }

  /** Why the last load failed or degraded; null otherwise. */
  get loadError(): unknown {
    return this.#loadError;
  }

  get options(): Readonly<LatchOptions> {
    return this.#options;
  }

  /** `pk_live_` keys are production, other keys development; without a key, what the environment says. */
  get instanceType(): 'production' | 'development' | undefined {
    if (this.publishableKey) return this.publishableKey.startsWith('pk_live_') ? 'production' : 'development';
    const type = this.#environment?.displayConfig.instanceEnvironmentType;
    if (!type) return undefined;
    return type === 'production' ? 'production' : 'development';
  }

  /** Undefined until loaded. */
  get environment(): Environment | undefined {
    return this.#environment;
  }

  /** Undefined until loaded; then always a Client (an empty one when the server has none yet). */
  get client(): Client | undefined {
    return this.#client;
  }

  /** The active session: undefined until loaded, null when signed out. */
  get session(): Session | null | undefined {
    return this.#session;
  }

  /** The active session's user: undefined until loaded, null when signed out. */
  get user(): User | null | undefined {
    return this.#user;
  }

  /** The active session's organization: undefined until loaded, null for the personal account or signed out. */
  get organization(): Organization | null | undefined {
    if (!this.loaded) return undefined;
    const orgId = this.#session?.lastActiveOrganizationId;
    const view = this.#user?.organizationMemberships.find((m) => m.organization.id === orgId)?.organization;
    if (!view) return null;
    // One object per snapshot: the user is rebuilt on every client change, so a new view means new facts.
    if (this.#organization?.view !== view)
      this.#organization = { view, resource: new (account().Organization)(this, view) };
    return this.#organization.resource;
  }

  #organization?: { view: OrganizationView; resource: Organization };

  /**
   * Creates an organization with the signed-in user as its first member (the instance's creator role). It does
   * not become active: `setActive({organization})` does that.
   */
  async createOrganization(params: { name: string; slug?: string }): Promise<Organization> {
    return (await import('./signed-in.js')).createOrganization(this, params);
  }

  /**
   * The FrontendApi adapter. Built on first use from the options at that time (normally by the first
   * `load()`): `api` if given, else the HTTP adapter for the publishable key, `proxyUrl`, `domain`, `timeoutMs`.
   */
  get api(): FrontendApi {
    this.#api ??= this.#options.api ?? this.#createHttpApi();
    return this.#api;
  }

  #createHttpApi(): FrontendApi {
    if (!this.publishableKey) {
      throw new LatchRuntimeError(
        'invalid_publishable_key',
        'Latch needs a publishable key (new Latch("pk_test_…")) or an `api` adapter.',
      );
    }
    const here = globalThis.location ? new URL(globalThis.location.href) : undefined;
    const resolve = (value: string | ((url: URL) => string) | undefined) =>
      typeof value === 'function' ? (here ? value(here) : undefined) : value;
    return new HttpFrontendApi({
      publishableKey: this.publishableKey,
      proxyUrl: resolve(this.#options.proxyUrl),
      domain: resolve(this.#options.domain),
      timeoutMs: this.#options.timeoutMs,
      getSessionId: () => this.#session?.id ?? null,
      jsVersion: this.version,
    });
  }

  // ---- load / listeners / update -----------------------------------------------------------------------

  /**
   * Loads environment and client (once; later calls merge their options and return the same promise, except
   * after a failed load, which they retry). Registers this instance as the default one if none is.
   */
  load(options?: LatchOptions): Promise<void> {
    if (options) this.#options = { ...this.#options, ...options };
    if (!getDefaultLatch()) setDefaultLatch(this);
    if (!this.#loading) {
      this.#loading = this.#load().catch((error: unknown) => {
        this.#loading = undefined;
        throw error;
      });
    }
    return this.#loading;
  }

  async #load(): Promise<void> {
    const retrying = this.#status === 'error';
    this.#status = 'loading';
    this.#loadError = null;
    // A retry after a failure is news to the page: failed content hides, loading content shows again.
    if (retrying) this.#emit();
    let api: FrontendApi;
    try {
      api = this.api;
    } catch (error) {
      this.#failLoad(error);
      throw error;
    }
    const environmentRequest = api.getEnvironment();
    // One round trip: both requests are in flight together; a brand-new browser's client is known to be empty.
    const { isNew } = earlyNewBrowser;
    earlyNewBrowser.isNew = undefined;
    const clientRequest = (await isNew) ? this.#confirmEmptyClient(api) : api.getClient();
    const [environment, client] = await Promise.allSettled([environmentRequest, clientRequest]);
    if (environment.status === 'rejected') {
      this.#failLoad(environment.reason);
      throw environment.reason;
    }
    this.#environment = new Environment(environment.value);
    let clientJson: ClientJSON | null = null;
    if (client.status === 'fulfilled') {
      clientJson = client.value.response;
      this.#status = 'ready';
    } else {
      this.#status = 'degraded';
      this.#loadError = client.reason;
    }
    await accountFor(clientJson);
    this.#setClient(clientJson, { initial: true });
    this.#tabSync ??= new TabSync(`latch:${this.publishableKey}`, (signature) => this.#followOtherTab(signature));
    this.#emit();
  }

  /**
   * A new dev browser has no client yet: the first load takes the empty one at once and asks the server in the
   * background, which also adopts the dev browser the script tag created. Should the server know a client after
   * all, it is applied then, unless the user already changed the client (a sign-in started meanwhile is newer).
   */
  #confirmEmptyClient(api: FrontendApi): Promise<{ response: null }> {
    void api.getClient().then(
      async ({ response }) => {
        await accountFor(response);
        if (response && !this.#client?.id) {
          this.applyClient(response);
        }
      },
      // The user's first request meets the same failure and reports it.
      () => {},
    );
    return Promise.resolve({ response: null });
  }

  /**
   * Keeps the active session's token fresh and touches it on focus, from the first time a session exists: a
   * signed-out page (most sign-in pages) never loads that code. The refresher follows later changes itself.
   */
  #startSessionRefresh(): void {
    if (this.#refreshStarted || !this.#session) return;
    this.#refreshStarted = true;
    import('./session-refresh.js').then(
      ({ SessionRefresh }) =>
        new SessionRefresh({
          getSession: () => this.#session,
          addListener: (listener, options) => this.addListener(listener, options),
          touchOnFocus: () => this.#options.touchSession !== false,
          reloadClient: () => this.reloadClient(),
        }).start(),
      (error: unknown) => {
        this.#refreshStarted = false;
        console.warn('Latch: could not load the session refresher', error);
      },
    );
  }

  #failLoad(error: unknown): void {
    this.#status = 'error';
    this.#loadError = error;
    this.#emit();
  }

  /**
   * Calls `listener` after every state change (and right away when already loaded, unless
   * `skipInitialEmit`). Returns the unsubscribe function.
   */
  addListener(listener: LatchListener, options: { skipInitialEmit?: boolean } = {}): () => void {
    this.#listeners.add(listener);
    if (this.loaded && !options.skipInitialEmit) listener(this.#resources());
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Replaces `appearance` and/or `localization` live; every element re-renders. */
  update(options: Pick<LatchOptions, 'appearance' | 'localization'>): void {
    const next = { ...this.#options };
    if ('appearance' in options) next.appearance = options.appearance;
    if ('localization' in options) next.localization = options.localization;
    this.#options = next;
    this.#emit();
  }

  #resources(): LatchResources {
    return { client: this.#client, session: this.#session, user: this.#user, organization: this.organization };
  }

  #emit(): void {
    this.#startSessionRefresh();
    const resources = this.#resources();
    for (const listener of [...this.#listeners]) {
      try {
        listener(resources);
      } catch (error) {
        // One broken listener must not keep the others (and the UI) stale.
        console.error('Latch: a listener threw', error);
      }
    }
  }

  // ---- client state ------------------------------------------------------------------------------------

  /** @internal Applies a client the server sent (piggybacked on a response) and notifies listeners. */
  applyClient(client: ClientJSON | null): void {
    this.#setClient(client, { initial: false });
    this.#emit();
  }

  #setClient(json: ClientJSON | null, { initial }: { initial: boolean }): void {
    const client = new Client(this, json);
    const previousId = this.#session?.id ?? null;
    this.#client = client;
    const session = initial && this.#options.selectInitialSession ? this.#options.selectInitialSession(client) : null;
    this.#session = session ?? this.#pickSession(client);
    this.#activeSessionId = this.#session?.id ?? null;
    this.#user = this.#session?.user ?? null;
    if (previousId && !client.activeSessions.some((s) => s.id === previousId)) this.tokenCache?.clear(previousId);
    const signature = sessionsSignature(
      client.activeSessions.map((s) => s.id),
      client.lastActiveSessionId,
    );
    if (!initial && !this.#followingOtherTab && signature !== this.#sessionsSignature)
      this.#tabSync?.announce(signature);
    this.#sessionsSignature = signature;
  }

  /** Another tab signed in, switched or signed out: follow its active account and re-read the client. */
  async #followOtherTab(signature: string): Promise<void> {
    if (signature === this.#sessionsSignature) return;
    this.#activeSessionId = null;
    this.#declinedSessionId = null;
    this.#followingOtherTab = true;
    try {
      const result = await this.api.getClient();
      await accountFor(result.response);
      this.applyClient(result.response);
    } catch (error) {
      console.warn('Latch: could not follow a change made in another tab', error);
    } finally {
      this.#followingOtherTab = false;
    }
  }

  /** The chosen session while it stays active; otherwise the client's last active one (Clerk's default). */
  #pickSession(client: Client): Session | null {
    const active = client.activeSessions;
    const chosen = this.#activeSessionId && active.find((s) => s.id === this.#activeSessionId);
    if (chosen) return chosen;
    const lastId = client.lastActiveSessionId;
    if (!lastId || lastId === this.#declinedSessionId) return null;
    return active.find((s) => s.id === lastId) ?? null;
  }

  /** @internal Re-reads the client after a 401 (concurrent calls share one request). */
  handleUnauthenticated(): Promise<void> {
    this.#unauthenticated ??= (async () => {
      try {
        const result = await this.api.getClient();
        await accountFor(result.response);
        this.applyClient(result.response);
      } finally {
        this.#unauthenticated = undefined;
      }
    })();
    return this.#unauthenticated;
  }

  #requireClient(method: string): Client {
    if (!this.#client) throw new LatchRuntimeError('not_loaded', `Latch: call load() before ${method}().`);
    return this.#client;
  }

  // ---- session switching / sign-out --------------------------------------------------------------------

  /**
   * Makes `session` the active one: touches it (intent `select_session`), updates the state and notifies
   * listeners, then navigates (`navigate` callback, else `redirectUrl`). `null` leaves no active session.
   * With `organization`, makes that organization (id or slug among the user's memberships; `null`: the personal
   * account) the active one of the session.
   */
  async setActive(params: SetActiveParams): Promise<void> {
    const core = this.#signedInCore('setActive');
    return (await import('./signed-in.js')).setActive(core, params);
  }

  /** Re-runs session selection on the current client and notifies listeners. */
  #setClientState(client: Client): void {
    this.#session = this.#pickSession(client);
    this.#activeSessionId = this.#session?.id ?? null;
    this.#user = this.#session?.user ?? null;
    this.#emit();
  }

  /**
   * Signs out (Clerk's `signOut(callback?, options?)` or `signOut(options?)`): every session of the client
   * (`DELETE /client/sessions`), or only `sessionId` (`…/remove`). Then runs `callback`, or navigates to
   * `redirectUrl` ?? `afterMultiSessionSingleSignOutUrl` (one of several sessions) ?? `afterSignOutUrl`,
   * or stays on the page when none is set.
   */
  async signOut(callbackOrOptions?: SignOutCallback | SignOutOptions, maybeOptions?: SignOutOptions): Promise<void> {
    const core = this.#signedInCore('signOut');
    return (await import('./signed-in.js')).signOut(core, callbackOrOptions, maybeOptions);
  }

  /**
   * The selection state the signed-in module (./signed-in.ts, a chunk of the script-tag loader) works on. Built
   * before that module is fetched, so calling before `load()` fails at once, as it always did.
   */
  #signedInCore(method: string): SignedInCore {
    return {
      latch: this,
      client: this.#requireClient(method),
      activeId: () => this.#activeSessionId,
      choose: (activeId, declined) => {
        this.#activeSessionId = activeId;
        if (declined !== undefined) this.#declinedSessionId = declined;
      },
      reselect: (client) => this.#setClientState(client),
    };
  }

  // ---- navigation --------------------------------------------------------------------------------------

  /**
   * Navigates to `to` after checking it is an allowed redirect (same origin, or allowed by
   * `allowedRedirectOrigins` / `allowedRedirectProtocols`); a rejected URL is not followed (console warning).
   * Same-origin targets go through `routerPush` / `routerReplace` when given, as path + query + hash.
   */
  async navigate(to: string, options: NavigateOptions = {}): Promise<void> {
    const location = globalThis.location;
    const allowed = isAllowedRedirect(to, {
      currentOrigin: location.origin,
      allowedRedirectOrigins: this.#options.allowedRedirectOrigins,
      allowedRedirectProtocols: this.#options.allowedRedirectProtocols,
    });
    if (!allowed) {
      console.warn(`Latch: refusing to navigate to "${to}": it is not an allowed redirect.`);
      return;
    }
    // A page opened from disk (file://) has no site root: a relative redirect, such as the default `/`, would
    // open the file system. Stay on the page; its control elements show the signed-in state.
    const noSiteRoot = location.protocol === 'file:' || location.origin === 'null';
    if (noSiteRoot && !/^[a-z][a-z\d+.-]*:/i.test(to)) return;
    const url = new URL(to, location.href);
    const router = options.replace ? this.#options.routerReplace : this.#options.routerPush;
    if (router && isHttp(url) && url.origin === location.origin) {
      await router(url.pathname + url.search + url.hash);
      return;
    }
    // Already there (a flow on the page it redirects to): a reload would only throw away the rendered state.
    if (url.href === location.href) return;
    if (options.replace) location.replace(url.href);
    else location.assign(url.href);
  }

  // ---- URLs --------------------------------------------------------------------------------------------

  /** The sign-in page (`signInUrl` option, else the instance's), carrying `redirect_url` back here. */
  buildSignInUrl(options: BuildAuthUrlOptions = {}): string {
    return this.#buildAuthUrl(this.#options.signInUrl || this.#environment?.displayConfig.signInUrl, options);
  }

  /** The sign-up page (`signUpUrl` option, else the instance's), carrying `redirect_url` back here. */
  buildSignUpUrl(options: BuildAuthUrlOptions = {}): string {
    return this.#buildAuthUrl(this.#options.signUpUrl || this.#environment?.displayConfig.signUpUrl, options);
  }

  /** Where to go after sign-in: force → `redirect_url` → fallback → `/` (see `resolveRedirectUrl`). */
  buildAfterSignInUrl(props: RedirectProps = {}): string {
    return resolveRedirectUrl({ kind: 'signIn', props, options: this.#options, currentUrl: globalThis.location.href });
  }

  /** Where to go after sign-up: force → `redirect_url` → fallback → `/`. */
  buildAfterSignUpUrl(props: RedirectProps = {}): string {
    return resolveRedirectUrl({ kind: 'signUp', props, options: this.#options, currentUrl: globalThis.location.href });
  }

  /** `afterSignOutUrl`, else `/`. */
  buildAfterSignOutUrl(): string {
    return this.#options.afterSignOutUrl ?? '/';
  }

  /** The waitlist page: the `waitlistUrl` option, else the instance's (`''` when neither is set). */
  buildWaitlistUrl(): string {
    return this.#pageUrl(this.#options.waitlistUrl || this.#environment?.displayConfig.waitlistUrl);
  }

  /** The instance's user profile page (`''` when it has none). */
  buildUserProfileUrl(): string {
    return this.#pageUrl(this.#environment?.displayConfig.userProfileUrl);
  }

  /** The instance's organization profile page (`''` when it has none). */
  buildOrganizationProfileUrl(): string {
    return this.#pageUrl(this.#environment?.displayConfig.organizationProfileUrl);
  }

  /** The instance's create-organization page (`''` when it has none). */
  buildCreateOrganizationUrl(): string {
    return this.#pageUrl(this.#environment?.displayConfig.createOrganizationUrl);
  }

  /** Where to go after signing out of one of several sessions: that option, else `afterSignOutUrl`, else `/`. */
  buildAfterMultiSessionSingleSignOutUrl(): string {
    return this.#options.afterMultiSessionSingleSignOutUrl ?? this.buildAfterSignOutUrl();
  }

  /** Navigates to the waitlist page (`buildWaitlistUrl`). */
  redirectToWaitlist(): Promise<void> {
    return this.#redirectToPage(this.buildWaitlistUrl());
  }

  /** Navigates to the user profile page (`buildUserProfileUrl`). */
  redirectToUserProfile(): Promise<void> {
    return this.#redirectToPage(this.buildUserProfileUrl());
  }

  /** Navigates to the organization profile page (`buildOrganizationProfileUrl`). */
  redirectToOrganizationProfile(): Promise<void> {
    return this.#redirectToPage(this.buildOrganizationProfileUrl());
  }

  /** Navigates to the create-organization page (`buildCreateOrganizationUrl`). */
  redirectToCreateOrganization(): Promise<void> {
    return this.#redirectToPage(this.buildCreateOrganizationUrl());
  }

  #redirectToPage(url: string): Promise<void> {
    if (!url) {
      console.warn('Latch: no URL is configured for this page (set the option, or the instance setting).');
      return Promise.resolve();
    }
    return this.navigate(url);
  }

  /** A configured page as a link: relative configuration stays relative (routers see a path). */
  #pageUrl(base: string | null | undefined): string {
    if (!base) return '';
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(base)) return new URL(base).href;
    const url = new URL(base, globalThis.location.href);
    return url.pathname + url.search + url.hash;
  }

  // ---- redirect callback (OAuth, SSO, email link) ---------------------------------------------------------

  /**
   * Finishes what a provider or an email link started (Clerk's `handleRedirectCallback`): re-reads the client,
   * activates a completed sign-in or sign-up, transfers an unknown provider account to a sign-up (or a known one
   * to a sign-in), and otherwise navigates to the step that comes next (`continueSignUpUrl`, `secondFactorUrl`,
   * …). Every URL goes through `navigate` (allowed origins checked) unless `customNavigate` is given.
   */
  async handleRedirectCallback(
    params: HandleRedirectCallbackParams = {},
    customNavigate?: (to: string) => unknown,
  ): Promise<RedirectCallbackOutcome> {
    this.#requireClient('handleRedirectCallback');
    const { handleRedirectCallback } = await loadRedirectCallback();
    return handleRedirectCallback(this, params, customNavigate ?? ((to) => this.navigate(to)));
  }

  /** @internal Re-reads the client from the server (after a redirect back from a provider). */
  async reloadClient(): Promise<Client> {
    const result = await this.api.getClient();
    await accountFor(result.response);
    this.applyClient(result.response);
    return this.#requireClient('reloadClient');
  }

  // ---- waitlist ----------------------------------------------------------------------------------------

  /** Puts an email address on the instance's waitlist (`POST /v1/waitlist`); joining twice is not an error. */
  async joinWaitlist(params: { emailAddress: string }): Promise<Waitlist> {
    return new Waitlist(await this.api.joinWaitlist({ emailAddress: params.emailAddress }));
  }

  /** Navigates to the sign-in page (`buildSignInUrl`). */
  redirectToSignIn(options: BuildAuthUrlOptions = {}): Promise<void> {
    return this.navigate(this.buildSignInUrl(options));
  }

  /** Navigates to the sign-up page (`buildSignUpUrl`). */
  redirectToSignUp(options: BuildAuthUrlOptions = {}): Promise<void> {
    return this.navigate(this.buildSignUpUrl(options));
  }

  #buildAuthUrl(base: string | null | undefined, options: BuildAuthUrlOptions): string {
    if (!base) return '';
    const here = globalThis.location.href;
    const url = new URL(base, here);
    url.searchParams.set(REDIRECT_URL_PARAM, options.redirectUrl ?? here);
    const extras: Array<[string, string | undefined]> = [
      ['sign_in_force_redirect_url', options.signInForceRedirectUrl],
      ['sign_in_fallback_redirect_url', options.signInFallbackRedirectUrl],
      ['sign_up_force_redirect_url', options.signUpForceRedirectUrl],
      ['sign_up_fallback_redirect_url', options.signUpFallbackRedirectUrl],
    ];
    for (const [name, value] of extras) if (value) url.searchParams.set(name, value);
    // Keep a relative configuration relative, so routers and same-origin checks see a path.
    const isAbsolute = /^[a-z][a-z\d+.-]*:\/\//i.test(base);
    return isAbsolute ? url.href : url.pathname + url.search + url.hash;
  }

  // ---- mounting ----------------------------------------------------------------------------------------
  // Elements are created by tag name: the core never imports component modules, so an app only ships the
  // elements it imports. With the script tag, `demandElement` has the loader fetch the element's chunk; the
  // element is on the page at once (its properties set) and upgrades when its code arrives.

  static {
    for (const [name, { tag, modal }] of Object.entries(COMPONENTS) as [Component, { tag: string; modal?: true }][]) {
      const define = (method: string, value: (this: Latch, ...args: never[]) => void) =>
        Object.defineProperty(Latch.prototype, method + name, { value, configurable: true, writable: true });
      define('mount', function (node: HTMLElement, props?: ComponentProps) {
        this.#mount(node, tag, props);
      });
      define('unmount', function (node: HTMLElement) {
        this.#unmount(node, tag);
      });
      if (!modal) continue;
      define('open', function (props?: ComponentProps) {
        this.#openModal(name as ModalComponent, props);
      });
      define('close', function () {
        this.#closeModal(name as ModalComponent);
      });
    }
  }

  #createElement(tag: string, props: ComponentProps | undefined): HTMLElement {
    demandElement(tag);
    const element = document.createElement(tag);
    // Properties set before the element is defined are picked up by Lit when it upgrades.
    Object.assign(element, props ?? {}, { latch: this });
    return element;
  }

  #mount(node: HTMLElement, tag: string, props: ComponentProps | undefined): void {
    this.#unmount(node, tag);
    const element = this.#createElement(tag, props);
    let byTag = this.#mounted.get(node);
    if (!byTag) {
      byTag = new Map();
      this.#mounted.set(node, byTag);
    }
    byTag.set(tag, element);
    node.appendChild(element);
  }

  #unmount(node: HTMLElement, tag: string): void {
    const byTag = this.#mounted.get(node);
    byTag?.get(tag)?.remove();
    byTag?.delete(tag);
  }

  #openModal(component: ModalComponent, props: ComponentProps | undefined): void {
    this.#closeModal(component);
    // Inside a modal the flow routes in memory: it must not rewrite the page's URL hash.
    const element = this.#createElement(COMPONENTS[component].tag, { routing: 'virtual', ...props });
    demandElement(MODAL_TAG);
    const modal = document.createElement(MODAL_TAG);
    Object.assign(modal, { latch: this, open: true });
    modal.appendChild(element);
    const close = () => {
      if (this.#modals.get(component) === modal) this.#closeModal(component);
    };
    modal.addEventListener('latch-close', close);
    // The create-organization card is done once the organization exists.
    if (component === 'CreateOrganization') modal.addEventListener('latch-organization-create', close);
    this.#modals.set(component, modal);
    document.body.appendChild(modal);
  }

  #closeModal(component: ModalComponent): void {
    const modal = this.#modals.get(component);
    if (!modal) return;
    this.#modals.delete(component);
    modal.remove();
  }
}

// The static block of the class defines these (COMPONENTS).
export interface Latch extends ComponentMethods {}
