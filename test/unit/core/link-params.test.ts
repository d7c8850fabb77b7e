import { expect } from '@open-wc/testing';
import { emailLinkStatus, hasTicketFor } from '../../../src/core/link-params.js';

describe('link params (__clerk_status, __clerk_ticket)', () => {
  it("reads an email link landing from __clerk_status, and not a ticket's flow", () => {
    for (const status of ['verified', 'verified_switch_tab', 'expired', 'failed', 'client_mismatch']) {
      expect(emailLinkStatus(`https://app.test/?__clerk_status=${status}#/sign-in`), status).to.equal(status);
    }
    for (const target of ['sign_in', 'sign_up', 'complete']) {
      expect(emailLinkStatus(`https://app.test/?__clerk_ticket=t&__clerk_status=${target}`), target).to.equal(
        undefined,
      );
    }
    expect(emailLinkStatus('https://app.test/#/sign-in')).to.equal(undefined);
    // An email link's landing carries no ticket: next to one, the param is the ticket's.
    expect(emailLinkStatus('https://app.test/?__clerk_ticket=t&__clerk_status=verified')).to.equal(undefined);
  });

  it('gives a ticket to the flow it names, to either when it names none, and to neither when complete', () => {
    expect(hasTicketFor('sign_up', '?__clerk_ticket=t&__clerk_status=sign_up')).to.equal(true);
    expect(hasTicketFor('sign_in', '?__clerk_ticket=t&__clerk_status=sign_up')).to.equal(false);
    expect(hasTicketFor('sign_in', '?__clerk_ticket=t&__clerk_status=sign_in')).to.equal(true);
    expect(hasTicketFor('sign_up', '?__clerk_ticket=t&__clerk_status=sign_in')).to.equal(false);
    expect(hasTicketFor('sign_in', '?__clerk_ticket=t')).to.equal(true);
    expect(hasTicketFor('sign_up', '?__clerk_ticket=t')).to.equal(true);
    expect(hasTicketFor('sign_in', '?__clerk_ticket=t&__clerk_status=complete')).to.equal(false);
    expect(hasTicketFor('sign_up', '?__clerk_ticket=t&__clerk_status=complete')).to.equal(false);
    expect(hasTicketFor('sign_up', '?__clerk_ticket=&__clerk_status=sign_up'), 'an empty ticket').to.equal(false);
    expect(hasTicketFor('sign_up', '?__clerk_status=sign_up'), 'no ticket').to.equal(false);
  });
});
