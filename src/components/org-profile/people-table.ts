/** The People page's building blocks: a person's cell, the role select, and the table of people. */

import { html, nothing, type TemplateResult } from 'lit';
import { registerDateModifiers } from '../../localization/date-modifiers.js';
import type { RoleView } from '../../resources/organization-invitation.js';
import { avatar } from '../../ui/avatar.js';
import type { UiHost } from '../../ui/form.js';

// Dates on this page: a token's own (`{{date}}`) and any `shortDate`-like modifier a localization uses.
registerDateModifiers();

/** One row: who, since when, which role, and what the viewer may do. */
export interface PersonRow {
  id: string;
  person: TemplateResult;
  date: Date | undefined;
  role: TemplateResult | typeof nothing;
  actions: TemplateResult | typeof nothing;
}

interface Person {
  firstName?: string | null;
  lastName?: string | null;
  imageUrl?: string;
  hasImage?: boolean;
  identifier?: string;
}

/** Avatar, name and address (names are text: markup in a name shows as typed). */
export function personCell(ui: UiHost, person: Person, badge: string): TemplateResult {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  const subject = { ...person, primaryEmailAddress: { emailAddress: person.identifier ?? '' } };
  return html`<div class=${ui.cls('userPreview')}>
    ${avatar(ui, subject, 'userPreviewAvatarBox', 'userPreviewAvatarImage')}
    <span class=${ui.cls('userPreviewTextContainer')}>
      <span class=${ui.cls('userPreviewMainIdentifier')}>
        <span class=${ui.cls('userPreviewMainIdentifierText')}>${name || person.identifier}</span>
        ${badge ? html`<span class=${ui.cls('badge', { id: 'you' })}>${badge}</span>` : nothing}
      </span>
      ${name ? html`<span class=${ui.cls('userPreviewSecondaryIdentifier')} dir="ltr">${person.identifier}</span>` : nothing}
    </span>
  </div>`;
}

/** A native select of the instance's roles; its label is visually hidden inside a table row. */
export function roleSelect(
  ui: UiHost,
  o: {
    id: string;
    label: string;
    roles: RoleView[];
    value: string;
    visibleLabel?: boolean;
    onChange: (role: string) => void;
  },
): TemplateResult {
  const id = `${ui.scopeClass}-${o.id}`;
  const roles = o.roles.some((r) => r.key === o.value) ? o.roles : [...o.roles, { key: o.value, name: o.value }];
  return html`<label class=${o.visibleLabel ? ui.cls('formFieldLabel', { id: 'role' }) : 'latch-visually-hidden'} for=${id}>${o.label}</label>
    <select id=${id} name=${o.id} class=${`${ui.cls('input')} ${ui.cls('selectButton', { id: 'role' })}`}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      ${roles.map((r) => html`<option class=${ui.cls('selectOption', { id: r.key })} value=${r.key} ?selected=${r.key === o.value}>${r.name}</option>`)}
    </select>`;
}

/** The table: person, date, role, actions (Clerk's tableHead/tableBody keys); a line when there is nobody. */
export function tableOf(
  ui: UiHost,
  o: {
    id: string;
    dateHeader: string;
    rows: PersonRow[];
    empty: string;
    withActions: boolean;
    withoutRole?: boolean;
    /** A change or a reload is in flight: the rows may be about to change. */
    busy: boolean;
  },
): TemplateResult {
  const header = 'organizationProfile.membersPage.activeMembersTab';
  const columns = 2 + (o.withoutRole ? 0 : 1) + (o.withActions ? 1 : 0);
  return html`<table class=${ui.cls('table', { id: o.id })} aria-busy=${o.busy ? 'true' : 'false'}>
    <thead class=${ui.cls('tableHead')}>
      <tr class=${ui.cls('tableRow')}>
        <th scope="col" class=${ui.cls('tableHeaderCell')}>${ui.t(`${header}.tableHeader__user`)}</th>
        <th scope="col" class=${ui.cls('tableHeaderCell')}>${o.dateHeader}</th>
        ${o.withoutRole ? nothing : html`<th scope="col" class=${ui.cls('tableHeaderCell')}>${ui.t(`${header}.tableHeader__role`)}</th>`}
        ${o.withActions ? html`<th scope="col" class=${ui.cls('tableHeaderCell')}>${ui.t(`${header}.tableHeader__actions`)}</th>` : nothing}
      </tr>
    </thead>
    <tbody class=${ui.cls('tableBody')}>
      ${
        o.rows.length === 0
          ? html`<tr class=${ui.cls('tableRow', { id: 'empty' })}><td class=${ui.cls('tableBodyCell')} colspan=${columns}>${o.empty}</td></tr>`
          : o.rows.map(
              (row) => html`<tr class=${ui.cls('tableRow', { id: row.id })}>
                <td class=${ui.cls('tableBodyCell', { id: 'user' })}>${row.person}</td>
                <td class=${ui.cls('tableBodyCell', { id: 'date' })}>
                  ${row.date instanceof Date ? html`<time class=${ui.cls('formattedDate')} datetime=${row.date.toISOString()}>${ui.t('organizationProfile.membersPage.tableCell__date', { date: row.date })}</time>` : nothing}
                </td>
                ${o.withoutRole ? nothing : html`<td class=${ui.cls('tableBodyCell', { id: 'role' })}>${row.role}</td>`}
                ${o.withActions ? html`<td class=${ui.cls('tableBodyCell', { id: 'actions' })}>${row.actions}</td>` : nothing}
              </tr>`,
            )
      }
    </tbody>
  </table>`;
}
