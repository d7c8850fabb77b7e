import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComponentKey } from '../../appearance/index.js';
import type { User } from '../../resources/index.js';
import { avatar, initialsOf } from '../../ui/avatar.js';
import { signOutIcon } from '../../ui/icons.js';
import { LatchElement } from '../base/latch-element.js';
import { userButtonCss } from './user-button.styles.js';

/**
 * @summary The signed-in user's avatar; opens a menu with who is signed in and "Sign out".
 *
 * Keyboard: Enter/Space/ArrowDown open the menu and focus its first item; arrows, Home and End move; Escape
 * closes and returns focus to the button; Tab closes and lets focus move on to what follows the button; Shift+Tab
 * closes and returns to the button. The accessible name starts with the visible name (WCAG 2.5.3). The popover
 * is positioned with @floating-ui/dom through the CSSOM (no style="" markup, so a strict CSP holds).
 *
 * @fires latch-sign-out - Before signing out; cancel it to handle sign-out yourself.
 */
export class LatchUserButton extends LatchElement {
  protected readonly componentKey: ComponentKey = 'userButton';

  /** Where to go after signing out (Clerk's `afterSignOutUrl`). */
  @property({ attribute: 'after-sign-out-url' }) afterSignOutUrl?: string;

  /** Show the user's name beside the avatar (Clerk's `showName`). */
  @property({ type: Boolean, attribute: 'show-name' }) showName = false;

  /** Start with the menu open (Clerk's `defaultOpen`). */
  @property({ type: Boolean, attribute: 'default-open' }) defaultOpen = false;

  protected override get elementCss(): typeof userButtonCss {
    return userButtonCss;
  }

  @state() private open = false;
  @state() private signingOut = false;
  #stopAutoUpdate?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultOpen) this.open = true;
    document.addEventListener('pointerdown', this.#onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
    this.#stopAutoUpdate?.();
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
        class=${this.cls('userButtonTrigger', { state: this.open ? 'open' : undefined })}
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.menuId}
        aria-label=${menuLabel(this.t('unstable__latch.userMenu', { name }), name)}
        @click=${this.toggle}
        @keydown=${this.onTriggerKeydown}
      >
        ${this.showName ? html`<span class=${this.cls('userButtonOuterIdentifier')}>${name}</span>` : nothing}
        ${this.renderTriggerAvatar(user)}
      </button>
      ${this.open ? this.renderPopover(user, name) : nothing}
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
    return html`<div class=${`${this.cls('userButtonPopoverRootBox')} ${this.cls('popoverBox')}`} @focusout=${this.onPopoverFocusout}>
      <div class=${this.cls('userButtonPopoverCard')}>
        <div class=${this.cls('userButtonPopoverMain')}>
          <div class=${this.cls('userPreview')}>
            ${avatar(this, user, 'userPreviewAvatarBox', 'userPreviewAvatarImage')}
            <div class=${this.cls('userPreviewTextContainer')}>
              <p class=${this.cls('userPreviewMainIdentifier')}>${name}</p>
              ${email && email !== name ? html`<p class=${this.cls('userPreviewSecondaryIdentifier')}>${email}</p>` : nothing}
            </div>
          </div>
          <div id=${this.menuId} class=${this.cls('userButtonPopoverActions')} role="menu" aria-label=${name}
            @keydown=${this.onMenuKeydown}>
            <button
              type="button"
              role="menuitem"
              tabindex="-1"
              class=${`${this.cls('userButtonPopoverActionButton', { id: 'signOut', state: this.signingOut ? 'loading' : undefined })}`}
              aria-busy=${this.signingOut ? 'true' : 'false'}
              @click=${this.signOut}
            >
              <span class=${this.cls('userButtonPopoverActionButtonIcon', { id: 'signOut' })}>${signOutIcon()}</span>
              <span>${this.t('userButton.action__signOut')}</span>
            </button>
          </div>
        </div>
      </div>
    </div>`;
  }

  protected override async updated(): Promise<void> {
    if (!this.open) {
      this.#stopAutoUpdate?.();
      this.#stopAutoUpdate = undefined;
      return;
    }
    const trigger = this.querySelector<HTMLElement>('.cl-userButtonTrigger');
    const popover = this.querySelector<HTMLElement>('.cl-userButtonPopoverRootBox');
    if (!trigger || !popover || this.#stopAutoUpdate) return;
    this.#stopAutoUpdate = autoUpdate(trigger, popover, async () => {
      const rtl = this.localizer.dir === 'rtl';
      const { x, y } = await computePosition(trigger, popover, {
        placement: rtl ? 'bottom-start' : 'bottom-end',
        strategy: 'fixed',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      });
      // CSSOM writes are allowed under `style-src 'self'`; style="" markup would not be.
      popover.style.left = `${x}px`;
      popover.style.top = `${y}px`;
    });
  }

  private toggle = () => {
    if (this.open) this.close(false);
    else void this.openMenu();
  };

  private async openMenu(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.menuItems();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.querySelector<HTMLElement>('.cl-userButtonTrigger')?.focus();
  }

  private menuItems(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private onTriggerKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape') {
      this.close(true);
    }
  };

  private onMenuKeydown = (event: KeyboardEvent) => {
    const items = this.menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        return this.close(true);
      case 'Tab':
        if (event.shiftKey) {
          event.preventDefault();
          return this.close(true);
        }
        // Let the browser move focus first: closing now would re-render (microtasks run before the default
        // action) and remove the focused item, and Firefox/Safari would restart the Tab order at the page top.
        setTimeout(() => this.close(false));
        return;
    }
  };

  /** Focus leaving the element (Tab, a screen reader's focus move, a click elsewhere) closes the menu. */
  private onPopoverFocusout = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Node && !this.contains(to)) this.close(false);
  };

  #onOutsidePointer = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.close(false);
  };

  private signOut = async () => {
    const latch = this.resolvedLatch;
    if (!latch || this.signingOut) return;
    if (!this.emit('latch-sign-out')) return;
    this.signingOut = true;
    try {
      await latch.signOut({ redirectUrl: this.afterSignOutUrl ?? latch.options.afterSignOutUrl });
    } finally {
      this.signingOut = false;
      this.open = false;
    }
  };
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
