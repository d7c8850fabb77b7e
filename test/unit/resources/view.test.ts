import { expect } from '@open-wc/testing';
import { assignView, toView } from '../../../src/resources/view.js';

describe('toView', () => {
  it('camelCases keys at every depth and turns *_at epoch milliseconds into Dates', () => {
    const view = toView({
      created_session_id: 'sess_1',
      first_factor_verification: { expire_at: 1_700_000_000_000, next_action: 'needs_attempt' },
      supported_first_factors: [{ email_address_id: 'idn_1' }],
      abandon_at: null,
    }) as Record<string, unknown>;
    expect(view.createdSessionId).to.equal('sess_1');
    const verification = view.firstFactorVerification as Record<string, unknown>;
    expect(verification.expireAt).to.be.instanceOf(Date);
    expect((verification.expireAt as Date).getTime()).to.equal(1_700_000_000_000);
    expect(verification.nextAction).to.equal('needs_attempt');
    expect(view.supportedFirstFactors).to.deep.equal([{ emailAddressId: 'idn_1' }]);
    expect(view.abandonAt).to.equal(null);
  });

  it('hands application data over untouched and keeps attribute and strategy names', () => {
    const view = toView({
      public_metadata: { plan_tier: { seat_count: 3 } },
      actor: { sub: 'user_2', act_as: 'x' },
      attributes: { email_address: { used_for_first_factor: true } },
      social: { oauth_google: { not_selectable: false } },
    }) as Record<string, unknown>;
    expect(view.publicMetadata).to.deep.equal({ plan_tier: { seat_count: 3 } });
    expect(view.actor).to.deep.equal({ sub: 'user_2', act_as: 'x' });
    expect(view.attributes).to.deep.equal({ email_address: { usedForFirstFactor: true } });
    expect(view.social).to.deep.equal({ oauth_google: { notSelectable: false } });
  });

  it('drops keys that are not snake_case, so they cannot land on a checked field', () => {
    const view = toView({
      supported_first_factors: [{ strategy: 'password' }],
      supportedFirstFactors: 5,
      Weird: true,
      attributes: { email_address: { enabled: true, usedForFirstFactor: 'x' } },
    }) as Record<string, unknown>;
    expect(view.supportedFirstFactors).to.deep.equal([{ strategy: 'password' }]);
    expect(view).to.not.have.property('Weird');
    expect(view.attributes).to.deep.equal({ email_address: { enabled: true } });
  });

  it('ignores a __proto__ key instead of changing the prototype', () => {
    const view = toView(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as object) as Record<
      string,
      unknown
    >;
    expect(view.id).to.equal('x');
    expect(Object.getPrototypeOf(view)).to.equal(Object.prototype);
    expect(view.polluted).to.equal(undefined);
  });
});

describe('assignView', () => {
  class Resource {
    id = '';
    get fullName(): string {
      return 'derived';
    }
    reload(): string {
      return 'method';
    }
  }

  it('sets fields, but never over a getter or a method of the resource', () => {
    const resource = assignView(new Resource(), { id: 'user_1', fullName: 'from the server', reload: 1, extra: true });
    expect(resource.id).to.equal('user_1');
    expect(resource.fullName).to.equal('derived');
    expect(resource.reload()).to.equal('method');
    expect((resource as unknown as Record<string, unknown>).extra).to.equal(true);
  });
});
