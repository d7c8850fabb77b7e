/**
 * The Account page's "Connected accounts" section: the provider accounts linked to the user, a list of the
 * instance's other providers to connect one (the browser goes to the provider and comes back here with it
 * connected), and removal after a confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserProfileConnected } from '../../localization/en-US-user-profile-connected.js';
import { goToProvider } from '../../resources/external-redirect.js';
import type { ExternalAccount, User } from '../../resources/index.js';
import { formAlert } from '../../ui/form.js';
import { providerIcon, type SocialProvider, socialProvidersOf } from '../../ui/providers.js';
import { FormStatus } from '../base/form-status.js';
import type { ReverificationGuard } from './reverification-guard.js';
import { formButtons, profileSection, sectionPrimaryButton } from './section.js';
import type { LatchUserProfile } from './user-profile.js';

registerDefaultStrings(enUSUserProfileConnected);

const SECTION = 'connectedAccounts';

export class ConnectedAccounts {
  readonly #host: LatchUserProfile;
  readonly #status: FormStatus;
  /** The list of providers to connect is open. */
  #choosing = false;
  /** The account whose removal is being confirmed. */
  #removing: string | null = null;

  readonly #guard: ReverificationGuard;

  constructor(host: LatchUserProfile, guard: ReverificationGuard) {
    this.#host = host;
    this.#guard = guard;
    this.#status = new FormStatus(host, (error) => host.translateError(error));
  }

  /** Nothing when the instance has no provider on and the user has no account connected. */
  render(user: User): TemplateResult | typeof nothing {
    const ui = this.#host;
    const providers = socialProvidersOf(this.#host.profileLatch.environment);
    if (providers.length === 0 && user.externalAccounts.length === 0) return nothing;
    const connected = new Set(user.externalAccounts.map((account) => account.provider));
    const available = providers.filter((provider) => !connected.has(provider.strategy));
    const content = html`${this.#removing ? nothing : formAlert(ui, this.#status.formError)}
      <ul class=${ui.cls('profileSectionItemList', { id: SECTION })}>
        ${user.externalAccounts.map((account) => this.#item(account, providers))}
      </ul>
      ${
        available.length === 0
          ? nothing
          : sectionPrimaryButton(
              ui,
              SECTION,
              ui.t('userProfile.start.connectedAccountsSection.primaryButton'),
              this.#toggle,
              this.#choosing,
            )
      }
      ${this.#choosing && available.length > 0 ? this.#providerList(available) : nothing}`;
    return profileSection(ui, SECTION, ui.t('userProfile.start.connectedAccountsSection.title'), content);
  }

  #item(account: ExternalAccount, providers: SocialProvider[]): TemplateResult {
    const ui = this.#host;
    const provider = providerOf(account, providers);
    const removing = this.#removing === account.id;
    return html`<li class=${ui.cls('profileSectionItem', { id: SECTION })}>
      ${providerIcon(ui, provider, 'profile')}
      <span>${provider.name}</span>
      ${account.emailAddress ? html`<span dir="ltr">${account.emailAddress}</span>` : nothing}
      ${
        removing
          ? this.#removeForm(account, provider)
          : html`<span class=${ui.cls('profileSectionButtonGroup', { id: SECTION })}>
              <button
                type="button"
                class=${ui.cls('button', { id: 'remove' })}
                @click=${() => this.#openRemove(account.id)}
              >${ui.t('userProfile.start.connectedAccountsSection.destructiveActionTitle')}</button>
            </span>`
      }
    </li>`;
  }

  #providerList(available: SocialProvider[]): TemplateResult {
    const ui = this.#host;
    return html`<ul
      class=${ui.cls('menuList', { id: SECTION })}
      aria-label=${ui.t('userProfile.connectedAccountPage.formHint')}
      @keydown=${this.#listKeydown}
    >
      ${available.map(
        (provider) => html`<li>
          <button type="button" class=${`${ui.cls('button')} ${ui.cls('menuItem', { id: provider.id })}`} @click=${() => void this.#connect(provider)}>
            ${providerIcon(ui, provider, 'profile')}
            <span>${ui.t('userProfile.connectedAccountPage.socialButtonsBlockButton', { provider: provider.name })}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #removeForm(account: ExternalAccount, provider: SocialProvider): TemplateResult {
    const ui = this.#host;
    const keys = 'userProfile.connectedAccountPage.removeResource';
    return html`<form class=${ui.cls('form', { id: 'remove' })} novalidate @submit=${(e: SubmitEvent) => this.#remove(e, account)}>
      <h3 class=${ui.cls('formHeaderTitle')}>${ui.t(`${keys}.title`)}</h3>
      <p class=${ui.cls('formHeaderSubtitle')}>${ui.t(`${keys}.messageLine1`, { identifier: provider.name })}</p>
      ${formAlert(ui, this.#status.formError)}
      ${formButtons(ui, ui.t('userProfile.formButtonPrimary__remove'), this.#status.busy, this.#cancel)}
    </form>`;
  }

  // ---- actions ----------------------------------------------------------------------------------------

  #toggle = () => {
    this.#status.clear();
    this.#removing = null;
    this.#choosing = !this.#choosing;
    this.#host.requestUpdate();
    if (this.#choosing) this.#focus(`.cl-menuList__${SECTION} button`);
  };

  /** Esc closes the list and gives focus back to its button. */
  #listKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#choosing = false;
    this.#host.requestUpdate();
    this.#focus(`.cl-profileSectionPrimaryButton__${SECTION}`);
  };

  #openRemove(id: string): void {
    this.#status.clear();
    this.#choosing = false;
    this.#removing = id;
    this.#host.requestUpdate();
    this.#focus(`.cl-profileSection__${SECTION} form button[type="submit"]`);
  }

  #cancel = () => {
    this.#status.clear();
    this.#removing = null;
    this.#host.requestUpdate();
    this.#focus(
      `.cl-profileSection__${SECTION} .cl-profileSectionPrimaryButton, .cl-profileSection__${SECTION} .cl-button__remove`,
    );
  };

  #focus(selector: string): void {
    void this.#host.updateComplete.then(() => this.#host.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Starts the connection and sends the browser to the provider; it comes back to this very page. */
  async #connect(provider: SocialProvider): Promise<void> {
    const user = this.#host.profileLatch.user;
    if (!user) return;
    await this.#status.run(async () => {
      const account = await user.createExternalAccount({
        strategy: provider.strategy,
        redirectUrl: globalThis.location.href,
      });
      goToProvider(account.verification?.externalVerificationRedirectUrl);
    });
  }

  #remove = async (event: SubmitEvent, account: ExternalAccount) => {
    event.preventDefault();
    const ok = await this.#status.run(() => this.#guard.run(() => account.destroy()));
    if (ok) this.#cancel();
  };
}

/** The provider of an account, named as the instance names it (or by its id when it is off now). */
function providerOf(account: ExternalAccount, providers: SocialProvider[]): SocialProvider {
  const known = providers.find((provider) => provider.strategy === account.provider);
  if (known) return known;
  const id = account.provider.replace(/^oauth_/, '');
  return { strategy: account.provider, id, name: id };
}
