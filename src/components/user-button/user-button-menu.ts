/**
 * The user button's menu: who is signed in, its items, the other signed-in accounts, and what choosing each
 * does. Its own chunk: a page shows the button (the avatar) without it, and the menu popover fetches it when the
 * menu may first open (the pointer or focus on the button), with the positioning library.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Latch } from '../../core/latch.js';
import { isSafeLink } from '../../core/redirects.js';
import { registerDefaultStrings } from '../../localization/defaults.js';
import { enUSUserButtonMenu } from '../../localization/en-US-user-button-menu.js';
import type { Session, User } from '../../resources/index.js';
import { avatar } from '../../ui/avatar.js';
import { menuFocusout, menuKeydown } from '../../ui/menu-keys.js';
import type { LatchElement } from '../base/latch-element.js';
import { entriesFromChildren, entriesFromProps, menuEntries, releaseIcons } from './menu-entries.js';

import { gearIcon, plusIcon, signOutIcon } from './menu-icons.js';
import type { MenuEntry } from './menu-items.js';
import type { LatchUserButton } from './user-button.js';

export { userButtonMenuCss as stepCss } from './user-button-menu.styles.js';

registerDefaultStrings(enUSUserButtonMenu);

/** What the menu reads from the `<latch-user-button>` it belongs to, beyond its public properties. */
type MenuHost = LatchUserButton & Pick<LatchElement, 'cls' | 't'>;

/** What a button's menu is busy with: a sign-out, or switching to another account (its session id). */
interface Busy {
  signingOut?: boolean;
  sessionId?: string;
}
const busyOf = new WeakMap<MenuHost, Busy>();

/** Marks `host` busy (or not), redrawing its menu. */
function setBusy(host: MenuHost, busy: Busy): void {
  busyOf.set(host, busy);
  host.requestUpdate();
}

/** One per button whose menu has opened: custom item children may be added, removed or relabelled at any time. */
const itemWatchers = new WeakMap<MenuHost, MutationObserver>();

function watchItems(host: MenuHost): void {
  if (itemWatchers.has(host)) return;
  const isItem = (node: Node) => node instanceof Element && node.localName.startsWith('latch-user-button-');
  const observer = new MutationObserver((records) => {
    if (records.some((r) => isItem(r.target) || [...r.addedNodes, ...r.removedNodes].some(isItem)))
      host.requestUpdate();
  });
  observer.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['label', 'href'] });
  itemWatchers.set(host, observer);
}

/** The button left the document: stop watching its children and give back the icons its items drew. */
export function releaseMenu(host: MenuHost): void {
  itemWatchers.get(host)?.disconnect();
  itemWatchers.delete(host);
  releaseIcons(host.customMenuItems);
}

/** The popover of `host`'s menu, drawn while it is open. */
export function renderUserButtonMenu(host: MenuHost, latch: Latch, user: User, name: string): TemplateResult {
  watchItems(host);
  const others = otherSessions(latch);
  const { menu, menuId } = host;
  return html`<div class=${`${host.cls('userButtonPopoverRootBox')} ${host.cls('popoverBox')}`} @focusout=${(event: FocusEvent) => menuFocusout(menu, host, event)}>
    <div class=${host.cls('userButtonPopoverCard')}>
      <div class=${host.cls('userButtonPopoverMain')}>
        ${userPreview(host, user, name)}
        <div id=${menuId} role="menu" aria-label=${name} @keydown=${(event: KeyboardEvent) => menuKeydown(menu, event)}>
          <div class=${host.cls('userButtonPopoverActions')} role="none">
            ${entries(host).map((entry) => renderEntry(host, latch, entry))}
          </div>
          ${
            multiSession(latch)
              ? html`<div class=${host.cls('userButtonPopoverActions', { id: 'multiSession' })} role="none">
                  ${others.map((session) => renderOtherSession(host, latch, session))}
                  ${renderButton(host, 'addAccount', plusIcon(), host.t('userButton.action__addAccount'), () => addAccount(host, latch))}
                </div>
                <div class=${host.cls('userButtonPopoverFooter')} role="none">
                  ${renderButton(host, 'signOutAll', signOutIcon(), host.t('userButton.action__signOutAll'), () => signOut(host, latch, true))}
                </div>`
              : nothing
          }
        </div>
      </div>
    </div>
  </div>`;
}

/** Custom items and the defaults, in order; "Manage account" only when it leads somewhere (see the element's doc). */
function entries(host: MenuHost): MenuEntry[] {
  const custom = [...entriesFromProps(host.customMenuItems), ...entriesFromChildren(host)];
  const handledByChild = custom.some((e) => e.kind === 'manageAccount') && host.manageAccountChild();
  const canManage = host.userProfileMode === 'modal' || Boolean(host.profileUrl) || Boolean(handledByChild);
  return menuEntries(custom).filter((e) => e.kind !== 'manageAccount' || canManage);
}

function renderEntry(host: MenuHost, latch: Latch, entry: MenuEntry): TemplateResult {
  const { menu } = host;
  switch (entry.kind) {
    case 'manageAccount':
      return renderButton(host, 'manageAccount', gearIcon(), host.t('userButton.action__manageAccount'), () =>
        manageAccount(host, latch),
      );
    case 'signOut':
      return renderButton(
        host,
        'signOut',
        signOutIcon(),
        host.t('userButton.action__signOut'),
        () => signOut(host, latch, false),
        Boolean(busyOf.get(host)?.signingOut),
      );
    case 'link':
      // The URL may come from data: only plain links, never `javascript:` and the like.
      if (!isSafeLink(entry.href)) return html``;
      return html`<a role="menuitem" tabindex="-1" href=${entry.href}
        class=${`${host.cls('userButtonPopoverActionButton')} ${host.cls('userButtonPopoverCustomItemButton')}`}
        @click=${() => menu.close(false)}>
        ${renderCustomIcon(host, entry.icon)}<span>${entry.label}</span>
      </a>`;
    case 'action':
      return html`<button type="button" role="menuitem" tabindex="-1"
        class=${`${host.cls('userButtonPopoverActionButton')} ${host.cls('userButtonPopoverCustomItemButton')}`}
        @click=${() => {
          menu.close(!entry.open);
          entry.run();
          if (entry.open) void host.openProfile(entry.open);
        }}>
        ${renderCustomIcon(host, entry.icon)}<span>${entry.label}</span>
      </button>`;
  }
}

function renderButton(
  host: MenuHost,
  id: string,
  icon: TemplateResult,
  label: string,
  onClick: () => unknown,
  busy = false,
): TemplateResult {
  return html`<button type="button" role="menuitem" tabindex="-1"
    class=${host.cls('userButtonPopoverActionButton', { id, state: busy ? 'loading' : undefined })}
    aria-busy=${busy ? 'true' : 'false'} @click=${onClick}>
    <span class=${host.cls('userButtonPopoverActionButtonIcon', { id })}>${icon}</span>
    <span>${label}</span>
  </button>`;
}

/** A copy of the author's icon: the original stays hidden inside its describing element. */
function renderCustomIcon(host: MenuHost, icon: Node | null): TemplateResult {
  const copy = icon?.cloneNode(true);
  if (copy instanceof Element) copy.removeAttribute('slot');
  return html`<span class=${host.cls('userButtonPopoverCustomItemButtonIconBox')} aria-hidden="true">${copy ?? nothing}</span>`;
}

/** Another signed-in account: its avatar, name and email; choosing it makes it the active session. */
function renderOtherSession(host: MenuHost, latch: Latch, session: Session): TemplateResult {
  const user = session.user;
  if (!user) return html``;
  const busy = busyOf.get(host)?.sessionId === session.id;
  return html`<button type="button" role="menuitem" tabindex="-1" data-session-id=${session.id}
    class=${host.cls('userButtonPopoverActionButton', { id: 'session', state: busy ? 'loading' : undefined })}
    aria-busy=${busy ? 'true' : 'false'} @click=${() => switchTo(host, latch, session)}>
    ${userPreview(host, user, host.nameOf(user), 'session')}
  </button>`;
}

/**
 * A user's avatar, name and (when it differs) primary email: the menu's header, and each other signed-in account's
 * item (`id` 'session'). Spans, so it fits inside a button; the text container's flex column stacks them.
 */
function userPreview(host: MenuHost, user: User, name: string, id?: string): TemplateResult {
  const email = user.primaryEmailAddress?.emailAddress ?? '';
  return html`<span class=${host.cls('userPreview', { id })}>
    ${avatar(host, user, 'userPreviewAvatarBox', 'userPreviewAvatarImage')}
    <span class=${host.cls('userPreviewTextContainer')}>
      <span class=${host.cls('userPreviewMainIdentifier')}>${name}</span>
      ${email && email !== name ? html`<span class=${host.cls('userPreviewSecondaryIdentifier')}>${email}</span>` : nothing}
    </span>
  </span>`;
}

/** The instance lets a browser hold several accounts. */
function multiSession(latch: Latch): boolean {
  return latch.environment?.authConfig.singleSessionMode === false;
}

/** Every signed-in account except the active one, in the client's order. */
function otherSessions(latch: Latch): Session[] {
  const current = latch.session?.id;
  return (latch.client?.activeSessions ?? []).filter((s) => s.id !== current && s.user);
}

/**
 * "Sign out": with other accounts still signed in, only the active one signs out and the next one takes over
 * (then `afterMultiSessionSingleSignOutUrl`); otherwise, or for "Sign out of all", every session ends (then
 * `afterSignOutUrl`).
 */
async function signOut(host: MenuHost, latch: Latch, all: boolean): Promise<void> {
  if (busyOf.get(host)?.signingOut) return;
  const sessionId = !all && multiSession(latch) && otherSessions(latch).length > 0 ? latch.session?.id : undefined;
  if (!host.notify('latch-sign-out', sessionId ? { sessionId } : undefined)) return;
  setBusy(host, { signingOut: true });
  try {
    if (sessionId) {
      const redirectUrl = host.afterMultiSessionSingleSignOutUrl ?? latch.options.afterMultiSessionSingleSignOutUrl;
      await latch.signOut({ sessionId, redirectUrl });
    } else {
      await latch.signOut({ redirectUrl: host.afterSignOutUrl ?? latch.options.afterSignOutUrl });
    }
  } finally {
    setBusy(host, {});
    host.menu.open = false;
  }
}

async function switchTo(host: MenuHost, latch: Latch, session: Session): Promise<void> {
  if (busyOf.get(host)?.sessionId) return;
  setBusy(host, { sessionId: session.id });
  try {
    const redirectUrl = host.afterSwitchSessionUrl ?? latch.options.afterSwitchSessionUrl;
    await latch.setActive({ session: session.id, redirectUrl });
  } finally {
    setBusy(host, {});
    host.menu.close(true);
  }
}

/** "Add account": the sign-in page (which keeps the others signed in), or the sign-in modal without one. */
async function addAccount(host: MenuHost, latch: Latch): Promise<void> {
  host.menu.close(false);
  const base = host.signInUrl || latch.options.signInUrl;
  if (base) await latch.navigate(new URL(base, location.href).href);
  else latch.openSignIn();
}

async function manageAccount(host: MenuHost, latch: Latch): Promise<void> {
  const child = host.manageAccountChild();
  const url = host.profileUrl;
  host.menu.close(!url);
  if (url) await latch.navigate(url);
  else if (child) child.click();
  else await host.openProfile();
}
