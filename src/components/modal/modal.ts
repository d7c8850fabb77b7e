import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { type ElementCss, LOOK } from '../base/base.styles.js';
import { LatchElement } from '../base/latch-element.js';

/** The modal's own rules (conventions as in base.styles.ts). */
const modalCss: ElementCss = {
  structure: /* css */ `
.latch-modal-scope { display: contents; }
.cl-modalBackdrop {
  box-sizing: border-box; margin: 0; border: 0; padding: 1rem; background: transparent; color: inherit;
  inline-size: 100%; block-size: 100%; max-inline-size: none; max-block-size: none;
  display: grid; grid-template-columns: minmax(0, 1fr); place-items: center; overflow: auto; overscroll-behavior: contain;
}
.cl-modalBackdrop:not([open]) { display: none; }
.cl-modalBackdrop::backdrop { background: var(--clerk-color-modal-backdrop, rgb(0 0 0 / 0.55)); }
/* Within the screen: a 25rem card in a 375 px wide one narrows to the column instead of running off its edge. */
.cl-modalContent { position: relative; max-inline-size: 100%; }
.cl-modalCloseButton {
  position: absolute; inset-block-start: 0.75rem; inset-inline-end: 0.75rem; z-index: 1;
  display: grid; place-items: center; inline-size: 2rem; block-size: 2rem; margin: 0; padding: 0; border: 0;
  background: transparent; color: inherit; font: inherit; cursor: pointer;
}
.cl-modalCloseButton:focus-visible { outline: 2px solid var(--clerk-color-primary, #2f3037); outline-offset: 2px; }
:root:has(.cl-modalBackdrop[open]) { overflow: hidden; }
`,
  look: /* css */ `
.cl-modalCloseButton${LOOK} { border-radius: 0.375rem; color: var(--clerk-color-muted-foreground, #62636e); }
.cl-modalCloseButton:hover${LOOK} { background: rgb(0 0 0 / 0.06); }
`,
};

/** The element a keyboard or screen-reader user is on, looking into shadow roots (an opener may sit in one). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * @summary A modal dialog around a Latch card (`latch.openSignIn()` and `openSignUp()` put one on the page).
 *
 * Built on the native `<dialog>` with `showModal()`: the browser traps focus, makes the page inert and gives
 * Escape; the page behind does not scroll while it is open. Focus moves to the card's first field and returns
 * to the opener when the dialog closes. Rendered in the light DOM like every Latch card, so autofill and the
 * `cl-*` styling contract reach it: `modalBackdrop` (the dialog), `modalContent`, `modalCloseButton`.
 *
 * @fires latch-close - The dialog closed: Escape, the close button, a click on the backdrop, or the flow inside
 *   it finished (signed in or signed up).
 * @slot - The card (its children are moved into the dialog).
 * @cssproperty --clerk-color-modal-backdrop - The backdrop behind the dialog.
 */
export class LatchModal extends LatchElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
  };
  /** Whether the dialog is showing. */
  open = false;

  /** The cards shown inside the dialog (the element's own children when it was put on the page). */
  #content: Element[] = [];
  /** What had focus before the dialog opened: it gets focus back when the dialog closes. */
  #opener: HTMLElement | null = null;

  /** The appearance key of the card inside (`signUp` for a sign-up modal, else `signIn`). */
  protected get componentKey(): ComponentKey {
    return this.#content.some((el) => el.localName === 'latch-sign-up') ? 'signUp' : 'signIn';
  }

  protected override get elementCss(): ElementCss {
    return modalCss;
  }

  override connectedCallback(): void {
    this.#adoptChildren();
    super.connectedCallback();
    this.addEventListener('latch-sign-in-complete', this.#onFlowComplete);
    this.addEventListener('latch-sign-up-complete', this.#onFlowComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('latch-sign-in-complete', this.#onFlowComplete);
    this.removeEventListener('latch-sign-up-complete', this.#onFlowComplete);
    // Taken off the page while open (latch.closeSignIn(), or the close event's listener): focus goes back.
    this.#restoreFocus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#adoptChildren();
    super.willUpdate(changed);
  }

  override render(): TemplateResult {
    const close = this.t('unstable__latch.closeDialog');
    return html`<div class=${`latch-modal-scope ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>
      <dialog
        class=${this.cls('modalBackdrop')}
        aria-label=${this.t(`${this.componentKey}.start.title`)}
        @cancel=${this.#onCancel}
        @click=${this.#onBackdropClick}
      >
        <div class=${this.cls('modalContent')}>
          ${this.#content}
          <button type="button" class=${this.cls('modalCloseButton')} aria-label=${close} @click=${this.#dismiss}>
            <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"
              stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8"/></svg>
          </button>
        </div>
      </dialog>
    </div>`;
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('open')) return;
    const dialog = this.querySelector<HTMLDialogElement>(':scope > .latch-modal-scope > dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#opener = deepActiveElement();
      // Let the card render first, so showModal() finds its autofocus field instead of the close button.
      await Promise.all(this.#content.map((el) => (el as Partial<LatchElement>).updateComplete));
      if (this.open && this.isConnected && !dialog.open) dialog.showModal();
    } else if (!this.open && dialog.open) {
      dialog.close();
      this.#restoreFocus();
    }
  }

  /** Children put in by the page or by `latch.openSignIn()` become the dialog's content. */
  #adoptChildren(): void {
    for (const child of [...this.children]) {
      if (!child.classList.contains('latch-modal-scope') && !this.#content.includes(child)) this.#content.push(child);
    }
  }

  #restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  }

  #onCancel = (event: Event) => {
    event.preventDefault();
    this.#dismiss();
  };

  #onBackdropClick = (event: MouseEvent) => {
    // Clicks inside the card bubble up too; only a click on the dialog box itself (around the card) is the backdrop.
    if (event.target === event.currentTarget) this.#dismiss();
  };

  /** Signed in or up inside the dialog: it has done its job. After the event, so page listeners see it first. */
  #onFlowComplete = () => {
    queueMicrotask(() => {
      if (this.open) this.#dismiss();
    });
  };

  #dismiss = () => {
    this.open = false;
    this.dispatchEvent(new CustomEvent('latch-close', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-modal': LatchModal;
  }
}
