import { expect } from '@open-wc/testing';
import { ELEMENT_KEYS } from '../../../src/appearance/element-keys.js';

describe('ELEMENT_KEYS', () => {
  it('holds the 264 core descriptors, unique and camelCase', () => {
    expect(ELEMENT_KEYS).to.have.length(264);
    expect(new Set(ELEMENT_KEYS).size).to.equal(ELEMENT_KEYS.length);
    for (const key of ELEMENT_KEYS) expect(key, key).to.match(/^[a-z][A-Za-z]*$/);
  });

  it('includes the keys the sign-in card is built from', () => {
    expect(ELEMENT_KEYS).to.include.members([
      'rootBox',
      'cardBox',
      'card',
      'headerTitle',
      'formField',
      'formFieldInput',
      'formButtonPrimary',
      'formFieldInputShowPasswordButton',
      'footerActionLink',
      'userButtonTrigger',
    ]);
  });
});
