import type { ReactiveController, ReactiveElement } from 'lit';
import { latchContext } from '../../core/context.js';
import type { Latch } from '../../core/latch.js';
import { getDefaultLatch, onDefaultLatch } from '../../core/registry.js';

/**
 * Finds the Latch an element talks to and keeps the element rendering its state.
 * Order: the element's own `latch` property (set by `latch.mountX()` or a template's `.latch=${…}`), an ancestor
 * providing `latchContext` (the community context protocol, e.g. @lit/context's `ContextProvider`), then the default
 * instance (the script tag's, or the first one loaded), waited for if it does not exist yet.
 *
 * The property is read where it lives, on the host, not copied at the host's first update: an element given its
 * Latch before it is connected talks to that Latch from the start. (A copy made at the first update left the
 * moment of connection to the default Latch: a sign-up card on an invitation link redeemed the ticket there.)
 */
export class LatchController implements ReactiveController {
  #fromContext?: Latch;
  #subscribedTo?: Latch;
  #unsubscribe?: () => void;
  #unsubscribeDefault?: () => void;
  /** How to stop the context provider's updates (it hands this over with each value). */
  #unsubscribeContext?: () => void;

  constructor(
    private readonly host: ReactiveElement & { latch?: Latch },
    private readonly onChange: () => void = () => {},
  ) {
    host.addController(this);
  }

  get latch(): Latch | undefined {
    return this.host.latch ?? this.#fromContext ?? getDefaultLatch();
  }

  /** Before each update: a new `latch` property is followed from this update on. */
  hostUpdate(): void {
    this.#bind();
  }

  hostConnected(): void {
    // The protocol's request, as @lit/context's ContextConsumer sends it (its event class adds nothing else).
    this.host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: latchContext,
        contextTarget: this.host,
        subscribe: true,
        callback: (latch: Latch, unsubscribe?: () => void) => {
          // A new provider (or a new subscription) replaces the old one.
          if (unsubscribe !== this.#unsubscribeContext) this.#unsubscribeContext?.();
          this.#unsubscribeContext = unsubscribe;
          this.#fromContext = latch;
          this.#bind();
        },
      }),
    );
    this.#bind();
    if (!this.latch) this.#unsubscribeDefault = onDefaultLatch(() => this.#bind());
  }

  hostDisconnected(): void {
    this.#unsubscribeContext?.();
    this.#unsubscribeContext = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
    this.#unsubscribeDefault?.();
    this.#unsubscribeDefault = undefined;
  }

  #bind(): void {
    const latch = this.latch;
    if (latch === this.#subscribedTo || !this.host.isConnected) return;
    this.#unsubscribe?.();
    this.#subscribedTo = latch;
    this.#unsubscribe = latch?.addListener(() => {
      this.onChange();
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }
}
