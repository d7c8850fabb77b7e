/** Security page → Active devices: the user's sessions (browser, system, address, last active), this one marked, others can be signed out. */

import { html, nothing, type TemplateResult } from 'lit';
import { registerDateModifiers } from '../../localization/date-modifiers.js';
import type { SessionWithActivities, User } from '../../resources/index.js';
import { SECURITY_PARAM_TO_FIELD, type SecurityPageHost } from './security-page.js';

// Dates on this page: a token's own (`{{date}}`) and any `shortDate`-like modifier a localization uses.
registerDateModifiers();

export class DevicesSection {
  readonly #page: SecurityPageHost;
  #sessions: SessionWithActivities[] | null = null;
  #loading = false;
  /** The list failed to load: the page's alert says why, and it is not asked for again on every render. */
  #failed = false;

  constructor(page: SecurityPageHost) {
    this.#page = page;
  }

  render(_user: User): TemplateResult {
    const { ui } = this.#page;
    if (!this.#sessions && !this.#loading && !this.#failed) void this.#load();
    const current = ui.profileLatch.session?.id;
    const content = this.#failed
      ? html``
      : this.#sessions
        ? html`<ul class=${ui.cls('profileSectionItemList', { id: 'activeDevices' })}>
          ${this.#sessions.map((session) => this.#device(session, session.id === current))}
        </ul>`
        : html`<p class=${ui.cls('profileSectionItem', { id: 'activeDevices' })} aria-busy="true">${ui.t('unstable__latch.loading')}</p>`;
    return this.#page.section('activeDevices', ui.t('userProfile.start.activeDevicesSection.title'), content);
  }

  #device(session: SessionWithActivities, current: boolean): TemplateResult {
    const { ui } = this.#page;
    const activity = session.latestActivity;
    const browser = [activity?.browserName, activity?.browserVersion].filter(Boolean).join(' ');
    const place = [activity?.ipAddress, [activity?.city, activity?.country].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' · ');
    return html`<li class=${ui.cls('activeDeviceListItem')}>
      <div class=${ui.cls('activeDevice')}>
        <span>${activity?.deviceType || ui.t('userProfile.start.activeDevicesSection.unknownDevice')}</span>
        ${current ? html`<span class=${ui.cls('badge', { id: 'thisDevice' })}>${ui.t('badge__thisDevice')}</span>` : nothing}
        <span class=${ui.cls('profileSectionSubtitleText', { id: 'activeDevices' })}>${browser}</span>
        ${place ? html`<span class=${ui.cls('profileSectionSubtitleText', { id: 'activeDevices' })} dir="ltr">${place}</span>` : nothing}
        ${
          session.lastActiveAt
            ? html`<span class=${ui.cls('profileSectionSubtitleText', { id: 'activeDevices' })}>
                ${ui.t('userProfile.start.activeDevicesSection.lastActive', { date: session.lastActiveAt })}
              </span>`
            : nothing
        }
      </div>
      ${
        current
          ? nothing
          : html`<button type="button" class=${ui.cls('button', { id: 'signOutDevice' })} @click=${() => void this.#revoke(session)}>
              ${ui.t('userProfile.start.activeDevicesSection.destructiveAction')}
            </button>`
      }
    </li>`;
  }

  /** Outside the page's submit status: a click on another Security action while the list loads still counts. */
  async #load(): Promise<void> {
    this.#loading = true;
    try {
      this.#sessions = await this.#page.user.getSessions();
    } catch (error) {
      this.#failed = true;
      this.#page.status.fail(error, SECURITY_PARAM_TO_FIELD);
    } finally {
      this.#loading = false;
      this.#page.ui.requestUpdate();
    }
  }

  async #revoke(session: SessionWithActivities): Promise<void> {
    this.#page.close();
    const ok = await this.#page.save(async () => {
      await session.revoke();
      this.#sessions = await this.#page.user.getSessions();
    });
    if (ok)
      void this.#page.ui.updateComplete.then(() =>
        this.#page.ui.querySelector<HTMLElement>('.cl-profileSectionTitle__activeDevices')?.focus(),
      );
  }
}
