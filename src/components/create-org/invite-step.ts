/**
 * `<latch-create-org>`'s second step, loaded once the user submits the first: invite people to the organization
 * just created (several addresses, one role), or skip. With `skipInvitationScreen` it only shows why the card
 * did not move on by itself (the logo upload failed) and a Continue button.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSCreateOrgInvite } from '../../localization/en-US-create-org-invite.js';
import type { Organization } from '../../resources/index.js';
import type { RoleView } from '../../resources/organization-invitation.js';
import { cardHeader, formAlert, primaryButton, type UiHost } from '../../ui/form.js';
import { FormStatus } from '../base/form-status.js';
import {
  addressesProblem,
  defaultRole,
  INVITE_PARAMS,
  inviteFields,
  splitAddresses,
} from '../org-profile/invite-fields.js';

registerDefaultStrings(enUSCreateOrgInvite);

export interface InviteStepHost extends UiHost, ReactiveControllerHost, HTMLElement {
  readonly skipInvitationScreen: boolean;
  /** The step is over (sent, skipped or acknowledged): the element follows `afterCreateOrganizationUrl`. */
  inviteStepDone(): void;
}

export class InviteStep {
  readonly #host: InviteStepHost;
  readonly #org: Organization;
  readonly #status: FormStatus;
  /** The key of what is said above the form: the organization exists but its logo upload failed ('' if not). */
  readonly #noticeKey: string;
  #addresses = '';
  #role = '';
  #roles: RoleView[] = [];

  constructor(host: InviteStepHost, org: Organization, noticeKey: string, translate: (error: unknown) => string) {
    this.#host = host;
    this.#org = org;
    this.#noticeKey = noticeKey;
    this.#status = new FormStatus(host, translate);
    if (!host.skipInvitationScreen) void this.#loadRoles();
  }

  get #notice(): string {
    return this.#noticeKey ? this.#host.t(this.#noticeKey) : '';
  }

  render(): TemplateResult {
    const ui = this.#host;
    const status = this.#status;
    if (ui.skipInvitationScreen) {
      return html`${cardHeader(ui, { title: ui.t('createOrganization.title') })}
        <div class=${ui.cls('main')}>
          ${formAlert(ui, this.#notice)}
          <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonPrimary')}`} @click=${this.#done}>
            ${ui.t('formButtonPrimary')}
          </button>
        </div>`;
    }
    return html`${cardHeader(ui, { title: ui.t('createOrganization.invitePage.title') })}
      <div class=${ui.cls('main')}>
        ${formAlert(ui, status.formError || this.#notice)}
        <form class=${ui.cls('form', { id: 'invite' })} novalidate @submit=${this.#send}>
          ${inviteFields(ui, {
            addresses: this.#addresses,
            hint: ui.t('createOrganization.invitePage.subtitle'),
            error: status.error('emailAddresses'),
            roles: this.#roles,
            role: this.#role || defaultRole(this.#roles),
            onAddresses: (value) => {
              this.#addresses = value;
            },
            onRole: (role) => {
              this.#role = role;
            },
          })}
          ${primaryButton(ui, { label: ui.t('createOrganization.invitePage.formButtonPrimary__continue'), busy: status.busy })}
          <button type="button" class=${`${ui.cls('button')} ${ui.cls('formButtonReset')}`} @click=${this.#done}>
            ${ui.t('createOrganization.invitePage.formButtonReset')}
          </button>
        </form>
      </div>`;
  }

  /** Where the keyboard goes when the step appears: the addresses box, or Continue. */
  focus(): void {
    this.#host.querySelector<HTMLElement>('input[name="emailAddresses"], .cl-formButtonPrimary')?.focus();
  }

  async #loadRoles(): Promise<void> {
    try {
      this.#roles = (await this.#org.getRoles()).data;
    } catch {
      // Without the list the select offers the default role only; the server still checks what is sent.
      this.#roles = [];
    }
    this.#host.requestUpdate();
  }

  #send = async (event: SubmitEvent) => {
    event.preventDefault();
    const addresses = splitAddresses(this.#addresses);
    const problem = addressesProblem(addresses);
    if (problem) return this.#status.reject({ emailAddresses: () => this.#host.t(problem) });
    const role = this.#role || defaultRole(this.#roles);
    const ok = await this.#status.run(async () => {
      await this.#org.inviteMembers({ emailAddresses: addresses, role });
    }, INVITE_PARAMS);
    if (ok) this.#done();
  };

  #done = () => {
    this.#host.removeController(this.#status);
    this.#host.inviteStepDone();
  };
}
