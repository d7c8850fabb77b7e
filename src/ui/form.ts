import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ElementKey } from '../appearance/index.js';
import { alertIcon } from './icons.js';

/** What a template helper needs from the element it renders in. */
export interface UiHost {
  cls(
    key: ElementKey,
    opts?: { id?: string; state?: 'loading' | 'error' | 'open' | 'active'; required?: boolean },
  ): string;
  t(key: string, tokens?: Record<string, unknown>): string;
  /** Prefix for document-unique ids (elements render in light DOM). */
  readonly scopeClass: string;
}

export interface FieldOptions {
  /** Field id as Clerk names it (`identifier`, `emailAddress`, `password`, `code`, …): used for classes and ids. */
  id: string;
  label: string;
  name: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  value: string;
  autocomplete: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autofocus?: boolean;
  /** Shown but not editable (e.g. the invited address of a ticket sign-up): still submitted and announced. */
  readonly?: boolean;
  inputmode?: 'text' | 'numeric' | 'email' | 'tel';
  placeholder?: string;
  maxlength?: number;
  pattern?: string;
  /** The input's own element key (`formFieldInput` by default; `otpCodeFieldInput` for codes). */
  inputKey?: ElementKey;
  action?: { label: string; onClick: () => void };
  /** Rendered in the input group before the input (the phone field's country picker). */
  prefix?: TemplateResult;
  /** Rendered in the input group after the input (a password's show/hide button: ./password-reveal.ts). */
  suffix?: TemplateResult;
  /** Called when the input gets focus (a strength meter loads its dictionaries then). */
  onFocus?: () => void;
  /** Shown under the field and announced with it (a password's rules and strength): the node ids it carries. */
  details?: { ids: string[]; content: TemplateResult };
  onInput: (value: string) => void;
}

/**
 * An input's `.value` checked against what the input shows, not against the last value rendered (Lit's `live`,
 * reduced to the one use here): a value the user typed and the element then changed back (a code field dropping a
 * letter) or reset to what it last rendered (a cancelled edit) is written again. Always `noChange` to Lit, so its
 * dirty check never skips a write this one wants.
 */
class InputValue extends Directive {
  render(value: string) {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]) {
    const input = part.element as HTMLInputElement;
    if (input.value !== value) input.value = value;
    return noChange;
  }
}
const inputValue = directive(InputValue);

export const fieldId = (host: UiHost, id: string) => `${host.scopeClass}-${id}`;

/** A labelled native input with its hint and error tied by aria-describedby (DESIGN §4.6). */
export function field(host: UiHost, o: FieldOptions): TemplateResult {
  const inputId = fieldId(host, o.id);
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const state = o.error ? 'error' : undefined;
  const describedBy = [o.error ? errorId : '', o.hint ? hintId : '', ...(o.details?.ids ?? [])]
    .filter(Boolean)
    .join(' ');
  return html`<div class=${host.cls('formField', { id: o.id, state, required: o.required })}>
    <div class=${host.cls('formFieldLabelRow', { id: o.id })}>
      <label class=${host.cls('formFieldLabel', { id: o.id })} for=${inputId}>${o.label}</label>
      ${
        o.action
          ? html`<button type="button" class=${host.cls('formFieldAction', { id: o.id })} @click=${o.action.onClick}>
            ${o.action.label}
          </button>`
          : nothing
      }
    </div>
    <div class=${host.cls('formFieldInputGroup', { id: o.id })}>
      ${o.prefix ?? nothing}<input
        id=${inputId}
        class=${`${host.cls('formFieldInput', { id: o.id, state })} ${o.inputKey ? host.cls(o.inputKey, { state }) : ''}`}
        name=${o.name}
        type=${o.type ?? 'text'}
        .value=${inputValue(o.value)}
        autocomplete=${o.autocomplete}
        inputmode=${ifDefined(o.inputmode)}
        placeholder=${ifDefined(o.placeholder)}
        maxlength=${ifDefined(o.maxlength)}
        pattern=${ifDefined(o.pattern)}
        spellcheck="false"
        autocapitalize="off"
        ?required=${o.required}
        ?autofocus=${o.autofocus}
        ?readonly=${o.readonly}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @focus=${ifDefined(o.onFocus)}
      />
      ${o.suffix ?? nothing}
    </div>
    ${o.hint && !o.error ? html`<p id=${hintId} class=${host.cls('formFieldHintText', { id: o.id })}>${o.hint}</p>` : nothing}
    ${
      o.error
        ? html`<p id=${errorId} class=${host.cls('formFieldErrorText', { id: o.id })}>${alertIcon()}<span>${o.error}</span></p>`
        : nothing
    }
    ${o.details?.content ?? nothing}
  </div>`;
}

/** The primary submit button; shows a spinner and stays in the tab order while busy. */
export function primaryButton(host: UiHost, o: { label: string; busy: boolean }): TemplateResult {
  const state = o.busy ? 'loading' : undefined;
  return html`<button
    type="submit"
    class=${`${host.cls('button')} ${host.cls('formButtonPrimary', { state })}`}
    aria-disabled=${o.busy ? 'true' : 'false'}
    aria-busy=${o.busy ? 'true' : 'false'}
  >
    ${o.busy ? html`<span class=${host.cls('spinner')} aria-hidden="true"></span>` : nothing}
    <span>${o.label}</span>
  </button>`;
}

/** A form-level error (anything that does not belong to one field). */
export function formAlert(host: UiHost, message: string): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class=${host.cls('alert', { state: 'error' })} role="alert">
    ${alertIcon()}<p class=${host.cls('alertText')}>${message}</p>
  </div>`;
}

/** The centered header of a card: optional logo, title, subtitle. */
export function cardHeader(
  host: UiHost,
  o: { title: string; subtitle?: string; logoUrl?: string | null; appName?: string; headingId?: string },
): TemplateResult {
  return html`<header class=${host.cls('header')}>
    ${
      o.logoUrl
        ? html`<div class=${host.cls('logoBox')}><img class=${host.cls('logoImage')} src=${o.logoUrl} alt=${o.appName ?? ''} /></div>`
        : nothing
    }
    <h1 id=${ifDefined(o.headingId)} class=${host.cls('headerTitle')}>${o.title}</h1>
    ${o.subtitle ? html`<p class=${host.cls('headerSubtitle')}>${o.subtitle}</p>` : nothing}
  </header>`;
}

/** Inside a card, while the code of the next step is still arriving. */
export function stepLoading(host: UiHost): TemplateResult {
  return html`<div class="latch-loadingBox" role="status" aria-live="polite">
    <span class=${host.cls('spinner')} aria-hidden="true"></span>
    <span class="latch-visually-hidden">${host.t('unstable__latch.loading')}</span>
  </div>`;
}

/**
 * The card shown when Latch could not load (server unreachable, a malformed answer, a bad key): what went
 * wrong in words, and a way to try again; never an endless spinner.
 */
export function loadFailedCard(host: UiHost, message: string, onRetry: () => void): TemplateResult {
  return html`<div class=${host.cls('cardBox')}>
    <div class=${host.cls('card')}>
      ${formAlert(host, message)}
      <button type="button" class=${`${host.cls('button')} ${host.cls('formButtonPrimary')}`} @click=${onRetry}>
        ${host.t('unstable__latch.retry')}
      </button>
    </div>
  </div>`;
}

/** The shape of a card's first step, drawn as placeholders until Latch has loaded. */
export interface CardShape {
  /** Form fields (label + input) above the primary button. */
  fields: number;
  /** Whether the card has a footer row ("No account? Sign up"). */
  footer: boolean;
  /** A second footer line: the "Development mode" badge of development instances. */
  devMode: boolean;
  /** Animate the placeholders (`appearance.options.shimmer`; reduced motion stops it anyway). */
  shimmer: boolean;
}

/**
 * The loading card shown before Latch has loaded: never an empty box, and never a box that jumps. It is drawn
 * in the final card's shape (header, fields, primary button, footer) with the same structural classes, so the
 * form replaces it in place without moving what is below (no layout shift), and the page paints the card's
 * frame before the Frontend API has answered. Placeholders are hidden from assistive technology; the card
 * announces "Loading".
 */
export function loadingCard(host: UiHost, shape: CardShape): TemplateResult {
  const bone = (kind: string) => html`<span class=${`latch-bone latch-bone--${kind}`}></span>`;
  const fields = Array.from(
    { length: shape.fields },
    () => html`<div class=${host.cls('formField')}>${bone('label')}${bone('input')}</div>`,
  );
  return html`<div class=${`${host.cls('cardBox')} latch-placeholder${shape.shimmer ? ' latch-shimmer' : ''}`}>
    <div class=${host.cls('card')} role="status" aria-live="polite" aria-busy="true">
      <span class="latch-visually-hidden">${host.t('unstable__latch.loading')}</span>
      <div class=${host.cls('header')} aria-hidden="true">${bone('title')}${bone('subtitle')}</div>
      <div class=${host.cls('main')} aria-hidden="true">
        <div class=${host.cls('form')}>${fields}${bone('button')}</div>
      </div>
    </div>
    ${
      shape.footer || shape.devMode
        ? html`<div class=${host.cls('footer')} aria-hidden="true">
            ${shape.footer ? bone('footer') : nothing}${shape.devMode ? bone('badge') : nothing}
          </div>`
        : nothing
    }
  </div>`;
}
