import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Latch } from '../../core/latch.js';
import { LatchController } from '../base/latch-controller.js';
import { localizerFor } from '../base/latch-element.js';

/**
 * Base of the unstyled buttons (Clerk's `<SignInButton>`, `<SignUpButton>`, `<SignOutButton>`): they wrap the
 * page's own child (a `<button>`, a link, any element) and act on its click, or, when empty, render one plain
 * `<button>` with a localized label. Unstyled means no stylesheet and no appearance key, as in Clerk: the page
 * styles its own child, or the default one as `latch-sign-in-button > button`.
 */
export abstract class UnstyledButton extends LitElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    latch: { attribute: false },
  };
  /** The Latch to use; by default the provider's or the page's. */
  latch?: Latch;

  protected readonly latchController = new LatchController(this);
  /** Children added or removed after the first render (a framework filling the element late) switch the mode. */
  readonly #children = new MutationObserver(() => this.requestUpdate());

  /** The localization key of the default button's label. */
  protected abstract readonly labelKey: string;

  /** What a click does, once Latch has loaded. */
  protected abstract act(latch: Latch): Promise<void> | void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    this.#children.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    this.#children.disconnect();
  }

  /** True when the page gave its own child to wrap (the default button is ours, marked by `data-latch-default`). */
  get #wrapsOwnChild(): boolean {
    return [...this.children].some((child) => !child.hasAttribute('data-latch-default'));
  }

  override render(): TemplateResult | typeof nothing {
    if (this.#wrapsOwnChild) return nothing;
    const label = localizerFor(this.latchController.latch).t(this.labelKey);
    return html`<button type="button" data-latch-default>${label}</button>`;
  }

  #onClick = (event: MouseEvent) => {
    const latch = this.latchController.latch;
    if (!latch?.loaded) return;
    // A wrapped link would navigate on its own: the button decides where to go.
    if ((event.target as Element | null)?.closest('a[href]')) event.preventDefault();
    void this.act(latch);
  };
}
