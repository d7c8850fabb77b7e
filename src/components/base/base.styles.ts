import { sheetFrom } from './adopt-styles.js';

/**
 * The CSS of one kind of element, in two parts (Clerk's `simpleStyles`):
 * - `structure` is what the markup needs to work and stay usable, whatever the theme: layout (flex, grid, gaps),
 *   the password reveal button's place, the popover's positioning, visually hidden text, the spinner, icon sizes,
 *   focus visibility, reduced motion. It also defines the `--_*` palette, so a structural colour still follows
 *   `appearance.variables`.
 * - `look` is Latch's own appearance (colours, borders, shadows, radii, type, padding, hover effects). It is not
 *   adopted for an appearance with `simpleStyles` (the `simple` theme, neobrutalism), and every look selector ends
 *   in `${LOOK}`, so it also stays off those elements when another element on the page did adopt it.
 */
export interface ElementCss {
  structure: string;
  look?: string;
}

/**
 * Marks an element whose appearance has `simpleStyles`. Look selectors end in `${LOOK}` (keep it at the end of the
 * selector's subject: the CSS minifier drops whitespace after `}`); `:where()` adds no specificity.
 */
export const SIMPLE_ATTRIBUTE = 'data-latch-simple';
export const LOOK = `:where(:not([${SIMPLE_ATTRIBUTE}] *))`;

/**
 * The rules shared by every Latch element:
 * - selectors are `cl-*` classes (specificity 0,1,0), so a page's `button {}` or `input {}` rule cannot win,
 *   while a user's `elements` classes and CSS objects, which come later, can;
 * - every value reads a Clerk-compatible custom property (`--clerk-color-primary`, …) with our default, so a page
 *   can theme with plain CSS and `appearance.variables` sets the same properties on the root box;
 * - logical properties only (`inline`/`block`), so right-to-left locales mirror by construction;
 * - motion is dropped for `prefers-reduced-motion`.
 */
export const baseCss: ElementCss = {
  structure: /* css */ `
.cl-rootBox {
  --_primary: var(--clerk-color-primary, #2f3037);
  --_on-primary: var(--clerk-color-primary-foreground, #fff);
  --_danger: var(--clerk-color-danger, color-mix(in srgb, #e5484d 50%, var(--_fg)));
  --_success: var(--clerk-color-success, #1e8e3e);
  --_warning: var(--clerk-color-warning, color-mix(in srgb, #f59e0b 45%, var(--_fg)));
  --_neutral: var(--clerk-color-neutral, #000);
  --_fg: var(--clerk-color-foreground, #1b1b1f);
  --_muted-fg: var(--clerk-color-muted-foreground, color-mix(in srgb, var(--_fg) 68%, var(--_bg)));
  --_muted: var(--clerk-color-muted, color-mix(in srgb, var(--_neutral) 4%, var(--_bg)));
  --_bg: var(--clerk-color-background, #fff);
  --_input: var(--clerk-color-input, var(--_bg));
  --_input-fg: var(--clerk-color-input-foreground, var(--_fg));
  --_border: var(--clerk-color-border, color-mix(in srgb, var(--_neutral) 14%, transparent));
  --_ring: var(--clerk-color-ring, color-mix(in srgb, var(--_primary) 35%, transparent));
  --_shadow: var(--clerk-color-shadow, #000);
  --_radius: var(--clerk-border-radius, 0.375rem);
  --_space: var(--clerk-spacing, 1rem);
  --_font: var(--clerk-font-family, inherit);
  --_font-buttons: var(--clerk-font-family-buttons, var(--_font));
  --_size: var(--clerk-font-size, 0.8125rem);
  --_w-medium: var(--clerk-font-weight-medium, 500);
  --_w-semibold: var(--clerk-font-weight-semibold, 600);
  --_w-bold: var(--clerk-font-weight-bold, 700);
  display: flex;
  justify-content: center;
  text-align: start;
}
.cl-rootBox, .cl-rootBox :where(*, *::before, *::after) { box-sizing: border-box; }
/* Page styles reset, for the look only; here, so the structure rules below win over it whatever the sheet order. */
.cl-rootBox :where(h1, h2, h3, p, form, ul, ol, li, hr, button, input, a, label, img, svg, dialog, fieldset)${LOOK} {
  margin: 0; padding: 0; border: 0; font: inherit; color: inherit; background: none; text-transform: none;
  letter-spacing: normal; text-decoration: none; box-shadow: none; text-align: inherit; float: none;
  min-inline-size: 0; max-inline-size: none; list-style: none; inline-size: auto; block-size: auto;
}
.cl-rootBox :where(h1, p) { margin: 0; }
.cl-rootBox :where(:focus-visible) { outline: 2px solid var(--_primary); outline-offset: 2px; }
.cl-cardBox { inline-size: 25rem; max-inline-size: 100%; }
.cl-card { display: flex; flex-direction: column; gap: calc(var(--_space) * 1.5); }
.cl-header { display: flex; flex-direction: column; align-items: center; gap: calc(var(--_space) * 0.25); text-align: center; }
.cl-logoBox { display: flex; justify-content: center; block-size: 2rem; margin-block-end: calc(var(--_space) * 0.75); }
.cl-logoImage { block-size: 100%; inline-size: auto; }
.cl-headerSubtitle, .cl-formFieldHintText, .cl-formFieldErrorText, .cl-alertText { overflow-wrap: anywhere; }
.cl-main, .cl-form { display: flex; flex-direction: column; gap: var(--_space); }
.cl-formField { display: flex; flex-direction: column; gap: calc(var(--_space) * 0.375); }
.cl-formFieldLabelRow { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
.cl-formFieldInputGroup { position: relative; display: flex; align-items: center; }
.cl-formFieldInput { inline-size: 100%; min-block-size: 2.25rem; }
.cl-formFieldInput__password { padding-inline-end: 2.5rem; }
.cl-formFieldInputShowPasswordButton {
  position: absolute; inset-inline-end: 0.25rem; display: grid; place-items: center; inline-size: 2rem; block-size: 2rem;
}
.cl-formFieldErrorText { display: flex; gap: 0.375rem; align-items: flex-start; }
.cl-alert { display: flex; gap: 0.5rem; align-items: flex-start; }
.cl-button { display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem; }
.cl-formButtonPrimary { inline-size: 100%; }
.cl-spinner {
  display: inline-block; inline-size: 1em; block-size: 1em; border-radius: 50%;
  border: 2px solid currentColor; border-inline-end-color: transparent; animation: latch-spin 0.8s linear infinite;
}
@keyframes latch-spin { to { transform: rotate(360deg); } }
.cl-footer { display: flex; flex-direction: column; align-items: center; gap: 0.5rem; padding-block: var(--_space); }
.cl-footerAction { display: flex; gap: 0.25rem; flex-wrap: wrap; justify-content: center; }
.latch-loadingBox { display: grid; place-items: center; min-block-size: 12rem; }
/* Placeholders of the loading card: each as tall as the line or control it stands for (1lh of the same font). */
.latch-bone { display: block; block-size: 1lh; max-inline-size: 100%; border-radius: 0.25rem; }
.latch-bone--title { font-size: 1.0625rem; inline-size: 12rem; }
.latch-bone--subtitle { inline-size: 16rem; }
.latch-bone--label { inline-size: 6rem; }
.latch-bone--input, .latch-bone--button { block-size: 2.25rem; inline-size: 100%; }
.latch-bone--footer { inline-size: 12rem; }
.latch-bone--badge { font-size: 0.75rem; inline-size: 7rem; }
@keyframes latch-shimmer { to { background-position-x: -200%; } }
.latch-icon { inline-size: 1em; block-size: 1em; flex: none; }
:where(.cl-rootBox[dir='rtl']) .latch-icon--mirror { transform: scaleX(-1); }
@media (prefers-reduced-motion: reduce) {
  .cl-rootBox :where(*) { transition: none !important; }
  .cl-spinner { animation-duration: 2.4s; }
}
.latch-visually-hidden {
  position: absolute !important; inline-size: 1px; block-size: 1px; padding: 0; border: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
`,
  look: /* css */ `
.cl-rootBox${LOOK} {
  font-family: var(--_font); font-size: var(--_size); line-height: 1.4; color: var(--_fg); -webkit-font-smoothing: antialiased;
}
.cl-rootBox :where(button)${LOOK} { cursor: pointer; }
.cl-cardBox${LOOK} {
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 2);
  box-shadow: 0 1px 2px color-mix(in srgb, var(--_shadow) 8%, transparent),
    0 12px 32px -12px color-mix(in srgb, var(--_shadow) 22%, transparent);
  overflow: hidden;
}
.cl-card${LOOK} { padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5); background: var(--_bg); }
.cl-headerTitle${LOOK} { font-size: 1.0625rem; font-weight: var(--_w-bold); color: var(--_fg); }
.cl-headerSubtitle${LOOK} { color: var(--_muted-fg); }
.cl-formFieldLabel${LOOK} { font-weight: var(--_w-medium); color: var(--_fg); }
.cl-formFieldHintText${LOOK} { color: var(--_muted-fg); font-size: 0.75rem; }
.cl-formFieldAction${LOOK} { color: var(--_primary); font-weight: var(--_w-medium); font-size: 0.75rem; cursor: pointer; }
.cl-formFieldAction:hover${LOOK} { text-decoration: underline; }
.cl-formFieldInput${LOOK} {
  padding-block: 0.375rem; padding-inline: 0.75rem;
  background: var(--_input); color: var(--_input-fg);
  border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 1px 1px color-mix(in srgb, var(--_shadow) 4%, transparent);
  transition: border-color 120ms, box-shadow 120ms;
}
.cl-formFieldInput${LOOK}::placeholder { color: var(--_muted-fg); opacity: 0.8; }
.cl-formFieldInput:hover${LOOK} { border-color: color-mix(in srgb, var(--_neutral) 28%, transparent); }
.cl-formFieldInput:focus-visible${LOOK} { outline: none; border-color: var(--_primary); box-shadow: 0 0 0 3px var(--_ring); }
.cl-formFieldInput[aria-invalid='true']${LOOK} { border-color: var(--_danger); }
.cl-formFieldInput[aria-invalid='true']:focus-visible${LOOK} { box-shadow: 0 0 0 3px color-mix(in srgb, var(--_danger) 25%, transparent); }
.cl-formFieldInputShowPasswordButton${LOOK} { border-radius: var(--_radius); color: var(--_muted-fg); }
.cl-formFieldInputShowPasswordButton:hover${LOOK} { color: var(--_fg); background: var(--_muted); }
.cl-formFieldErrorText${LOOK} { color: var(--_danger); font-size: 0.75rem; }
.cl-button${LOOK} {
  min-block-size: 2.25rem; padding-block: 0.375rem; padding-inline: 0.75rem;
  border-radius: var(--_radius); font-family: var(--_font-buttons); font-weight: var(--_w-medium);
  transition: background-color 120ms, box-shadow 120ms, opacity 120ms;
}
.cl-formButtonPrimary${LOOK} {
  background: var(--_primary); color: var(--_on-primary);
  box-shadow: 0 1px 2px color-mix(in srgb, var(--_shadow) 20%, transparent),
    inset 0 1px 0 color-mix(in srgb, #fff 12%, transparent);
}
.cl-formButtonPrimary:hover${LOOK} { background: color-mix(in srgb, var(--_primary) 88%, var(--_on-primary)); }
.cl-formButtonPrimary:disabled${LOOK}, .cl-button:disabled${LOOK} { cursor: default; opacity: 0.7; }
.cl-formButtonReset${LOOK}, .cl-footerActionLink${LOOK} { color: var(--_primary); font-weight: var(--_w-medium); cursor: pointer; }
.cl-footerActionLink:hover${LOOK} { text-decoration: underline; }
.cl-alert${LOOK} {
  padding: 0.75rem 1rem; border-radius: var(--_radius);
  color: color-mix(in srgb, var(--_danger) 80%, var(--_fg)); background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
  border: 1px solid color-mix(in srgb, var(--_danger) 25%, transparent);
}
.cl-footer${LOOK} {
  padding-inline: calc(var(--_space) * 2.5); background: var(--_muted); border-block-start: 1px solid var(--_border); color: var(--_muted-fg);
}
.cl-badge__devMode${LOOK} { color: var(--_warning); font-size: 0.75rem; font-weight: var(--_w-semibold); }
.latch-loadingBox${LOOK} { color: var(--_muted-fg); }
.latch-bone${LOOK} { background: color-mix(in srgb, var(--_fg) 8%, transparent); }
.latch-bone--button${LOOK} { border-radius: var(--_radius); background: color-mix(in srgb, var(--_primary) 22%, transparent); }
.latch-bone--input${LOOK} { border-radius: var(--_radius); }
/* The shimmer sweeps only for people who have not asked for reduced motion. */
@media (prefers-reduced-motion: no-preference) {
  .latch-shimmer .latch-bone${LOOK} {
    background-image: linear-gradient(90deg, transparent 0%, color-mix(in srgb, var(--_bg) 55%, transparent) 50%, transparent 100%);
    background-size: 200% 100%; animation: latch-shimmer 1.4s linear infinite;
  }
}
`,
};

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One shared sheet per (CSS text, cascade layer): every element of a kind adopts the same object. The layer
 * is `appearance.cssLayerName`; it goes into CSS text, so only identifier characters are kept.
 */
export function sheetFor(cssText: string, layerName?: string): CSSStyleSheet {
  const layer = (layerName ?? '').replace(/[^\w-]/g, '');
  const key = `${layer}\n${cssText}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = sheetFrom(layer ? `@layer ${layer}{${cssText}}` : cssText);
    sheets.set(key, sheet);
  }
  return sheet;
}

/** The shared sheets of `css`: its structure, then its look unless the appearance has `simpleStyles`. */
export function sheetsFor(css: ElementCss, layerName: string | undefined, simple: boolean): CSSStyleSheet[] {
  const parts = simple || !css.look ? [css.structure] : [css.structure, css.look];
  return parts.map((cssText) => sheetFor(cssText, layerName));
}
