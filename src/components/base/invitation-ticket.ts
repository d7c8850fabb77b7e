import { LatchApiError } from '../../api/errors.js';
import { hasTicketFor, LINK_STATUS_PARAM, TICKET_PARAM, type TicketFlow } from '../../core/link-params.js';

/**
 * The invitation ticket of an emailed link (`__clerk_ticket`, Clerk's name): a sign-up redeems it for a new user
 * (src/components/sign-up/ticket.ts), a sign-in for a user who already has an account (organization invitations).
 */

/**
 * The invitation ticket in the page URL for `flow` to redeem, if any: a link that names the other flow
 * (`__clerk_status`) leaves it to the other card on the page. Hash-routed links carry it before the fragment too.
 */
export function ticketInUrl(flow: TicketFlow): string | undefined {
  return (hasTicketFor(flow) && new URLSearchParams(location.search).get(TICKET_PARAM)) || undefined;
}

/** A ticket is single use: once the server has answered, a reload or Back must not present it again. */
function forgetTicketInUrl(): void {
  const url = new URL(location.href);
  url.searchParams.delete(TICKET_PARAM);
  // The ticket's target flow (core/link-params.ts) goes with it.
  url.searchParams.delete(LINK_STATUS_PARAM);
  history.replaceState(history.state, '', url.href);
}

/**
 * Opens a sign-in or sign-up with `strategy=ticket`. Expired or used tickets reject with the server's error
 * (`ticket_expired`, `form_param_value_invalid` on `ticket`) and leave the URL; a network failure keeps the ticket
 * in the URL so that a retry can use it.
 */
export async function redeemTicket<T>(
  flow: { create(params: { strategy: 'ticket'; ticket: string }): Promise<T> },
  ticket: string,
): Promise<T> {
  try {
    const opened = await flow.create({ strategy: 'ticket', ticket });
    forgetTicketInUrl();
    return opened;
  } catch (error) {
    if (error instanceof LatchApiError) forgetTicketInUrl();
    throw error;
  }
}
