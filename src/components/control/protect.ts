import type { PropertyDeclarations } from 'lit';
import type { Latch } from '../../core/latch.js';
import type { Has } from '../../resources/authorization.js';
import { ControlElement } from './control-element.js';

/**
 * @summary Clerk's `<Protect>`: shows its children only to a signed-in user whose role or permission in the
 * active organization allows it (`role`, `permission`, or a `condition` given `has`); with none of them, to
 * any signed-in user. It re-renders whenever the session, the active organization or the membership changes,
 * and shows nothing until Latch has loaded. It hides content; it does not secure it: the server must check
 * the same role or permission for itself (the session token's `o` claim carries them).
 * @slot - Content for users who pass the check.
 * @slot fallback - Content for everyone else (signed out, personal account, another role).
 */
export class LatchProtect extends ControlElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    role: { attribute: false },
    permission: {},
    condition: { attribute: false },
  };
  /**
   * Role required in the active organization (`org:admin`, or `admin`). The `role` attribute is read into this
   * property and then removed: it shares its name with ARIA's, and `org:admin` is no ARIA role, so leaving it
   * would hand assistive technology (and axe) an invalid role.
   */
  override role: string | null = null;

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit finalizes this class's own attributes (`permission`) there.
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'role') {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    // Our own removal below calls back with null: that is not the author clearing the role.
    if (value === null) return;
    this.role = value;
    this.removeAttribute('role');
  }
  /** Permission required in the active organization (`org:invoices:create`). */
  permission?: string;
  /** A check of your own, given `has`; it wins over `role` and `permission`. */
  condition?: (has: Has) => boolean;

  protected shows(latch: Latch | undefined): boolean | undefined {
    if (!latch?.loaded) return undefined;
    const session = latch.session;
    if (!session || !latch.user) return false;
    // The session's own check: the authorization code comes with the account module, loaded once there is a session.
    const has: Has = (params) => session.checkAuthorization(params);
    if (this.condition) return this.condition(has);
    if (this.role) return has({ role: this.role });
    if (this.permission) return has({ permission: this.permission });
    return true;
  }
}
