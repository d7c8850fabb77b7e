import { html, nothing, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { stepLoading } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import type { AccountPage } from './account-page.js';
import { userProfileCss } from './user-profile.styles.js';

/** The Account page: its own chunk, fetched when the profile first renders. */
const loadAccountPage = () => import('./account-page.js');

/**
 * @summary The signed-in user's account (Clerk's `<UserProfile/>`): a navbar and the Account page, where the
 * user edits their photo and name, their username, and adds, verifies, makes primary and removes email
 * addresses and phone numbers. Every change goes through the server and the page redraws from its answer.
 *
 * Pages are lazy chunks. `routing` is `hash` (default), `path` or `virtual` (inside the modal of
 * `latch.openUserProfile()`); the Account page is the only page so far, at the root.
 */
export class LatchUserProfile extends FlowElement {
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'userProfile';

  protected override get elementCss(): typeof userProfileCss {
    return userProfileCss;
  }

  #page?: AccountPage;

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const user = this.loadedLatch.user;
    if (!user) return html``;
    const module = this.lazyStep(loadAccountPage);
    if (module && !this.#page) this.#page = new module.AccountPage(this);
    return this.card(
      html`<div class="latch-profile-layout">
        <nav class=${this.cls('navbar')} aria-label=${this.t('userProfile.navbar.title')}>
          <ul class=${this.cls('navbarButtons')}>
            <li>
              <button type="button" class=${this.cls('navbarButton', { id: 'account', state: 'active' })} aria-current="page">
                <span class=${this.cls('navbarButtonText')}>${this.t('userProfile.navbar.account')}</span>
              </button>
            </li>
          </ul>
        </nav>
        ${this.#page ? this.#page.render(user) : stepLoading(this)}
      </div>`,
      nothing,
    );
  }

  /** @internal For the page module: the loaded Latch and a translated-error formatter. */
  get profileLatch() {
    return this.loadedLatch;
  }

  /** @internal The FAPI error worded in the current language. */
  translateError(error: unknown): string {
    return this.localizer.translateError(error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-profile': LatchUserProfile;
  }
}
