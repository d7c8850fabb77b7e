import { nothing, type TemplateResult } from 'lit';
import { LatchApiError, LatchRuntimeError } from '../../api/errors.js';
import type { ReverificationPrompt } from './reverification.js';
import type { LatchUserProfile } from './user-profile.js';

/** The server's answer to a sensitive write on a session whose first factor is too old. */
export function needsReverification(error: unknown): boolean {
  return error instanceof LatchApiError && error.errors.some((e) => e.code === 'session_reverification_required');
}

/** The level the server's error asks for (`meta.session_verification.level`); `first_factor` when it names none. */
function levelAsked(error: unknown): string {
  const item =
    error instanceof LatchApiError ? error.errors.find((e) => e.code === 'session_reverification_required') : null;
  const asked = item?.meta.sessionVerification as { level?: unknown } | undefined;
  return typeof asked?.level === 'string' ? asked.level : 'first_factor';
}

/**
 * Runs the profile's sensitive writes (removing a connected account, a new primary address): when the server asks
 * for reverification, the prompt (a lazy module) verifies the session again and the write is retried once. A
 * cancelled prompt rejects with `reverification_cancelled` (Clerk's code), and nothing was changed.
 */
export class ReverificationGuard {
  readonly #host: LatchUserProfile;
  #prompt: ReverificationPrompt | null = null;

  constructor(host: LatchUserProfile) {
    this.#host = host;
  }

  async run(action: () => Promise<unknown>): Promise<void> {
    let level: string;
    try {
      await action();
      return;
    } catch (error) {
      if (!needsReverification(error)) throw error;
      level = levelAsked(error);
    }
    const { ReverificationPrompt } = await import('./reverification.js');
    this.#prompt ??= new ReverificationPrompt(this.#host);
    if (!(await this.#prompt.verify(level))) {
      throw new LatchRuntimeError('reverification_cancelled', 'The verification was cancelled; nothing was changed.');
    }
    await action();
  }

  /** The prompt's modal card while it is open. */
  render(): TemplateResult | typeof nothing {
    return this.#prompt?.render() ?? nothing;
  }
}
