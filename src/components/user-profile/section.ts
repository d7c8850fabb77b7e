/** The profile's building blocks, shared by its pages and sections: a titled section, its buttons. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiHost } from '../../ui/form.js';

/** A titled `<section>` of a profile page (Clerk's profileSection keys), labelled by its heading. */
export function profileSection(ui: UiHost, id: string, title: string, content: TemplateResult): TemplateResult {
  const titleId = `${ui.scopeClass}-${id}-title`;
  return html`<section class=${ui.cls('profileSection', { id })} aria-labelledby=${titleId}>
    <div class=${ui.cls('profileSectionHeader', { id })}>
      <h2 class=${ui.cls('profileSectionTitle', { id })} id=${titleId}>
        <span class=${ui.cls('profileSectionTitleText', { id })}>${title}</span>
      </h2>
    </div>
    <div class=${ui.cls('profileSectionContent', { id })}>${content}</div>
  </section>`;
}

/** The section's main action ("Add an email address", "Connect an account"). */
export function sectionPrimaryButton(
  ui: UiHost,
  id: string,
  label: string,
  onClick: () => void,
  expanded?: boolean,
): TemplateResult {
  return html`<button
    type="button"
    class=${`${ui.cls('button')} ${ui.cls('profileSectionPrimaryButton', { id })}`}
    aria-expanded=${ifDefined(expanded === undefined ? undefined : String(expanded))}
    @click=${onClick}
  >${label}</button>`;
}

/** Submit and Cancel of an inline form. */
export function formButtons(ui: UiHost, submitLabel: string, busy: boolean, onCancel: () => void): TemplateResult {
  return html`<div class=${ui.cls('profileSectionButtonGroup', { id: 'form' })}>
    <button
      type="submit"
      class=${`${ui.cls('button')} ${ui.cls('formButtonPrimary', { state: busy ? 'loading' : undefined })}`}
      aria-busy=${busy ? 'true' : 'false'}
    >${submitLabel}</button>
    <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonReset')}`} @click=${onCancel}>
      ${ui.t('userProfile.formButtonReset')}
    </button>
  </div>`;
}
