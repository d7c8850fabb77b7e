import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrganizationSuggestion, User, UserOrganizationInvitation } from '../../resources/index.js';

/**
 * The signed-in user's pending organization invitations and the organizations suggested to them by a verified
 * domain, as `<latch-org-list>` and `<latch-org-switcher>` show them with an accept action. Fetched once per
 * user; accepting an invitation joins at once (the client is reloaded so the membership appears, switchable),
 * accepting a suggestion sends a membership request and the suggestion stays, `accepted`, until an admin acts.
 */
export class EnrollmentLists implements ReactiveController {
  invitations: UserOrganizationInvitation[] = [];
  suggestions: OrganizationSuggestion[] = [];
  /** The id of the user whose lists are shown (fetched again for another user). */
  #listedFor = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the lists of `user` unless they are the ones shown. */
  showFor(user: User): void {
    if (this.#listedFor === user.id) return;
    this.#listedFor = user.id;
    void this.#fetch(user);
  }

  /** Forget what was fetched: the next `showFor` fetches again. */
  reset(): void {
    this.#listedFor = '';
  }

  async #fetch(user: User): Promise<void> {
    try {
      const [invitations, suggestions] = await Promise.all([
        user.getOrganizationInvitations({ status: 'pending' }),
        user.getOrganizationSuggestions(),
      ]);
      if (this.#listedFor !== user.id) return;
      this.invitations = invitations.data;
      this.suggestions = suggestions.data;
      this.host.requestUpdate();
    } catch (error) {
      this.onError(error);
    }
  }

  /** Joins the invitation's organization; `reload` brings the new membership into the client. */
  async acceptInvitation(invitation: UserOrganizationInvitation, reload: () => Promise<unknown>): Promise<void> {
    await invitation.accept();
    await reload();
    this.invitations = this.invitations.filter((i) => i !== invitation);
    this.host.requestUpdate();
  }

  /** Asks to join the suggested organization; the row then says the request awaits approval. */
  async acceptSuggestion(suggestion: OrganizationSuggestion): Promise<void> {
    const accepted = await suggestion.accept();
    this.suggestions = this.suggestions.map((s) => (s === suggestion ? accepted : s));
    this.host.requestUpdate();
  }
}
