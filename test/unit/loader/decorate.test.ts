import { expect } from '@open-wc/testing';
import decorate from '../../../src/components/base/decorate.js';

/** The decorator helper the script-tag builds share: TypeScript's `__decorate` semantics, as compiled code calls it. */
describe('decorate (the shared decorator helper)', () => {
  it('applies member decorators last to first, with the descriptor they return defined on the target', () => {
    const calls: string[] = [];
    const target = {};
    const mark =
      (name: string) =>
      (_target: object, key: PropertyKey, descriptor?: PropertyDescriptor): PropertyDescriptor => {
        calls.push(`${name}:${String(key)}:${descriptor ? 'descriptor' : 'none'}`);
        return { value: name, configurable: true, enumerable: true };
      };
    decorate([mark('outer'), mark('inner')], target, 'field', undefined);
    expect(calls).to.deep.equal(['inner:field:none', 'outer:field:descriptor']);
    expect((target as Record<string, unknown>).field).to.equal('outer');
  });

  it('passes a class to class decorators and returns what they return', () => {
    class Original {}
    class Replaced {}
    expect(decorate([() => Replaced], Original)).to.equal(Replaced);
    expect(decorate([() => undefined], Original)).to.equal(Original);
  });
});
