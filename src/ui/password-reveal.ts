/**
 * A password field's show/hide button. Its own module: sign-in shows a password only on a later step (in that
 * step's chunk), so the first screen of sign-in and the waitlist do not carry it; sign-up's first screen does.
 */
import { html, svg } from 'lit';
import { fieldId, type UiHost } from './form.js';
import { icon } from './icons.js';

const eyeIcon = () =>
  icon(
    svg`<path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8Z"/><circle cx="8" cy="8" r="2"/>`,
  );
const eyeOffIcon = () =>
  icon(
    svg`<path d="M6.6 3.7A6.5 6.5 0 0 1 8 3.5C12.1 3.5 14.5 8 14.5 8a11 11 0 0 1-1.7 2.3M4.1 4.9A11 11 0 0 0 1.5 8s2.4 4.5 6.5 4.5a6.3 6.3 0 0 0 3-.8M6.6 6.6a2 2 0 0 0 2.8 2.8M2 2l12 12"/>`,
  );

/**
 * The `type` and `suffix` of the password field `id` (spread them into its field options): the text shows while
 * `shown`, and the button toggles it, announcing its state with `aria-pressed`.
 */
export function passwordReveal(host: UiHost, id: string, reveal: { shown: boolean; onToggle: () => void }) {
  const label = host.t(reveal.shown ? 'unstable__latch.hidePassword' : 'unstable__latch.showPassword');
  return {
    type: reveal.shown ? 'text' : 'password',
    suffix: html`<button
      type="button"
      class=${host.cls('formFieldInputShowPasswordButton')}
      aria-label=${label}
      aria-controls=${fieldId(host, id)}
      aria-pressed=${reveal.shown ? 'true' : 'false'}
      @click=${reveal.onToggle}
    >
      ${reveal.shown ? eyeOffIcon() : eyeIcon()}
    </button>`,
  } as const;
}
