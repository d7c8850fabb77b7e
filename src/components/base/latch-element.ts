import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LatchRuntimeError } from '../../api/errors.js';
import { classesFor } from '../../appearance/classes.js';
import { NO_APPEARANCE } from '../../appearance/defaults.js';
import type * as AppearanceEngineModule from '../../appearance/engine.js';
import type { Appearance, ComponentKey, ElementKey, ResolvedAppearance } from '../../appearance/index.js';
import type { Latch } from '../../core/latch.js';
import type { Localizer } from '../../localization/index.js';
import { createLocalizer, defaultStringsRevision } from '../../localization/index.js';
import type { Client, Environment } from '../../resources/index.js';
import { adoptSheets, instanceSheet, releaseSheet } from './adopt-styles.js';
import { baseCss, type ElementCss, SIMPLE_ATTRIBUTE, sheetsFor } from './base.styles.js';
import { LatchController } from './latch-controller.js';

export type ElementState = 'loading' | 'error' | 'open' | 'active';

let scopeCounter = 0;

type AppearanceEngine = typeof AppearanceEngineModule;
/** The appearance cascade, once some element needed it (a page without any appearance never fetches it). */
let engine: AppearanceEngine | undefined;
let engineLoading: Promise<unknown> | undefined;
const loadEngine = (): Promise<unknown> =>
  (engineLoading ??= import('../../appearance/engine.js').then(
    (module) => {
      engine = module;
    },
    (error: unknown) => {
      // A failed download is retried by the next update; meanwhile the element renders with the defaults.
      engineLoading = undefined;
      console.error('[latch] could not load the appearance engine', error);
    },
  ));

/**
 * One localizer per Latch, shared by its elements; rebuilt when `latch.update({localization})` replaces the
 * resource, or when an element defined later registers its default strings.
 */
const localizers = new WeakMap<object, { input: unknown; revision: number; localizer: Localizer }>();
const noLatch = {};

/**
 * Base of every styled Latch element.
 *
 * - Renders into its light DOM (DESIGN §3): password managers and autofill see real inputs, and Clerk's global
 *   styling contract (`cl-*` classes, `elements` class strings, page CSS) keeps working.
 * - Finds its Latch: the `latch` property, else a `<latch-provider>` ancestor via @lit/context, else the default
 *   instance (the script tag's `window.Latch`, or the first one loaded).
 * - Re-renders on every Latch state change and on `latch.update({appearance, localization})`.
 * - Adopts the shared base and element stylesheets (structure, plus the look unless `simpleStyles`) and one
 *   sheet of its own for appearance variables and `elements` CSS objects, scoped to its root box.
 */
/** The localizer of a Latch's `localization` option (shared by all its elements), with Clerk's global tokens. */
export function localizerFor(latch: Latch | undefined): Localizer {
  const key: object = latch ?? noLatch;
  const input = latch?.options.localization;
  const revision = defaultStringsRevision();
  const cached = localizers.get(key);
  if (cached && cached.input === input && cached.revision === revision) return cached.localizer;
  const localizer = createLocalizer(input, {
    globals: () => {
      const user = latch?.user;
      return {
        applicationName: latch?.environment?.displayConfig.applicationName ?? '',
        'user.firstName': user?.firstName ?? '',
        'user.lastName': user?.lastName ?? '',
        'user.username': user?.username ?? '',
        'user.primaryEmailAddress': user?.primaryEmailAddress?.emailAddress ?? '',
      };
    },
    pageDirection: () => globalThis.document?.documentElement.getAttribute('dir'),
  });
  localizers.set(key, { input, revision, localizer });
  return localizer;
}

export abstract class LatchElement extends LitElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    latch: { attribute: false },
    appearance: { attribute: false },
  };
  /** The appearance key Clerk uses for this component (`signIn`, `userButton`, …). */
  protected abstract readonly componentKey: ComponentKey;

  /** The Latch instance to use. Set by `latch.mountX()`; otherwise found through context or the default. */
  latch?: Latch;

  /** Appearance for this element only, layered over the global appearance (Clerk's `appearance` prop). */
  appearance?: Appearance;

  /** Unique class that scopes this instance's appearance sheet. */
  readonly scopeClass = `latch-s${++scopeCounter}`;

  readonly #latchController = new LatchController(this, () => this.latchChanged());
  #appearanceSheet = instanceSheet();
  #styleRoot?: Document | ShadowRoot;
  #resolvedFor?: { global: unknown; local: unknown; resolved: ResolvedAppearance };
  #appearanceCss = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // With an appearance still to resolve, the first update adopts them (in the right cascade layer).
    if (!this.#awaitsEngine) this.#adoptStyles();
  }

  /** Whether an appearance is set but the cascade's code has not arrived yet. */
  get #awaitsEngine(): boolean {
    return !engine && Boolean(this.resolvedLatch?.options.appearance || this.appearance);
  }

  /** Holds each update until the appearance cascade's code is in, when an appearance needs it: no unthemed frame. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#awaitsEngine) return loadEngine().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#styleRoot) releaseSheet(this.#styleRoot, this.#appearanceSheet);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#adoptStyles();
    this.#refreshAppearanceSheet();
  }

  /**
   * Adopts the shared base and element sheets (in the appearance's cascade layer, if any; shared sheets stay for
   * other elements) and this instance's appearance sheet. With `simpleStyles` the look sheets are left out and
   * the host is marked, so look rules adopted for other elements on the page skip this one.
   */
  #adoptStyles(): void {
    const { cssLayerName: layer, simpleStyles: simple } = this.resolvedAppearance;
    const own = this.elementCss;
    this.toggleAttribute(SIMPLE_ATTRIBUTE, simple);
    const sheets = [
      ...sheetsFor(baseCss, layer, simple),
      ...(own ? sheetsFor(own, layer, simple) : []),
      this.#appearanceSheet,
    ];
    this.#styleRoot = adoptSheets(this, sheets);
  }

  /**
   * Adopts the rules of a part that only some pages show (a lazy step or field: the phone field), in this
   * element's cascade layer and without the look under `simpleStyles`, like the element's own sheets, and before
   * the appearance sheets (whose `elements` rules win over them). Adopting again is free (shared sheets, adopted
   * once per root).
   */
  adoptCss(css: ElementCss): void {
    const { cssLayerName: layer, simpleStyles: simple } = this.resolvedAppearance;
    adoptSheets(this, sheetsFor(css, layer, simple), true);
  }

  /** CSS this kind of element needs beyond the shared base: its structure and its look (one shared sheet each). */
  protected get elementCss(): ElementCss | undefined {
    return undefined;
  }

  /** The Latch this element talks to, if one is known yet. */
  protected get resolvedLatch(): Latch | undefined {
    return this.#latchController.latch;
  }

  /** The loaded Latch, for code that only runs past the loading state (steps, submit handlers). */
  protected get loadedLatch(): Latch & { environment: Environment; client: Client } {
    const latch = this.resolvedLatch;
    if (!latch?.loaded || !latch.environment || !latch.client) {
      throw new LatchRuntimeError('not_loaded', 'Latch has not loaded yet.');
    }
    return latch as Latch & { environment: Environment; client: Client };
  }

  /** True once the Latch has loaded its environment and client. */
  protected get isReady(): boolean {
    return Boolean(this.resolvedLatch?.loaded);
  }

  /** Hook for subclasses that react to state changes (e.g. a flow that completed elsewhere). */
  protected latchChanged(): void {}

  // ---- localization -------------------------------------------------------------------------------------

  protected get localizer(): Localizer {
    return localizerFor(this.resolvedLatch);
  }

  /** Localized text for a Clerk localization key. */
  t(key: string, tokens?: Record<string, unknown>): string {
    return this.localizer.t(key, tokens);
  }

  // ---- appearance ---------------------------------------------------------------------------------------

  protected get resolvedAppearance(): ResolvedAppearance {
    const global = this.resolvedLatch?.options.appearance;
    const local = this.appearance;
    const cached = this.#resolvedFor;
    if (!(global || local)) return NO_APPEARANCE;
    if (!engine) {
      // Asked outside an update (an update waits for the engine first): the defaults now, the appearance next.
      void loadEngine().then(() => this.requestUpdate());
      return NO_APPEARANCE;
    }
    if (cached && cached.global === global && cached.local === local) return cached.resolved;
    const resolved = engine.resolveAppearance(global, this.componentKey, local);
    this.#resolvedFor = { global, local, resolved };
    return resolved;
  }

  /** The class list of an element key: `cl-key`, id and state variants, and the user's `elements` classes. */
  cls(key: ElementKey, opts?: { id?: string; state?: ElementState | undefined; required?: boolean }): string {
    return classesFor(this.resolvedAppearance, key, opts);
  }

  #refreshAppearanceSheet(): void {
    const resolved = this.resolvedAppearance;
    let cssText = '';
    if (engine && resolved !== NO_APPEARANCE) {
      const scope = `.${this.scopeClass}`;
      const variables = engine.variablesToCss(resolved.variables);
      cssText = variables ? `${scope}{${variables}}` : '';
      cssText += engine.elementsToCss(resolved.elements, scope, resolved.cssLayerName);
    }
    if (cssText !== this.#appearanceCss) {
      this.#appearanceCss = cssText;
      this.#appearanceSheet.replaceSync(cssText);
    }
  }

  // ---- events -------------------------------------------------------------------------------------------

  /** Dispatches a composed, bubbling custom event (Shoelace's `emit`). */
  protected emit<T>(name: string, detail?: T): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
