/**
 * Custom items of the user button's menu, given as children (Clerk's `<UserButton.MenuItems>`,
 * `<UserButton.Action>` and `<UserButton.Link>`):
 *
 * ```html
 * <latch-user-button>
 *   <latch-user-button-action label="Help" onclick="openHelp()"><svg slot="labelIcon">…</svg></latch-user-button-action>
 *   <latch-user-button-link label="Billing" href="/billing"></latch-user-button-link>
 *   <latch-user-button-action label="signOut"></latch-user-button-action>  <!-- moves the default item here -->
 *   <latch-user-button-action label="Help" open="help"></latch-user-button-action>  <!-- the profile's Help page -->
 *   <latch-user-profile-page label="Help" url="help">…</latch-user-profile-page>   <!-- given to that profile -->
 * </latch-user-button>
 * ```
 *
 * They only describe items: each keeps an empty shadow root so that neither it nor its icon shows where it is
 * written; the user button draws the item inside its menu. Choosing an action dispatches `click` on the
 * `<latch-user-button-action>` itself, so ordinary click listeners are the callback.
 */
export class LatchUserButtonAction extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

/** A link item of the user button's menu (`label`, `href`; icon in `slot="labelIcon"`). */
export class LatchUserButtonLink extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

/** The two built-in items that custom items can reorder by naming them as a label, as Clerk's API does. */
export type DefaultMenuItem = 'manageAccount' | 'signOut';

/** A custom item given as a property (Clerk's `customMenuItems`). */
export interface UserButtonMenuItem {
  /** Visible text, or `manageAccount` / `signOut` to place a default item. */
  label: string;
  /** Called when chosen (action items). */
  onClick?: () => void;
  /** Makes it a link item. */
  href?: string;
  /** Opens the profile at this custom page (its `url`), with the pages given to the button. */
  open?: string;
  /** An icon node, cloned into the item (decorative). */
  labelIcon?: Node;
  /** Draws the icon into the box it is given, once (Clerk's JavaScript shape); `unmountIcon` when the button goes. */
  mountIcon?: (el: HTMLDivElement) => void;
  unmountIcon?: (el?: HTMLDivElement) => void;
}

/** One item of the menu, resolved from children or the property. */
export type MenuEntry =
  | { kind: DefaultMenuItem }
  | { kind: 'action'; label: string; icon: Node | null; run: () => void; open?: string }
  | { kind: 'link'; label: string; icon: Node | null; href: string };

declare global {
  interface HTMLElementTagNameMap {
    'latch-user-button-action': LatchUserButtonAction;
    'latch-user-button-link': LatchUserButtonLink;
  }
}
