/** Hash and path routing share the URL: every flow on the page follows a step change that another one made. */
import { expect } from '@open-wc/testing';
import { FlowRouter } from '../../../src/router/flow-router.js';

describe('FlowRouter', () => {
  const start = location.href;
  const routers: FlowRouter[] = [];
  const make = (mode: 'hash' | 'path' | 'virtual', onChange: () => void, base = '') => {
    const router = new FlowRouter(mode, base, onChange);
    router.connect();
    routers.push(router);
    return router;
  };

  afterEach(() => {
    for (const router of routers.splice(0)) router.disconnect();
    history.replaceState(null, '', start);
  });

  it('tells a second hash-routed flow when the first leaves a step through the History API', () => {
    history.replaceState(null, '', '#/sso-callback');
    const seen: string[] = [];
    const signIn = make('hash', () => seen.push(`sign-in:${signIn.current}`));
    const signUp = make('hash', () => seen.push(`sign-up:${signUp.current}`));
    signUp.navigate('');
    expect(location.hash).to.equal('');
    expect(seen).to.have.members(['sign-in:', 'sign-up:']);
  });

  it('starts a virtual flow at its initial step without announcing a move; later moves are announced', () => {
    const seen: string[] = [];
    const router = make('virtual', () => seen.push(router.current));
    router.startAt('/continue/');
    expect(router.current).to.equal('continue');
    expect(seen, 'a first step is not a step change (it would take the focus to the heading)').to.deep.equal([]);
    router.navigate('verify-email-address');
    expect(seen).to.deep.equal(['verify-email-address']);
  });

  it('tells path-routed flows too, and stops telling a disconnected one', () => {
    const seen: string[] = [];
    const one = make('path', () => seen.push('one'), '/flows');
    make('path', () => seen.push('two'), '/flows');
    one.disconnect();
    const other = make('path', () => seen.push('three'), '/flows');
    other.navigate('factor-one');
    expect(location.pathname).to.equal('/flows/factor-one');
    expect(seen).to.have.members(['two', 'three']);
  });

  it('keeps a virtual flow to itself', () => {
    const seen: string[] = [];
    make('hash', () => seen.push('hash'));
    const virtual = make('virtual', () => seen.push('virtual'));
    virtual.navigate('factor-two');
    expect(virtual.current).to.equal('factor-two');
    expect(seen).to.deep.equal(['virtual']);
  });
});
