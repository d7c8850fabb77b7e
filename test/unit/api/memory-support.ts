/** Helpers shared by the memory adapter's unit tests. */
import { expect } from '@open-wc/testing';
import { LatchApiError } from '../../../src/api/errors.js';

/** The LatchApiError `promise` rejects with (fails the test if it resolves or rejects with anything else). */
export async function apiError(promise: Promise<unknown>): Promise<LatchApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LatchApiError);
    return error as LatchApiError;
  }
  throw new Error('expected a LatchApiError');
}

/** The adapter validates internally; re-parsing here proves the shapes also round-trip through the schemas. */
export function expectValid(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) {
  expect(schema.safeParse(value).success, JSON.stringify(value)).to.equal(true);
}
