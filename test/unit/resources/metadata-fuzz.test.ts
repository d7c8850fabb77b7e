/**
 * Property: application metadata is data. Whatever its keys (snake_case, `__proto__`, `constructor`, random
 * Unicode) and values, it crosses the wire encoding and the resources' camelCase view unchanged, and it never
 * reaches `Object.prototype`. One deliberate exception: zod drops an own `__proto__` key at the top level of a
 * parsed object (it copies keys, and refuses that one rather than set a prototype), so it is absent after parsing.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toFormBody } from '../../../src/api/http/wire.js';
import { MemoryFrontendApi } from '../../../src/api/index.js';
import { Latch } from '../../../src/core/index.js';
import { hostileText, utf16 } from '../../fuzz/hostile-text.js';
import { fuzzParameters, fuzzTimeout } from '../../fuzz/settings.js';

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'first_name', 'expire_at', 'public_metadata', 'toString'),
  utf16,
  hostileText,
);
const value = fc.jsonValue({ maxDepth: 3 });
/** Plain JSON objects with hostile keys, as an application would pass them. */
const metadataJson = fc
  .array(fc.tuple(key, fc.oneof(value, fc.dictionary(key, value, { maxKeys: 3 }))), { maxLength: 6 })
  .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>);
/** An own `__proto__` key, as JSON.parse makes it (not a prototype write). */
const withProtoKey = fc
  .tuple(metadataJson, value)
  .map(([metadata, proto]) => JSON.parse(`{"__proto__":${JSON.stringify(proto)},"x":${JSON.stringify(metadata)}}`));

/** What the schema boundary hands over: the same object minus a top-level own `__proto__` key. */
function afterParsing(metadata: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metadata).filter(([name]) => name !== '__proto__'));
}

describe('metadata stays data (fast-check)', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('survives the form encoding unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(metadataJson, withProtoKey), (unsafeMetadata) => {
        const wire = toFormBody({ unsafeMetadata }).get('unsafe_metadata');
        expect(JSON.parse(wire!)).to.deep.equal(unsafeMetadata);
      }),
      fuzzParameters(200),
    );
  });

  it('comes back unchanged from a sign-up, and on the user it creates', async function () {
    this.timeout(fuzzTimeout(30_000));
    await fc.assert(
      fc.asyncProperty(fc.oneof(metadataJson, withProtoKey), async (unsafeMetadata) => {
        const api = new MemoryFrontendApi({ verificationCode: '424242' });
        const latch = new Latch(undefined, { api, routerPush: () => undefined, routerReplace: () => undefined });
        await latch.load();
        const signUp = latch.client!.signUp;
        await signUp.create({ emailAddress: 'meta@example.com', password: 'a-long-enough-secret', unsafeMetadata });
        const expected = afterParsing(unsafeMetadata);
        expect(signUp.unsafeMetadata).to.deep.equal(expected);
        await signUp.prepareVerification({ strategy: 'email_code' });
        await signUp.attemptVerification({ strategy: 'email_code', code: '424242' });
        expect(latch.user?.unsafeMetadata).to.deep.equal(expected);
      }),
      fuzzParameters(30),
    );
  });
});
