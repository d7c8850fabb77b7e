import type { SignUp } from '../../resources/index.js';

/**
 * Sign-up with an invitation ticket: the link the dev server mails from /__dev/waitlist (or a Clerk invitation)
 * carries `__clerk_ticket`. The ticket opens a sign-up whose email address is already verified by it, so the card
 * shows that address locked and asks only for what the instance still needs (password, names).
 */
// The ticket itself is read and redeemed by ../base/invitation-ticket.ts, fetched only on an invitation link's page.

/** Whether the sign-up in progress came from an invitation: its address is verified by the ticket and fixed. */
export function isInvitedSignUp(signUp: SignUp | undefined): boolean {
  const verification = signUp?.verifications.emailAddress;
  return (
    signUp?.status === 'missing_requirements' &&
    verification?.strategy === 'ticket' &&
    verification.status === 'verified'
  );
}
