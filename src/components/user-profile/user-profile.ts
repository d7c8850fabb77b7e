import { html, nothing, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { User } from '../../resources/index.js';
import { stepLoading } from '../../ui/form.js';
import { FlowElement } from '../base/flow-element.js';
import { userProfileCss } from './user-profile.styles.js';

/** What a page module's class gives the profile: it draws itself for the signed-in user. */
interface ProfilePage {
  render(user: User): TemplateResult;
}
type ProfilePageClass = new (host: LatchUserProfile) => ProfilePage;

/**
 * The profile's pages, in navbar order: the route (`''` is the root), the navbar label and each page's own
 * chunk, fetched the first time the page shows.
 */
const PAGES: Array<{ route: string; id: string; label: string; load: () => Promise<ProfilePageClass> }> = [
  {
    route: '',
    id: 'account',
    label: 'userProfile.navbar.account',
    load: () => import('./account-page.js').then((m) => m.AccountPage),
  },
  {
    route: 'security',
    id: 'security',
    label: 'userProfile.navbar.security',
    load: () => import('./security-page.js').then((m) => m.SecurityPage),
  },
];

/**
 * @summary The signed-in user's account (Clerk's `<UserProfile/>`): a navbar and the Account page, where the
 * user edits their photo and name, their username, and adds, verifies, makes primary and removes email
 * addresses and phone numbers. Every change goes through the server and the page redraws from its answer.
 *
 * Pages are lazy chunks. `routing` is `hash` (default), `path` or `virtual` (inside the modal of
 * `latch.openUserProfile()`); the Account page is at the root, the Security page at `security`.
 */
export class LatchUserProfile extends FlowElement {
  protected override readonly placeholderShape = { fields: 2, footer: false };

  protected readonly componentKey: ComponentKey = 'userProfile';

  protected override get elementCss(): typeof userProfileCss {
    return userProfileCss;
  }

  /** Each page's instance, made once its chunk has arrived (it keeps what the user typed across renders). */
  readonly #pages = new Map<string, ProfilePage>();

  override render(): TemplateResult {
    const notReady = this.renderNotReady();
    if (notReady) return notReady;
    const user = this.loadedLatch.user;
    if (!user) return html``;
    const entry = PAGES.find((p) => p.route === this.step) ?? (PAGES[0] as (typeof PAGES)[number]);
    let page = this.#pages.get(entry.id);
    if (!page) {
      const PageClass = this.lazyStep(entry.load);
      if (PageClass) {
        page = new PageClass(this);
        this.#pages.set(entry.id, page);
      }
    }
    return this.card(
      html`<div class="latch-profile-layout">
        <nav class=${this.cls('navbar')} aria-label=${this.t('userProfile.navbar.title')}>
          <ul class=${this.cls('navbarButtons')}>
            ${PAGES.map((p) => {
              const current = p === entry;
              return html`<li>
                <button
                  type="button"
                  class=${this.cls('navbarButton', { id: p.id, state: current ? 'active' : undefined })}
                  aria-current=${current ? 'page' : 'false'}
                  @click=${() => this.go(p.route)}
                >
                  <span class=${this.cls('navbarButtonText')}>${this.t(p.label)}</span>
                </button>
              </li>`;
            })}
          </ul>
        </nav>
        ${page ? page.render(user) : stepLoading(this)}
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
