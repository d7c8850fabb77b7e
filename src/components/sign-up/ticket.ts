import { LatchApiError } from '../../api/errors.js';
import type { SignUpCreateParams } from '../../api/fapi.js';
import type { SignUp } from '../../resources/index.js';

/**
 * Sign-up with an invitation ticket: the link the dev server mails from /__dev/waitlist (or a Clerk invitation)
 * carries `__clerk_ticket`. The ticket opens a sign-up whose email address is already verified by it, so the card
 * shows that address locked and asks only for what the instance still needs (password, names).
 */

/** The query param of an invitation link (Clerk's name). */
export const TICKET_PARAM = '__clerk_ticket';

/** The invitation ticket in the page URL, if any. Hash-routed links carry it before the fragment too. */
export function ticketInUrl(): string | undefined {
  return new URLSearchParams(location.search).get(TICKET_PARAM) || undefined;
}

/** A ticket is single use: once the server has answered, a reload or Back must not present it again. */
function forgetTicketInUrl(): void {
  const url = new URL(location.href);
  url.searchParams.delete(TICKET_PARAM);
  history.replaceState(history.state, '', url.href);
}

/**
 * Opens the invited sign-up (`strategy=ticket`) with the ticket of the page URL. Expired or used tickets reject
 * with the server's error (`ticket_expired`, `form_param_value_invalid` on `ticket`); a network failure keeps the
 * ticket in the URL so that a retry can use it.
 */
export async function redeemTicket(signUp: SignUp, ticket: string): Promise<SignUp> {
  try {
    const opened = await signUp.create({ strategy: 'ticket', ticket });
    forgetTicketInUrl();
    return opened;
  } catch (error) {
    if (error instanceof LatchApiError) forgetTicketInUrl();
    throw error;
  }
}

/** Whether the sign-up in progress came from an invitation: its address is verified by the ticket and fixed. */
export function isInvitedSignUp(signUp: SignUp | undefined): boolean {
  const verification = signUp?.verifications.emailAddress;
  return (
    signUp?.status === 'missing_requirements' &&
    verification?.strategy === 'ticket' &&
    verification.status === 'verified'
  );
}

/**
 * Sends the start form: an invited sign-up is completed with an update (its address stays the invited one),
 * any other starts a new sign-up.
 */
export function submitSignUp(signUp: SignUp, params: SignUpCreateParams): Promise<SignUp> {
  if (!isInvitedSignUp(signUp)) return signUp.create(params);
  const { emailAddress: _invited, ...rest } = params;
  return signUp.update(rest);
}
