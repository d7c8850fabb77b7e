import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../appearance/index.js';
import type { User } from '../../resources/index.js';
import { avatar, avatarCss, initialsOf } from '../../ui/avatar.js';
import { lazyPart } from '../../ui/lazy-part.js';
import { MenuPopover } from '../../ui/menu-popover.js';
import { LatchElement } from '../base/latch-element.js';
import type { CustomPage } from '../user-profile/custom-pages.js';
import type { UserButtonMenuItem } from './menu-items.js';
import { userButtonCss } from './user-button.styles.js';

/** The menu (its items, what they do, its rules): fetched when the menu may first open, not with the button. */
const menuPart = lazyPart(() => import('./user-button-menu.js'));

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

  /**
   * The menu's popover: open state, keyboard, focus and positioning (shared with the organization switcher).
   * @internal
   */
  readonly menu = new MenuPopover(this, {
    trigger: '.cl-userButtonTrigger',
    popover: '.cl-userButtonPopoverRootBox',
    rtl: () => this.localizer.dir === 'rtl',
    content: menuPart.load,
  });
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultOpen) void this.menu.show();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Only the menu watches the item children and draws icons (`mountIcon`): without its module, nothing to undo.
    menuPart.module?.releaseMenu(this);
  }

  /** The id of the menu, which the button controls. @internal */
  get menuId(): string {
    return `${this.scopeClass}-menu`;
  }

  override render(): TemplateResult | typeof nothing {
    const user = this.resolvedLatch?.user;
    if (!this.isReady || !user) return nothing;
    this.adoptCss(avatarCss);
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

  /**
   * The open menu, once its chunk is in (opening waits for it). A chunk that could not be fetched leaves the
   * error in the popover; the next opening tries again.
   */
  private renderPopover(user: User, name: string): TemplateResult {
    const latch = this.resolvedLatch;
    const part = menuPart.module;
    if (part && latch) {
      this.adoptCss(part.stepCss);
      return part.renderUserButtonMenu(this, latch, user, name);
    }
    return html`<div class=${`${this.cls('userButtonPopoverRootBox')} ${this.cls('popoverBox')}`}>
      <p class=${this.cls('alert')} role="alert">${this.t('unstable__errors.network_error')}</p>
    </div>`;
  }

  /** The name the menu shows for an account (`displayName`). @internal */
  nameOf(user: User): string {
    return displayName(user);
  }

  /** A `latch-sign-out` event (cancelable) from the menu. @internal */
  notify(name: string, detail?: unknown): boolean {
    return this.emit(name, detail);
  }

  /** `userProfileUrl` when "Manage account" navigates. @internal */
  get profileUrl(): string | undefined {
    if (this.userProfileMode !== 'navigation') return undefined;
    return this.userProfileUrl || this.resolvedLatch?.options.userProfileUrl || undefined;
  }

  /** A `<latch-user-button-action label="manageAccount">` child, which then handles "Manage account". @internal */
  manageAccountChild(): HTMLElement | null {
    return this.querySelector(':scope > latch-user-button-action[label="manageAccount"]');
  }

  /**
   * The profile in a modal, with the pages given to the button (`userProfileProps.customPages`, then its
   * `<latch-user-profile-page>` / `-link` children, whose module arrives only then), at `page` when given.
   * @internal
   */
  async openProfile(page?: string): Promise<void> {
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
