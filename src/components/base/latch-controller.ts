import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { latchContext } from '../../core/context.js';
import type { Latch } from '../../core/latch.js';
import { getDefaultLatch, onDefaultLatch } from '../../core/registry.js';

/**
 * Finds the Latch an element talks to and keeps the element rendering its state.
 * Order: the element's explicit `latch` (set by `latch.mountX()`), a `<latch-provider>` ancestor (@lit/context),
 * then the default instance (the script tag's, or the first one loaded), waited for if it does not exist yet.
 */
export class LatchController implements ReactiveController {
  #explicit?: Latch;
  #fromContext?: Latch;
  #subscribedTo?: Latch;
  #unsubscribe?: () => void;
  #unsubscribeDefault?: () => void;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onChange: () => void = () => {},
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: latchContext,
      subscribe: true,
      callback: (latch) => {
        this.#fromContext = latch;
        this.#bind();
      },
    });
  }

  get latch(): Latch | undefined {
    return this.#explicit ?? this.#fromContext ?? getDefaultLatch();
  }

  set explicit(latch: Latch | undefined) {
    this.#explicit = latch;
    this.#bind();
  }

  hostConnected(): void {
    this.#bind();
    if (!this.latch) this.#unsubscribeDefault = onDefaultLatch(() => this.#bind());
  }

  hostDisconnected(): void {
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
