import { expect } from '@open-wc/testing';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { buildPublishableKey, parsePublishableKey } from '../../../src/api/http/publishable-key.js';

const testKey = `pk_test_${btoa('foo-bar-13.clerk.accounts.dev$').replace(/=+$/, '')}`;
const liveKey = `pk_live_${btoa('clerk.example.com$').replace(/=+$/, '')}`;

function expectInvalid(key: unknown) {
  try {
    parsePublishableKey(key);
  } catch (error) {
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect((error as LatchRuntimeError).code).to.equal('invalid_publishable_key');
    return;
  }
  expect.fail(`expected ${String(key)} to be rejected`);
}

describe('parsePublishableKey', () => {
  it('decodes a development key', () => {
    expect(parsePublishableKey(testKey)).to.deep.equal({
      instanceType: 'development',
      frontendApi: 'foo-bar-13.clerk.accounts.dev',
    });
  });

  it('decodes a production key', () => {
    expect(parsePublishableKey(liveKey)).to.deep.equal({
      instanceType: 'production',
      frontendApi: 'clerk.example.com',
    });
  });

  it('accepts padded base64 and hosts with a port', () => {
    const key = `pk_test_${btoa('latch-dev.localhost:4000$')}`;
    expect(parsePublishableKey(key).frontendApi).to.equal('latch-dev.localhost:4000');
  });

  it('uses the proxy URL as frontendApi when given', () => {
    expect(parsePublishableKey(liveKey, { proxyUrl: 'https://app.example.com/__clerk' }).frontendApi).to.equal(
      'https://app.example.com/__clerk',
    );
  });

  it('maps the domain option to clerk.{domain} in production only', () => {
    expect(parsePublishableKey(liveKey, { domain: 'https://satellite.dev/' }).frontendApi).to.equal(
      'clerk.satellite.dev',
    );
    expect(parsePublishableKey(testKey, { domain: 'satellite.dev' }).frontendApi).to.equal(
      'foo-bar-13.clerk.accounts.dev',
    );
  });

  it('round-trips buildPublishableKey', () => {
    expect(parsePublishableKey(buildPublishableKey('latch-dev.localhost'))).to.deep.equal({
      instanceType: 'development',
      frontendApi: 'latch-dev.localhost',
    });
    expect(parsePublishableKey(buildPublishableKey('clerk.a.com', 'production')).instanceType).to.equal('production');
  });

  it('rejects malformed keys', () => {
    expectInvalid(undefined);
    expectInvalid('');
    expectInvalid('sk_test_Zm9vLmRldiQ'); // secret key prefix
    expectInvalid('pk_prod_Zm9vLmRldiQ'); // unknown environment
    expectInvalid(`pk_test_${btoa('foo.dev$')}_extra`); // too many parts
    expectInvalid('pk_test_!!!notbase64'); // not base64
    expectInvalid(`pk_test_${btoa('foo.dev')}`); // no terminating $
    expectInvalid(`pk_test_${btoa('foo.dev$$')}`); // two $
    expectInvalid(`pk_test_${btoa('localhost$')}`); // no dot
    expectInvalid(`pk_test_${btoa('evil.com/path?x=$')}`); // not a bare host
    expectInvalid(`pk_test_${btoa('a b.com$')}`);
  });
});
