import {
  AsYouType,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';

/**
 * The phone field's heavy half: libphonenumber-js with its `min` metadata (every country's calling code and
 * formats). Imported lazily by phone-field.ts the first time a phone field is shown, so start pages without a
 * phone field never download it.
 */

export interface Country {
  /** ISO 3166-1 alpha-2 code (`FR`). */
  code: string;
  /** Calling code without the plus (`33`). */
  callingCode: string;
  /** The country's name in the page's language. */
  name: string;
}

const byLocale = new Map<string, Country[]>();

/** Every country the metadata knows, named in `locale` and sorted by that name. */
export function countries(locale: string): Country[] {
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  const collator = new Intl.Collator(locale);
  const list = getCountries()
    .map((code) => ({ code, callingCode: getCountryCallingCode(code), name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  byLocale.set(locale, list);
  return list;
}

export function isCountry(code: string): boolean {
  return (getCountries() as string[]).includes(code);
}

/**
 * Formats what the user typed so far. A number typed with a leading `+` is international: it is formatted as
 * such and names its own country (`country` in the result), which the field's picker then shows.
 */
export function formatAsYouType(country: string, text: string): { text: string; country?: string } {
  if (text.trim().startsWith('+')) {
    const typing = new AsYouType();
    const formatted = typing.input(text);
    return { text: formatted, country: typing.getCountry() };
  }
  return { text: new AsYouType(country as CountryCode).input(text) };
}

/**
 * The E.164 value (`+33612345678`) of what the user typed, in `country` unless the text starts with `+`.
 * Text that does not parse still becomes `+<calling code><digits>`, so the server (not the field) words why
 * the number is wrong; no digits at all gives ''.
 */
export function toE164(country: string, text: string): string {
  const digits = text.replace(/\D/g, '');
  if (!digits) return '';
  const international = text.trim().startsWith('+');
  const parsed = parsePhoneNumberFromString(text, international ? undefined : (country as CountryCode));
  if (parsed) return parsed.number;
  return international ? `+${digits}` : `+${getCountryCallingCode(country as CountryCode)}${digits}`;
}

/** Splits an E.164 number into its country and national text (formatted), for prefilling the field. */
export function fromE164(e164: string, fallbackCountry: string): { country: string; text: string } {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.country) return { country: fallbackCountry, text: e164 };
  return { country: parsed.country, text: parsed.formatNational() };
}
