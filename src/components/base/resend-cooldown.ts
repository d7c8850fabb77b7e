/**
 * "No code yet? Send another" of every code step (sign-up's email code, sign-in's email code): the cooldown
 * that keeps it disabled for a while after each code, and its template.
 *
 * Kept apart from ui/form.ts on purpose: `<latch-sign-in>` and `<latch-sign-up>` need it only on their lazily
 * loaded code steps (sign-in/steps/first-factor.ts, sign-up/steps/more-steps.ts), so a page showing a start step
 * does not download it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiHost } from '../../ui/form.js';

/**
 * The wait before a new code may be asked for, so a double click cannot flood the mailbox. `start()` when a
 * code has been sent; `remaining` then counts the seconds down, re-rendering the host once a second. The
 * interval stops while the host is off the page and resumes when it is back.
 */
export class ResendCooldown implements ReactiveController {
  /** Seconds until a new code may be asked for; 0 when it may be now. */
  remaining = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly seconds = 30,
  ) {
    host.addController(this);
  }

  start(): void {
    this.remaining = this.seconds;
    this.hostConnected();
  }

  hostConnected(): void {
    this.hostDisconnected();
    this.host.requestUpdate();
    if (this.remaining > 0)
      this.#timer = setInterval(() => {
        if (--this.remaining < 1) this.hostDisconnected();
        this.host.requestUpdate();
      }, 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}

/**
 * Each flow element's resend cooldown, created when it first sends a code: the elements hold none of their own,
 * so this module (and its chunk) arrives with their lazily loaded code steps, not with their start step.
 */
const cooldowns = new WeakMap<ReactiveControllerHost, ResendCooldown>();

export function resendCooldownOf(host: ReactiveControllerHost): ResendCooldown {
  let cooldown = cooldowns.get(host);
  if (!cooldown) {
    cooldown = new ResendCooldown(host);
    cooldowns.set(host, cooldown);
  }
  return cooldown;
}

/**
 * The resend button (`formResendCodeLink`): disabled and showing the seconds left while `cooldown` runs.
 * `onResend` sends a new code and resolves true when it went out (FormStatus.run), which restarts the cooldown.
 */
export function resendLink(
  ui: UiHost,
  o: { label: string; cooldown: ResendCooldown; onResend: () => Promise<boolean> },
): TemplateResult {
  const { cooldown } = o;
  const wait = cooldown.remaining;
  return html`<div class=${ui.cls('backRow')}>
    <button
      type="button"
      class=${ui.cls('formResendCodeLink')}
      ?disabled=${wait > 0}
      @click=${async (event: Event) => {
        // The button disables itself for the cooldown: hand focus to the code field first, so it does not
        // fall to <body> (its hint, "Sent to …", is read out with it).
        const card = (event.currentTarget as HTMLElement).closest('form, .cl-card');
        if (cooldown.remaining || !(await o.onResend())) return;
        card?.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
        cooldown.start();
      }}
    >
      ${wait > 0 ? ui.t('unstable__latch.resendIn', { seconds: wait }) : o.label}
    </button>
  </div>`;
}
