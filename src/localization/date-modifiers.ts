import { type Modifier, registerModifiers } from './interpolate.js';

/**
 * Clerk's date modifiers (`{{date | shortDate}}`, `longDate`, `numeric`, `timeString`, `weekday`), and the short
 * date a Date token shows without one. Only signed-in pages show dates (a session's last activity, a passkey's
 * use, a member's join date): their modules call `registerDateModifiers()`, so the script-tag loader, on every
 * page, does not carry this.
 */

/** `Date#toLocaleString` formats as `Intl.DateTimeFormat` does with the same options, and engines cache it. */
function formatDate(value: unknown, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number' || typeof value === 'string'
        ? new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)
        : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  try {
    return date.toLocaleString(locale, options);
  } catch {
    // An invalid tag in a template must not break rendering: fall back to the runtime's default locale.
    return date.toLocaleString(undefined, options);
  }
}

/** A date modifier: the template may name its own locale, e.g. `shortDate('fr-FR')`. */
const dateModifier =
  (options: Intl.DateTimeFormatOptions): Modifier =>
  (value, [tag], locale) =>
    formatDate(value, tag || locale, options);

export const dateModifiers: Record<string, Modifier> = {
  shortDate: dateModifier({ month: 'short', day: 'numeric', year: 'numeric' }),
  longDate: dateModifier({ month: 'long', day: 'numeric', year: 'numeric' }),
  numeric: dateModifier({ month: '2-digit', day: '2-digit', year: 'numeric' }),
  timeString: dateModifier({ hour: '2-digit', minute: '2-digit' }),
  weekday: (value, [tag, style], locale) =>
    formatDate(value, tag || locale, {
      weekday: style === 'short' || style === 'narrow' ? style : 'long',
    }),
};

/** Makes the date modifiers available to every localizer (idempotent). */
export function registerDateModifiers(): void {
  registerModifiers(dateModifiers);
}
