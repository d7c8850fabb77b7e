import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Latch } from '../../core/latch.js';
import { sheetFrom } from '../base/adopt-styles.js';
import { LatchController } from '../base/latch-controller.js';

/**
 * Base of the control elements: they style nothing and only show or hide their children (a shadow root with
 * one `<slot>`, and `<slot name="fallback">` for what to show otherwise). Until Latch has loaded they show
 * neither, like Clerk's control components, so signed-in content never flashes for a signed-out visitor.
 */
export abstract class ControlElement extends LitElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    latch: { attribute: false },
  };
  // A constructed sheet rather than Lit's `css` tag: the loader then carries none of Lit's CSS-template code.
  static override styles = sheetFrom(':host{display:contents}');

  /** The Latch to read; by default the provider's or the page's. */
  latch?: Latch;

  protected readonly latchController = new LatchController(this);

  /** `true` to show the content, `false` for the fallback, `undefined` to show nothing (not loaded yet). */
  protected abstract shows(latch: Latch | undefined): boolean | undefined;

  override render(): TemplateResult | typeof nothing {
    const shown = this.shows(this.latchController.latch);
    if (shown === undefined) return nothing;
    return shown ? html`<slot></slot>` : html`<slot name="fallback"></slot>`;
  }
}
