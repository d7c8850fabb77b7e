/**
 * The invitation form's fields, shared by the profile's Invitations tab and `<latch-create-org>`'s invite step:
 * one box of addresses and the role they join with, plus the checks made before the round trip.
 */
import { html, type TemplateResult } from 'lit';
import type { RoleView } from '../../resources/organization-invitation.js';
import { field, type UiHost } from '../../ui/form.js';
import { roleSelect } from './people-table.js';

/** Addresses typed in one box, separated by commas, semicolons, spaces or new lines. */
export const splitAddresses = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((a) => a.trim())
      .filter(Boolean),
  ),
];

/** Something, an "@", something with a dot: the server has the last word, this only spares it obvious typos. */
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The error key for what the box holds, or '' when it may be sent. */
export function addressesProblem(addresses: string[]): string {
  if (addresses.length === 0) return 'unstable__errors.form_param_nil';
  return addresses.every((a) => ADDRESS.test(a)) ? '' : 'unstable__errors.form_param_format_invalid__email_address';
}

/** `org:member` when the instance has it, else the first role. */
export function defaultRole(roles: RoleView[]): string {
  return roles.find((r) => r.key === 'org:member')?.key ?? roles[0]?.key ?? 'org:member';
}

/** How the server names the fields in its errors. */
export const INVITE_PARAMS = { email_address: 'emailAddresses', role: 'role' };

export function inviteFields(
  ui: UiHost,
  o: {
    addresses: string;
    hint: string;
    error: string | undefined;
    roles: RoleView[];
    role: string;
    autofocus?: boolean;
    onAddresses: (value: string) => void;
    onRole: (role: string) => void;
  },
): TemplateResult {
  return html`${field(ui, {
    id: 'emailAddresses',
    label: ui.t('formFieldLabel__emailAddresses'),
    name: 'emailAddresses',
    inputmode: 'email',
    autocomplete: 'off',
    placeholder: ui.t('formFieldInputPlaceholder__emailAddresses'),
    hint: o.hint,
    value: o.addresses,
    error: o.error,
    required: true,
    autofocus: o.autofocus,
    onInput: o.onAddresses,
  })}
    <div class=${ui.cls('formField', { id: 'role' })}>
      ${roleSelect(ui, { id: 'inviteRole', label: ui.t('formFieldLabel__role'), roles: o.roles, value: o.role, visibleLabel: true, onChange: o.onRole })}
    </div>`;
}
