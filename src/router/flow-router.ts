/**
 * Routes between the steps of one flow (`factor-one`, `verify-email-address`, …), as Clerk's components do:
 * - `hash`: the step lives in the URL fragment (`#/factor-one`), so Back works and a reload keeps the step;
 * - `path`: under the element's `path` prop (`/sign-in/factor-one`) with the History API;
 * - `virtual`: in memory only (modals, stories, embedded widgets that must not touch the URL).
 * The empty string is the flow's start.
 */
export type RoutingMode = 'hash' | 'path' | 'virtual';

/**
 * The application's own router (Latch's `routerPush` / `routerReplace` options), used by path routing when
 * given, so a framework's router sees every step change. Either may return a promise: the step shows at once,
 * and the URL is read again once the router has settled.
 */
export interface AppRouter {
  push?: (to: string) => unknown;
  replace?: (to: string) => unknown;
}

/**
 * Fired on `window` after a router changed the URL through the History API, which fires neither `hashchange` nor
 * `popstate`. Hash and path routing share the URL between every flow on the page (a sign-in and a sign-up card):
 * each of them must learn of a step change made by another, or it keeps showing a step the URL has left.
 */
const ROUTE_CHANGE_EVENT = 'latch:route-change';

function announceRouteChange(): void {
  window.dispatchEvent(new Event(ROUTE_CHANGE_EVENT));
}

export class FlowRouter {
  #virtual = '';
  /** The step an application router is navigating to, until it has settled (path routing only). */
  #pending?: string;
  #listening = false;
  readonly #onChange: () => void;

  constructor(
    readonly mode: RoutingMode,
    private readonly basePath: string,
    onChange: () => void,
    private readonly appRouter: () => AppRouter = () => ({}),
  ) {
    this.#onChange = onChange;
  }

  /** The current step, without leading or trailing slashes. */
  get current(): string {
    if (this.mode === 'hash') {
      const hash = location.hash;
      return hash.startsWith('#/') ? trimSlashes(hash.slice(2).split('?')[0] ?? '') : '';
    }
    if (this.mode === 'path') {
      if (this.#pending !== undefined) return this.#pending;
      const base = `/${trimSlashes(this.basePath)}`;
      const path = location.pathname;
      if (path === base) return '';
      return path.startsWith(`${base}/`) ? trimSlashes(path.slice(base.length)) : '';
    }
    return this.#virtual;
  }

  /**
   * Virtual routing's first step (the `initial-step` attribute): where the card starts, not a move, so nothing is
   * announced (a move takes the focus to the new step's heading; a card's first step leaves it to `autofocus`).
   */
  startAt(step: string): void {
    if (this.mode === 'virtual') this.#virtual = trimSlashes(step);
  }

  navigate(step: string, opts: { replace?: boolean } = {}): void {
    const clean = trimSlashes(step);
    if (clean === this.current) return;
    if (this.mode === 'hash') {
      const url = new URL(location.href);
      url.hash = clean ? `/${clean}` : '';
      // An empty fragment would leave a dangling '#': drop it entirely.
      const target = clean ? url.href : url.href.replace(/#$/, '');
      if (opts.replace) history.replaceState(history.state, '', target);
      else history.pushState(history.state, '', target);
    } else if (this.mode === 'path') {
      const base = `/${trimSlashes(this.basePath)}`;
      const target = (clean ? `${base}/${clean}` : base) + location.search;
      const { push, replace } = this.appRouter();
      const router = opts.replace ? replace : push;
      if (router) {
        this.#pending = clean;
        void Promise.resolve()
          .then(() => router(target))
          .catch((error: unknown) => console.error('Latch: the application router failed', error))
          .finally(() => {
            if (this.#pending === clean) this.#pending = undefined;
            announceRouteChange();
          });
      } else if (opts.replace) history.replaceState(history.state, '', target);
      else history.pushState(history.state, '', target);
    } else {
      this.#virtual = clean;
      this.#onChange();
      return;
    }
    announceRouteChange();
  }

  connect(): void {
    if (this.#listening || this.mode === 'virtual') return;
    this.#listening = true;
    window.addEventListener('popstate', this.#onChange);
    window.addEventListener('hashchange', this.#onChange);
    window.addEventListener(ROUTE_CHANGE_EVENT, this.#onChange);
  }

  disconnect(): void {
    if (!this.#listening) return;
    this.#listening = false;
    window.removeEventListener('popstate', this.#onChange);
    window.removeEventListener('hashchange', this.#onChange);
    window.removeEventListener(ROUTE_CHANGE_EVENT, this.#onChange);
  }
}

export function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}
