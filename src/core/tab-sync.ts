/**
 * Keeps the tabs of one browser in step: when this tab's signed-in accounts change (sign-in, switch, sign-out)
 * it tells the others through a BroadcastChannel, and they re-read the client. The message carries only a
 * signature of the client's sessions (ids, never tokens), so a page cannot learn anything new from it.
 */
export class TabSync {
  readonly #channel: BroadcastChannel | null;

  constructor(name: string, onOtherTabChanged: (signature: string) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent) => {
        if (typeof event.data === 'string') onOtherTabChanged(event.data);
      };
    }
  }

  announce(signature: string): void {
    this.#channel?.postMessage(signature);
  }

  close(): void {
    this.#channel?.close();
  }
}

/** What the other tabs compare: the client's signed-in sessions and which one is last active. */
export function sessionsSignature(activeSessionIds: readonly string[], lastActiveSessionId: string | null): string {
  return `${lastActiveSessionId ?? ''}|${[...activeSessionIds].sort().join(',')}`;
}
