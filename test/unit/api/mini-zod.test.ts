import { expect } from '@open-wc/testing';
import * as z from '../../../src/api/mini-zod.js';

/** The zod/mini semantics the FAPI schemas rely on, kept by the small validator that replaced it. */
describe('mini-zod', () => {
  it('checks primitive kinds and names what it expected', () => {
    expect(z.string().safeParse('a')).to.deep.equal({ success: true, data: 'a' });
    for (const [schema, bad, expected] of [
      [z.string(), 1, 'string'],
      [z.number(), '1', 'number'],
      [z.number(), Number.NaN, 'number'],
      [z.boolean(), 0, 'boolean'],
      [z.array(z.string()), {}, 'array'],
      [z.looseObject({}), [], 'object'],
      [z.looseObject({}), null, 'object'],
    ] as const) {
      const result = schema.safeParse(bad);
      expect(result.success).to.equal(false);
      if (!result.success) expect(result.error.issues[0]).to.include({ code: 'invalid_type', expected });
    }
  });

  it('passes unknown keys through a loose object, drops them from a plain one, and never copies __proto__', () => {
    const input = JSON.parse('{"id":"x","extra":1,"__proto__":{"polluted":true}}');
    const loose = z.looseObject({ id: z.string() }).parse(input);
    expect(loose).to.deep.equal({ id: 'x', extra: 1 });
    expect(Object.hasOwn(loose, '__proto__')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(z.object({ id: z.string() }).parse(input)).to.deep.equal({ id: 'x' });
  });

  it('reports the path of a nested issue, one issue per bad field', () => {
    const schema = z.looseObject({ sessions: z.array(z.looseObject({ id: z.string(), n: z.number() })) });
    const result = schema.safeParse({
      sessions: [
        { id: 'a', n: 1 },
        { id: 2, n: 'x' },
      ],
    });
    expect(result.success).to.equal(false);
    if (!result.success)
      expect(result.error.issues.map((i) => i.path.join('.'))).to.deep.equal(['sessions.1.id', 'sessions.1.n']);
  });

  it('leaves an absent optional key absent, fills defaults, and parses a prefault', () => {
    const settings = z.looseObject({
      on: z._default(z.boolean(), false),
      list: z._default(z.array(z.string()), () => []),
    });
    const schema = z.looseObject({
      maybe: z.optional(z.string()),
      name: z._default(z.nullable(z.string()), null),
      settings: z.prefault(settings, {}),
    });
    const parsed = schema.parse({});
    expect(Object.hasOwn(parsed, 'maybe')).to.equal(false);
    expect(parsed).to.deep.equal({ name: null, settings: { on: false, list: [] } });
    expect(schema.parse({ maybe: 'm', name: 'n', settings: { on: true } }).settings.on).to.equal(true);
    expect(() => schema.parse({ name: 3 })).to.throw(z.SchemaError);
  });

  it('checks enums, literals and unions, and maps an output', () => {
    expect(z.enum(['a', 'b']).safeParse('c').success).to.equal(false);
    const enumResult = z.enum(['a', 'b']).safeParse('c');
    if (!enumResult.success)
      expect(enumResult.error.issues[0]).to.deep.include({ code: 'invalid_value', values: ['a', 'b'] });
    expect(z.literal('x').safeParse('x').success).to.equal(true);
    const either = z.union([z.string(), z.number()]);
    expect(either.safeParse(1).success).to.equal(true);
    expect(either.safeParse(true).success).to.equal(false);
    expect(z.map(z.optional(z.nullable(z.array(z.number()))), (value) => value ?? []).parse(null)).to.deep.equal([]);
  });
});
