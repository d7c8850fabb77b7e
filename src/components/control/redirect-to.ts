import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { BuildAuthUrlOptions, Latch } from '../../core/latch.js';
import { ControlElement } from './control-element.js';

/**
 * True when no control element above `el` hides it. Light-DOM children of `<latch-signed-out>` stay connected
 * while their slot is not rendered, so "connected" alone does not mean "shown": a child sits in a rendered slot
 * exactly when `assignedSlot` is set.
 */
export function shownByControlAncestors(el: Element): boolean {
  let node: Element = el;
  for (let parent = node.parentElement; parent; node = parent, parent = parent.parentElement) {
    if (parent instanceof ControlElement && !node.assignedSlot) return false;
  }
  return true;
}

/**
 * Base of the `RedirectTo*` control elements: render nothing, and once Latch has loaded (and no control element
 * above hides them) navigate once per connection, as Clerk's components do when they mount.
 */
abstract class RedirectElement extends ControlElement {
  #done = false;

  protected shows(): boolean | undefined {
    return undefined;
  }

  override render(): typeof nothing {
    return nothing;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#done = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    void this.#maybeRedirect();
  }

  async #maybeRedirect(): Promise<void> {
    const latch = this.latchController.latch;
    if (this.#done || !latch?.loaded) return;
    // A state element above whose chunk has not arrived yet is no ControlElement yet, and would not hide this one:
    // a signed-in user was sent to sign in by `<latch-signed-out><latch-redirect-to-sign-in>` whenever this chunk
    // ran first. Its definition decides, then its render.
    await Promise.all(
      ancestors(this)
        .filter((a) => STATE_ELEMENTS.has(a.localName) && !customElements.get(a.localName))
        .map((a) => customElements.whenDefined(a.localName)),
    );
    // Let the control elements above render their slots for the same state change first.
    await Promise.all(
      ancestors(this)
        .filter((a): a is ControlElement => a instanceof ControlElement)
        .map((a) => a.updateComplete),
    );
    if (this.#done || !this.isConnected || !shownByControlAncestors(this)) return;
    this.#done = true;
    await this.redirect(latch);
  }

  protected abstract redirect(latch: Latch): Promise<void>;
}

/** The elements that show or hide their children by Latch's state (control/state-elements.ts, a chunk of its own). */
const STATE_ELEMENTS = new Set(
  'signed-in signed-out loaded loading failed degraded protect'.split(' ').map((name) => `latch-${name}`),
);

function ancestors(el: Element): Element[] {
  const list: Element[] = [];
  for (let parent = el.parentElement; parent; parent = parent.parentElement) list.push(parent);
  return list;
}

/** Clerk's redirect props of `<RedirectToSignIn/>` / `<RedirectToSignUp/>`, as properties and attributes. */
abstract class AuthRedirectElement extends RedirectElement {
  // Lit reactive properties, declared statically (no decorator helpers in the bundles).
  static override properties: PropertyDeclarations = {
    signInForceRedirectUrl: { attribute: 'sign-in-force-redirect-url' },
    signInFallbackRedirectUrl: { attribute: 'sign-in-fallback-redirect-url' },
    signUpForceRedirectUrl: { attribute: 'sign-up-force-redirect-url' },
    signUpFallbackRedirectUrl: { attribute: 'sign-up-fallback-redirect-url' },
    redirectUrl: { attribute: 'redirect-url' },
  };
  signInForceRedirectUrl?: string;
  signInFallbackRedirectUrl?: string;
  signUpForceRedirectUrl?: string;
  signUpFallbackRedirectUrl?: string;
  /** Where to come back to after authenticating (`redirect_url`); default: this page. */
  redirectUrl?: string;

  protected get authOptions(): BuildAuthUrlOptions {
    return {
      redirectUrl: this.redirectUrl,
      signInForceRedirectUrl: this.signInForceRedirectUrl,
      signInFallbackRedirectUrl: this.signInFallbackRedirectUrl,
      signUpForceRedirectUrl: this.signUpForceRedirectUrl,
      signUpFallbackRedirectUrl: this.signUpFallbackRedirectUrl,
    };
  }
}

/** @summary Sends the visitor to the sign-in page, with `redirect_url` back here (Clerk's `<RedirectToSignIn/>`). */
export class LatchRedirectToSignIn extends AuthRedirectElement {
  protected redirect(latch: Latch): Promise<void> {
    return latch.redirectToSignIn(this.authOptions);
  }
}

/** @summary Sends the visitor to the sign-up page, with `redirect_url` back here (Clerk's `<RedirectToSignUp/>`). */
export class LatchRedirectToSignUp extends AuthRedirectElement {
  protected redirect(latch: Latch): Promise<void> {
    return latch.redirectToSignUp(this.authOptions);
  }
}

/** @summary Sends the user to the user profile page (Clerk's `<RedirectToUserProfile/>`). */
export class LatchRedirectToUserProfile extends RedirectElement {
  protected redirect(latch: Latch): Promise<void> {
    return latch.redirectToUserProfile();
  }
}

/** @summary Sends the user to the organization profile page (Clerk's `<RedirectToOrganizationProfile/>`). */
export class LatchRedirectToOrganizationProfile extends RedirectElement {
  protected redirect(latch: Latch): Promise<void> {
    return latch.redirectToOrganizationProfile();
  }
}

/** @summary Sends the user to the create-organization page (Clerk's `<RedirectToCreateOrganization/>`). */
export class LatchRedirectToCreateOrganization extends RedirectElement {
  protected redirect(latch: Latch): Promise<void> {
    return latch.redirectToCreateOrganization();
  }
}
