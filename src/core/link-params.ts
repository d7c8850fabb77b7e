/**
 * The query params that emailed links put in a page URL (Clerk's names). `__clerk_status` carries one of two things:
 * - where an email link sent the browser back (`verified`, `verified_switch_tab`, `expired`, `failed`,
 *   `client_mismatch`): the card shows a landing;
 * - next to an invitation's `__clerk_ticket`, which flow the ticket is for (`sign_up` for a new user, `sign_in` for
 *   one who has an account, `complete` when nothing is left to do). A page may show both cards, and a ticket is
 *   single use: only the card it names redeems it.
 */

export const LINK_STATUS_PARAM = '__clerk_status';
export const TICKET_PARAM = '__clerk_ticket';

export type TicketFlow = 'sign_in' | 'sign_up';

const TICKET_TARGETS: ReadonlySet<string> = new Set(['sign_in', 'sign_up', 'complete']);

/**
 * The status of an email link's landing in `href`, if any. An email link's landing carries no ticket: next to a
 * ticket, `__clerk_status` names the ticket's flow. (FlowElement.emailLinkStatus applies the same rule inline, so
 * that the cards' first chunks do not fetch this module.)
 */
export function emailLinkStatus(href: string = location.href): string | undefined {
  const params = new URL(href).searchParams;
  return (!params.has(TICKET_PARAM) && params.get(LINK_STATUS_PARAM)) || undefined;
}

/**
 * Whether `search` holds an invitation ticket for `flow` to redeem: a ticket that names this flow, or names none
 * (a link built by hand, or by a server that does not say).
 */
export function hasTicketFor(flow: TicketFlow, search: string = location.search): boolean {
  const params = new URLSearchParams(search);
  if (!params.get(TICKET_PARAM)) return false;
  const target = params.get(LINK_STATUS_PARAM);
  return !target || !TICKET_TARGETS.has(target) || target === flow;
}
