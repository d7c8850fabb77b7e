import { expect } from '@open-wc/testing';
import { buildUrl, camelToSnake, toFormBody } from '../../../src/api/http/wire.js';

describe('wire encoding', () => {
  it('converts camelCase keys to snake_case', () => {
    expect(camelToSnake('emailAddressId')).to.equal('email_address_id');
    expect(camelToSnake('actionCompleteRedirectUrl')).to.equal('action_complete_redirect_url');
    expect(camelToSnake('already_snake')).to.equal('already_snake');
  });

  it('encodes a form body', () => {
    const body = toFormBody({
      emailAddress: 'a@b.co',
      password: 'p@ss word&=',
      legalAccepted: true,
      limit: 10,
      skipped: undefined,
      organizationId: null,
      unsafeMetadata: { favoriteColor: 'blue', nested: { a: 1 } },
      roles: ['admin', 'member'],
    });
    expect([...body.entries()]).to.deep.equal([
      ['email_address', 'a@b.co'],
      ['password', 'p@ss word&='],
      ['legal_accepted', 'true'],
      ['limit', '10'],
      ['organization_id', ''],
      ['unsafe_metadata', '{"favoriteColor":"blue","nested":{"a":1}}'],
      ['roles', 'admin'],
      ['roles', 'member'],
    ]);
    expect(body.toString()).to.contain('password=p%40ss+word%26%3D');
  });

  it('encodes an empty body for no params', () => {
    expect(toFormBody(undefined).toString()).to.equal('');
    expect(toFormBody({ a: undefined }).toString()).to.equal('');
  });

  it('builds URLs with query params', () => {
    expect(buildUrl('https://h.dev/v1', '/client', { a: 'x', b: undefined, c: ['1', '2'] })).to.equal(
      'https://h.dev/v1/client?a=x&c=1&c=2',
    );
    expect(buildUrl('https://h.dev/__clerk/v1/', 'client/sign_ins')).to.equal(
      'https://h.dev/__clerk/v1/client/sign_ins',
    );
  });
});
