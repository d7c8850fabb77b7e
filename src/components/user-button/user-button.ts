import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import { isSafeLink } from '../../core/redirects.js';
import type { Session, User } from '../../resources/index.js';
import { avatar, initialsOf } from '../../ui/avatar.js';
import { signOutIcon } from '../../ui/icons.js';
import { MenuPopover } from '../../ui/menu-popover.js';
import { LatchElement } from '../base/latch-element.js';
import type { CustomPage } from '../user-profile/custom-pages.js';
import { gearIcon, plusIcon } from './menu-icons.js';
import {
  entriesFromChildren,
  entriesFromProps,
  type MenuEntry,
  menuEntries,
  releaseIcons,
  type UserButtonMenuItem,
} from './menu-items.js';
import { userButtonCss } from './user-button.styles.js';

/**
 * @summary The signed-in user's avatar; opens a menu with who is signed in, "Manage account", custom items,
 * "Sign out" and, on a multi-session instance, the other signed-in accounts, "Add account" and "Sign out of all".
 *
 * Custom items: `<latch-user-button-action>` / `<latch-user-button-link>` children or the `customMenuItems`
 * property (see menu-items.ts). Profile pages given to the button (`<latch-user-profile-page>` /
 * `<latch-user-profile-link>` children, or `userProfileProps.customPages`) show in the profile that "Manage
 * account" opens; an action with `open="<page url>"` opens that profile at that page. "Manage account" opens the profile in a modal (`latch.openUserProfile()`) in the
 * default `userProfileMode="modal"`; with `userProfileMode="navigation"` it shows when it can lead somewhere: a
 * `userProfileUrl` (element or Latch option), or an `<latch-user-button-action label="manageAccount">` child
 * whose click listener handles it.
 *
 * Keyboard: Enter/Space/ArrowDown open the menu and focus its first item; arrows, Home and End move; Escape
 * closes and returns focus to the button; Tab closes and lets focus move on to what follows the button; Shift+Tab
 * closes and returns to the button. The accessible name starts with the visible name (WCAG 2.5.3). The popover
 * is positioned with @floating-ui/dom (fetched when a menu may first open) through the CSSOM (no style="" markup,
 * so a strict CSP holds).
 *
 * @fires latch-sign-out - Before signing out; cancel it to handle sign-out yourself. `detail.sessionId` when only
 * one of several accounts signs out.
 */
export class LatchUserButton extends LatchElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    afterSignOutUrl: { attribute: 'after-sign-out-url' },
    showName: { type: Boolean, attribute: 'show-name' },
    defaultOpen: { type: Boolean, attribute: 'default-open' },
    userProfileMode: { attribute: 'user-profile-mode' },
    userProfileUrl: { attribute: 'user-profile-url' },
    afterMultiSessionSingleSignOutUrl: { attribute: 'after-multi-session-single-sign-out-url' },
    afterSwitchSessionUrl: { attribute: 'after-switch-session-url' },
    signInUrl: { attribute: 'sign-in-url' },
    customMenuItems: { attribute: false },
    userProfileProps: { attribute: false },
    signingOut: { state: true },
    busySessionId: { state: true },
  };
  protected readonly componentKey: ComponentKey = 'userButton';

  /** Where to go after signing out (Clerk's `afterSignOutUrl`). */
  afterSignOutUrl?: string;

  /** Show the user's name beside the avatar (Clerk's `showName`). */
  showName = false;

  /** Start with the menu open (Clerk's `defaultOpen`). */
  defaultOpen = false;

  /** `navigation` makes "Manage account" go to `userProfileUrl` (Clerk's `userProfileMode`). */
  userProfileMode: 'modal' | 'navigation' = 'modal';

  /** The user profile page (Clerk's `userProfileUrl`); default: the Latch option. */
  userProfileUrl?: string;

  /** Where to go after signing out of one account while others stay (Clerk's `afterMultiSessionSingleSignOutUrl`). */
  afterMultiSessionSingleSignOutUrl?: string;

  /** Where to go after switching accounts (Clerk's `afterSwitchSessionUrl`). */
  afterSwitchSessionUrl?: string;

  /** Where "Add account" leads (Clerk's `signInUrl`); default: the Latch option, else the sign-in modal. */
  signInUrl?: string;

  /** Custom items as data (Clerk's `customMenuItems`); children, when present, come after them. */
  customMenuItems: UserButtonMenuItem[] = [];

  /** The same list under its earlier name. */
  get menuItems(): UserButtonMenuItem[] {
    return this.customMenuItems;
  }
  set menuItems(items: UserButtonMenuItem[]) {
    this.customMenuItems = items;
  }

  /** Props of the profile the menu opens (Clerk's `userProfileProps`), e.g. `{ customPages }`. */
  userProfileProps: { customPages?: CustomPage[]; [prop: string]: unknown } = {};

  protected override get elementCss(): typeof userButtonCss {
    return userButtonCss;
  }

  /** The menu's popover: open state, keyboard, focus and positioning (shared with the organization switcher). */
  private readonly menu = new MenuPopover(this, {
    trigger: '.cl-userButtonTrigger',
    popover: '.cl-userButtonPopoverRootBox',
    rtl: () => this.localizer.dir === 'rtl',
  });
  private signingOut = false;
  private busySessionId: string | null = null;
  /** Custom item children may be added, removed or relabelled at any time: redraw the menu then. */
  readonly #childObserver = new MutationObserver((records) => {
    const isItem = (node: Node) => node instanceof Element && node.localName.startsWith('latch-user-button-');
    const relevant = records.some((r) => isItem(r.target) || [...r.addedNodes, ...r.removedNodes].some(isItem));
    if (relevant) this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultOpen) this.menu.open = true;
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['label', 'href'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    releaseIcons(this.customMenuItems);
  }

  private get menuId() {
    return `${this.scopeClass}-menu`;
  }

  override render(): TemplateResult | typeof nothing {
    const user = this.resolvedLatch?.user;
    if (!this.isReady || !user) return nothing;
    const name = displayName(user);
    return html`<div class=${`${this.cls('rootBox')} ${this.cls('userButtonBox')} ${this.scopeClass}`} dir=${this.localizer.dir} lang=${this.localizer.locale}>
      <button
        type="button"
        class=${this.cls('userButtonTrigger', { state: this.menu.open ? 'open' : undefined })}
        aria-haspopup="menu"
        aria-expanded=${this.menu.open ? 'true' : 'false'}
        aria-controls=${this.menuId}
        aria-label=${menuLabel(this.t('unstable__latch.userMenu', { name }), name)}
        @click=${this.menu.toggle}
        @keydown=${this.menu.onTriggerKeydown}
        @pointerenter=${this.menu.prefetch}
        @focus=${this.menu.prefetch}
      >
        ${this.showName ? html`<span class=${this.cls('userButtonOuterIdentifier')}>${name}</span>` : nothing}
        ${this.renderTriggerAvatar(user)}
      </button>
      ${this.menu.open ? this.renderPopover(user, name) : nothing}
    </div>`;
  }

  /**
   * The avatar is a picture of the user whose text alternative is the name in the button's label. Initials are
   * drawn as generated content (like the image), so they are not stray visible text that a speech-input user or
   * axe's Label-in-Name check would expect in the accessible name.
   */
  private renderTriggerAvatar(user: User): TemplateResult {
    if (user.hasImage && user.imageUrl) return avatar(this, user, 'userButtonAvatarBox', 'userButtonAvatarImage');
    return html`<span class=${`${this.cls('avatarBox')} ${this.cls('userButtonAvatarBox')}`} aria-hidden="true"
      data-initials=${initialsOf(user)}></span>`;
  }

  private renderPopover(user: User, name: string): TemplateResult {
    const email = user.primaryEmailAddress?.emailAddress ?? '';
    const others = this.otherSessions();
    const multi = this.multiSession;
    return html`<div class=${`${this.cls('userButtonPopoverRootBox')} ${this.cls('popoverBox')}`} @focusout=${this.menu.onFocusout}>
      <div class=${this.cls('userButtonPopoverCard')}>
        <div class=${this.cls('userButtonPopoverMain')}>
          <div class=${this.cls('userPreview')}>
            ${avatar(this, user, 'userPreviewAvatarBox', 'userPreviewAvatarImage')}
            <div class=${this.cls('userPreviewTextContainer')}>
              <p class=${this.cls('userPreviewMainIdentifier')}>${name}</p>
              ${email && email !== name ? html`<p class=${this.cls('userPreviewSecondaryIdentifier')}>${email}</p>` : nothing}
            </div>
          </div>
          <div id=${this.menuId} role="menu" aria-label=${name} @keydown=${this.menu.onMenuKeydown}>
            <div class=${this.cls('userButtonPopoverActions')} role="none">
              ${this.entries().map((entry) => this.renderEntry(entry))}
            </div>
            ${
              multi
                ? html`<div class=${this.cls('userButtonPopoverActions', { id: 'multiSession' })} role="none">
                    ${others.map((session) => this.renderOtherSession(session))}
                    ${this.renderButton('addAccount', plusIcon(), this.t('userButton.action__addAccount'), this.addAccount)}
                  </div>
                  <div class=${this.cls('userButtonPopoverFooter')} role="none">
                    ${this.renderButton('signOutAll', signOutIcon(), this.t('userButton.action__signOutAll'), this.signOutAll)}
                  </div>`
                : nothing
            }
          </div>
        </div>
      </div>
    </div>`;
  }

  /** Custom items and the defaults, in order; "Manage account" only when it leads somewhere (see the class doc). */
  private entries(): MenuEntry[] {
    const custom = [...entriesFromProps(this.customMenuItems), ...entriesFromChildren(this)];
    const handledByChild = custom.some((e) => e.kind === 'manageAccount') && this.manageAccountChild();
    const canManage = this.userProfileMode === 'modal' || Boolean(this.profileUrl) || Boolean(handledByChild);
    return menuEntries(custom).filter((e) => e.kind !== 'manageAccount' || canManage);
  }

  private renderEntry(entry: MenuEntry): TemplateResult {
    switch (entry.kind) {
      case 'manageAccount':
        return this.renderButton(
          'manageAccount',
          gearIcon(),
          this.t('userButton.action__manageAccount'),
          this.manageAccount,
        );
      case 'signOut':
        return this.renderButton(
          'signOut',
          signOutIcon(),
          this.t('userButton.action__signOut'),
          this.signOut,
          this.signingOut,
        );
      case 'link':
        // The URL may come from data: only plain links, never `javascript:` and the like.
        if (!isSafeLink(entry.href)) return html``;
        return html`<a role="menuitem" tabindex="-1" href=${entry.href}
          class=${`${this.cls('userButtonPopoverActionButton')} ${this.cls('userButtonPopoverCustomItemButton')}`}
          @click=${() => this.menu.close(false)}>
          ${this.renderCustomIcon(entry.icon)}<span>${entry.label}</span>
        </a>`;
      case 'action':
        return html`<button type="button" role="menuitem" tabindex="-1"
          class=${`${this.cls('userButtonPopoverActionButton')} ${this.cls('userButtonPopoverCustomItemButton')}`}
          @click=${() => {
            this.menu.close(!entry.open);
            entry.run();
            if (entry.open) void this.openProfile(entry.open);
          }}>
          ${this.renderCustomIcon(entry.icon)}<span>${entry.label}</span>
        </button>`;
    }
  }

  private renderButton(
    id: string,
    icon: TemplateResult,
    label: string,
    onClick: () => unknown,
    busy = false,
  ): TemplateResult {
    return html`<button type="button" role="menuitem" tabindex="-1"
      class=${this.cls('userButtonPopoverActionButton', { id, state: busy ? 'loading' : undefined })}
      aria-busy=${busy ? 'true' : 'false'} @click=${onClick}>
      <span class=${this.cls('userButtonPopoverActionButtonIcon', { id })}>${icon}</span>
      <span>${label}</span>
    </button>`;
  }

  /** A copy of the author's icon: the original stays hidden inside its describing element. */
  private renderCustomIcon(icon: Node | null): TemplateResult {
    const copy = icon?.cloneNode(true);
    if (copy instanceof Element) copy.removeAttribute('slot');
    return html`<span class=${this.cls('userButtonPopoverCustomItemButtonIconBox')} aria-hidden="true">${copy ?? nothing}</span>`;
  }

  /** Another signed-in account: its avatar, name and email; choosing it makes it the active session. */
  private renderOtherSession(session: Session): TemplateResult {
    const user = session.user;
    if (!user) return html``;
    const name = displayName(user);
    const email = user.primaryEmailAddress?.emailAddress ?? '';
    const busy = this.busySessionId === session.id;
    return html`<button type="button" role="menuitem" tabindex="-1" data-session-id=${session.id}
      class=${this.cls('userButtonPopoverActionButton', { id: 'session', state: busy ? 'loading' : undefined })}
      aria-busy=${busy ? 'true' : 'false'} @click=${() => this.switchTo(session)}>
      <span class=${this.cls('userPreview', { id: 'session' })}>
        ${avatar(this, user, 'userPreviewAvatarBox', 'userPreviewAvatarImage')}
        <span class=${this.cls('userPreviewTextContainer')}>
          <span class=${this.cls('userPreviewMainIdentifier')}>${name}</span>
          ${email && email !== name ? html`<span class=${this.cls('userPreviewSecondaryIdentifier')}>${email}</span>` : nothing}
        </span>
      </span>
    </button>`;
  }

  /** The instance lets a browser hold several accounts. */
  private get multiSession(): boolean {
    return this.resolvedLatch?.environment?.authConfig.singleSessionMode === false;
  }

  /** Every signed-in account except the active one, in the client's order. */
  private otherSessions(): Session[] {
    const latch = this.resolvedLatch;
    const current = latch?.session?.id;
    return (latch?.client?.activeSessions ?? []).filter((s) => s.id !== current && s.user);
  }

  private get profileUrl(): string | undefined {
    if (this.userProfileMode !== 'navigation') return undefined;
    return this.userProfileUrl || this.resolvedLatch?.options.userProfileUrl || undefined;
  }

  private manageAccountChild(): HTMLElement | null {
    return this.querySelector(':scope > latch-user-button-action[label="manageAccount"]');
  }

  /**
   * "Sign out": with other accounts still signed in, only the active one signs out and the next one takes over
   * (then `afterMultiSessionSingleSignOutUrl`); otherwise every session ends (then `afterSignOutUrl`).
   */
  private signOut = async () => {
    const latch = this.resolvedLatch;
    if (!latch || this.signingOut) return;
    const sessionId = this.multiSession && this.otherSessions().length > 0 ? latch.session?.id : undefined;
    if (!this.emit('latch-sign-out', sessionId ? { sessionId } : undefined)) return;
    this.signingOut = true;
    try {
      if (sessionId) {
        const redirectUrl = this.afterMultiSessionSingleSignOutUrl ?? latch.options.afterMultiSessionSingleSignOutUrl;
        await latch.signOut({ sessionId, redirectUrl });
      } else {
        await latch.signOut({ redirectUrl: this.afterSignOutUrl ?? latch.options.afterSignOutUrl });
      }
    } finally {
      this.signingOut = false;
      this.menu.open = false;
    }
  };

  private signOutAll = async () => {
    const latch = this.resolvedLatch;
    if (!latch || this.signingOut) return;
    if (!this.emit('latch-sign-out')) return;
    this.signingOut = true;
    try {
      await latch.signOut({ redirectUrl: this.afterSignOutUrl ?? latch.options.afterSignOutUrl });
    } finally {
      this.signingOut = false;
      this.menu.open = false;
    }
  };

  private switchTo = async (session: Session) => {
    const latch = this.resolvedLatch;
    if (!latch || this.busySessionId) return;
    this.busySessionId = session.id;
    try {
      const redirectUrl = this.afterSwitchSessionUrl ?? latch.options.afterSwitchSessionUrl;
      await latch.setActive({ session: session.id, redirectUrl });
    } finally {
      this.busySessionId = null;
      this.menu.close(true);
    }
  };

  /** "Add account": the sign-in page (which keeps the others signed in), or the sign-in modal without one. */
  private addAccount = async () => {
    const latch = this.resolvedLatch;
    if (!latch) return;
    this.menu.close(false);
    const base = this.signInUrl || latch.options.signInUrl;
    if (base) await latch.navigate(new URL(base, location.href).href);
    else latch.openSignIn();
  };

  private manageAccount = async () => {
    const latch = this.resolvedLatch;
    const child = this.manageAccountChild();
    this.menu.close(!this.profileUrl);
    if (this.profileUrl && latch) await latch.navigate(this.profileUrl);
    else if (child) child.click();
    else await this.openProfile();
  };

  /**
   * The profile in a modal, with the pages given to the button (`userProfileProps.customPages`, then its
   * `<latch-user-profile-page>` / `-link` children, whose module arrives only then), at `page` when given.
   */
  private async openProfile(page?: string): Promise<void> {
    const latch = this.resolvedLatch;
    if (!latch) return;
    const customPages = [...(this.userProfileProps.customPages ?? [])];
    if (this.querySelector(':scope > latch-user-profile-page, :scope > latch-user-profile-link')) {
      const { pagesFromChildren } = await import('../user-profile/custom-pages.js');
      customPages.push(...pagesFromChildren(this));
    }
    latch.openUserProfile({ ...this.userProfileProps, customPages, initialStep: page ?? '' });
  }
}

/** Full name, else username, else the primary email or phone: what Clerk shows as the main identifier. */
export function displayName(user: User): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return full || user.username || user.primaryEmailAddress?.emailAddress || user.primaryPhoneNumber?.phoneNumber || '';
}

/** With no identifier at all, drops the separator a translation put around the empty `{{name}}`. */
function menuLabel(label: string, name: string): string {
  return name ? label : label.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-button': LatchUserButton;
  }
}
