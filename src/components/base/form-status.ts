import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLatchApiError } from '../../api/errors.js';
import { loadErrorStrings } from '../../localization/load-error-strings.js';

/** Maps a FAPI `param_name` to the field id the form shows it under (one form may call a field differently). */
export type ParamToField = Record<string, string>;

/**
 * An error message, or how to word it. Errors are kept as thunks and worded when rendered, so switching the
 * language (`latch.update({localization})`) re-words an error already on screen.
 */
export type Message = string | (() => string);

const word = (message: Message | undefined) => (typeof message === 'function' ? message() : message);

/**
 * The busy flag and errors of one form step. `run()` wraps a submit: ignores re-entry while busy, clears old
 * errors, and routes a failure: FAPI errors with a `param_name` that names a visible field go under that field,
 * everything else (network faults, timeouts, 429s, malformed responses) becomes the form's alert. Nothing the
 * user typed is cleared by a failure. Errors are worded with the error strings (loadErrorStrings), fetched by the
 * first failure.
 */
export class FormStatus implements ReactiveController {
  busy = false;
  fieldErrors: Record<string, Message> = {};
  #formError: Message = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly translate: (error: unknown) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The form-level error (the alert), in the current language; '' when none. */
  get formError(): string {
    return word(this.#formError) ?? '';
  }

  set formError(message: Message) {
    this.#formError = message;
  }

  error(fieldId: string): string | undefined {
    return word(this.fieldErrors[fieldId]);
  }

  /**
   * Shows client-side check messages under their fields, without a round trip, and focuses the first. Their words
   * are in the loader's strings, so nothing waits for a download; the error strings are fetched meanwhile (a form
   * refused once is often refused by the server next), and the messages re-worded if they bring any.
   */
  async reject(fieldErrors: Record<string, Message>): Promise<void> {
    this.fieldErrors = fieldErrors;
    this.formError = '';
    this.#rewordWhenStringsArrive();
    await this.host.updateComplete;
    this.#focusFirstInvalid();
  }

  clear(): void {
    this.fieldErrors = {};
    this.formError = '';
    this.host.requestUpdate();
  }

  /**
   * Shows the failure of work that is not a submit (a list loading beside the form) as `run` would, without taking
   * the busy flag: a user's click meanwhile must not be dropped as a re-entry.
   */
  fail(error: unknown, paramToField: ParamToField = {}): void {
    this.#route(error, paramToField);
    // Shown at once (the server's words until the error strings are in), worded again when they arrive.
    this.#rewordWhenStringsArrive();
  }

  /** Renders now, and again once the error strings are in (at once when they already are). */
  #rewordWhenStringsArrive(): void {
    this.host.requestUpdate();
    void loadErrorStrings().then(() => this.host.requestUpdate());
  }

  /** Runs `action` unless a submit is already in flight. Resolves to true when it succeeded. */
  async run(action: () => Promise<void>, paramToField: ParamToField = {}): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.fieldErrors = {};
    this.formError = '';
    this.host.requestUpdate();
    try {
      await action();
      return true;
    } catch (error) {
      // The words of a server's refusal are a chunk of their own: in before the error first shows, so it does
      // not change under the user's eyes (the load never rejects; without it, the server's message shows).
      await loadErrorStrings();
      this.#route(error, paramToField);
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.#focusFirstInvalid();
    }
  }

  #route(error: unknown, paramToField: ParamToField): void {
    if (isLatchApiError(error)) {
      for (const item of error.errors) {
        const fieldId = item.meta?.paramName ? paramToField[item.meta.paramName] : undefined;
        const message = () => this.translate({ ...error, errors: [item] });
        if (fieldId && !this.fieldErrors[fieldId]) this.fieldErrors[fieldId] = message;
        else if (!fieldId && !this.formError) this.formError = message;
      }
      if (!error.errors.length) this.formError = () => this.translate(error);
      return;
    }
    if (!(error instanceof Error) || error.name !== 'AbortError') this.formError = () => this.translate(error);
  }

  #focusFirstInvalid(): void {
    const invalid = this.host.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    invalid?.focus();
  }
}
