/** With a sign-in and a sign-up card on one page, the card that went to the provider handles the return. */
import { expect } from '@open-wc/testing';
import { forgetSsoStart, handlesSsoArrival, rememberSsoStart } from '../../../src/ui/sso-arrival.js';

describe('sso-arrival', () => {
  let cards: HTMLElement;
  beforeEach(() => {
    cards = document.createElement('div');
    cards.append(document.createElement('latch-sign-in'), document.createElement('latch-sign-up'));
    document.body.append(cards);
  });
  afterEach(() => {
    cards.remove();
    forgetSsoStart();
  });

  it('lets either card handle a return nobody is known to have started', () => {
    expect(handlesSsoArrival('signIn')).to.equal(true);
    expect(handlesSsoArrival('signUp')).to.equal(true);
  });

  it('gives the return to the card that started it when both are on the page', () => {
    rememberSsoStart('signIn');
    expect(handlesSsoArrival('signIn')).to.equal(true);
    expect(handlesSsoArrival('signUp')).to.equal(false);
    rememberSsoStart('signUp');
    expect(handlesSsoArrival('signIn')).to.equal(false);
    expect(handlesSsoArrival('signUp')).to.equal(true);
  });

  it('lets the other card handle it when the starting card is not on this page', () => {
    rememberSsoStart('signIn');
    cards.querySelector('latch-sign-in')?.remove();
    expect(handlesSsoArrival('signUp')).to.equal(true);
  });

  it('forgets the start once handled', () => {
    rememberSsoStart('signUp');
    forgetSsoStart();
    expect(handlesSsoArrival('signIn')).to.equal(true);
  });
});
