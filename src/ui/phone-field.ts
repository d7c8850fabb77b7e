import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ElementCss } from '../components/base/base.styles.js';
import { type FieldOptions, field, type UiHost } from './form.js';
import { countries, formatAsYouType, fromE164, isCountry, toE164 } from './phone-format.js';

export type PhoneFieldOptions = Omit<
  FieldOptions,
  'type' | 'value' | 'onInput' | 'prefix' | 'inputmode' | 'autocomplete'
> & {
  onInput?: () => void;
};

/**
 * An international phone input (issue 8's phone field, shared by sign-in and sign-up): a native `<select>` of
 * countries (keyboard type-ahead for free) beside a tel input that formats as the user types; `value` is E.164.
 * This module carries libphonenumber-js and its metadata, so elements import it lazily (`import()`) when a
 * phone number is asked for, and show a plain tel input until it has arrived.
 */
/** The country picker beside the number (structure only): adopted by the element when the field first renders. */
export const phoneFieldCss: ElementCss = {
  structure: /* css */ `
.cl-formFieldInput.cl-selectButton__countryCode { flex: none; inline-size: 7.5rem; margin-inline-end: 0.5rem; text-overflow: ellipsis; }
`,
};

/** The element a phone field renders in: it adopts the field's own rules (LatchElement.adoptCss). */
export type PhoneFieldHost = ReactiveControllerHost & UiHost & { adoptCss(css: ElementCss): void };

export class PhoneField implements ReactiveController {
  /** ISO country of the picker. */
  country = defaultCountry();
  /** What the input shows, formatted. */
  text = '';

  constructor(
    private readonly host: PhoneFieldHost,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The number in E.164 (`+33612345678`); '' when no digit was typed. */
  get value(): string {
    return toE164(this.country, this.text);
  }

  /**
   * Prefills from an E.164 number (initial values, a sign-up resumed after a reload) or from what was typed in
   * the plain tel input before this module arrived.
   */
  set value(typed: string) {
    if (typed.trim().startsWith('+')) Object.assign(this, fromE164(toE164(this.country, typed), this.country));
    else this.text = typed ? formatAsYouType(this.country, typed).text : '';
    this.host.requestUpdate();
  }

  clear(): void {
    this.text = '';
    this.host.requestUpdate();
  }

  render(o: PhoneFieldOptions): TemplateResult {
    this.host.adoptCss(phoneFieldCss);
    return field(this.host, {
      ...o,
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel',
      value: this.text,
      prefix: this.renderPicker(o.id),
      onInput: (typed) => {
        this.onType(typed);
        o.onInput?.();
      },
    });
  }

  private renderPicker(id: string): TemplateResult {
    const { host } = this;
    return html`<select
      class=${`${host.cls('formFieldInput')} ${host.cls('selectButton', { id: 'countryCode' })}`}
      name=${`${id}CountryCode`}
      aria-label=${host.t('unstable__latch.countryCode')}
      @change=${(e: Event) => this.pickCountry((e.target as HTMLSelectElement).value)}
    >
      ${countries(this.locale()).map(
        (c) =>
          html`<option class=${host.cls('selectOption', { id: 'countryCode' })} value=${c.code} ?selected=${c.code === this.country}>${c.name} +${c.callingCode}</option>`,
      )}
    </select>`;
  }

  private onType(typed: string): void {
    // Formatting while deleting would put back the separator just removed: format only when the text grows.
    const next = typed.length > this.text.length ? formatAsYouType(this.country, typed) : { text: typed };
    this.text = next.text;
    if (next.country) this.country = next.country;
    this.host.requestUpdate();
  }

  private pickCountry(country: string): void {
    this.country = country;
    if (!this.text.trim().startsWith('+')) this.text = formatAsYouType(country, this.text).text;
    this.host.requestUpdate();
  }
}

/** The country of the browser's language (`fr-CA` → CA, `de` → DE) when the metadata knows it, else the US. */
function defaultCountry(): string {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region;
    return region && isCountry(region) ? region : 'US';
  } catch {
    return 'US';
  }
}
