import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Latch } from '../../core/latch.js';
import { LatchController } from '../base/latch-controller.js';
import { localizerFor } from '../base/latch-element.js';

/**
 * @summary A modal dialog around a Latch card (`latch.openSignIn()` and friends put one on the page).
 *
 * Built on the native `<dialog>` with `showModal()`: the browser traps focus, makes the page inert, and gives
 * Escape. The card stays in the light DOM (slotted), so autofill and the `cl-*` styling contract still apply.
 *
 * @fires latch-close - The user dismissed the dialog (Escape, the close button, or a click on the backdrop).
 * @slot - The card.
 * @csspart backdrop - The `<dialog>` element.
 */
export class LatchModal extends LitElement {
  static override styles = css`
    :host { display: contents; }
    dialog {
      box-sizing: border-box; margin: 0; border: 0; padding: 1rem; background: transparent;
      inline-size: 100%; block-size: 100%; max-inline-size: none; max-block-size: none;
      display: grid; place-items: center; overflow: auto;
    }
    dialog:not([open]) { display: none; }
    dialog::backdrop { background: var(--clerk-color-modal-backdrop, rgb(0 0 0 / 0.55)); }
    .content { position: relative; }
    button {
      all: unset; position: absolute; inset-block-start: 0.75rem; inset-inline-end: 0.75rem; z-index: 1;
      display: grid; place-items: center; inline-size: 2rem; block-size: 2rem; border-radius: 0.375rem;
      cursor: pointer; color: var(--clerk-color-muted-foreground, #62636e);
    }
    button:hover { background: rgb(0 0 0 / 0.06); }
    button:focus-visible { outline: 2px solid var(--clerk-color-primary, #2f3037); outline-offset: 2px; }
  `;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  @property({ attribute: false }) latch?: Latch;

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly latchController = new LatchController(this);

  override render() {
    const close = localizerFor(this.latchController.latch).t('unstable__latch.closeDialog');
    return html`<dialog part="backdrop" aria-modal="true" @cancel=${this.onCancel} @click=${this.onBackdropClick}>
      <div class="content">
        <button type="button" aria-label=${close} @click=${this.dismiss}>
          <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"
            stroke-linecap="round" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8"/></svg>
        </button>
        <slot></slot>
      </div>
    </dialog>`;
  }

  protected override willUpdate(): void {
    this.latchController.explicit = this.latch;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  private onCancel = (event: Event) => {
    event.preventDefault();
    this.dismiss();
  };

  private onBackdropClick = (event: MouseEvent) => {
    // Clicks on the card bubble up from slotted content; only a click on the dialog box itself is the backdrop.
    if (event.target === this.dialog) this.dismiss();
  };

  private dismiss = () => {
    this.open = false;
    this.dispatchEvent(new CustomEvent('latch-close', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-modal': LatchModal;
  }
}
