import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function gz(body, name) {
  const contents = `import * as z from 'zod/mini'; export const s = ${body}; export const p = (x) => s.safeParse(x);`;
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
  console.log(name.padEnd(14), gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
}
await gz(`z.looseObject({a: z.string()})`, 'floor');
await gz(`z.looseObject({a: z.string(), b: z.number(), c: z.boolean(), d: z.array(z.string()), e: z.optional(z.nullable(z.string()))})`, '+basic');
await gz(`z.looseObject({a: z._default(z.string(), ''), b: z.number(), c: z.boolean(), d: z.array(z.string()), e: z.optional(z.nullable(z.string()))})`, '+default');
await gz(`z.looseObject({a: z._default(z.string(), ''), b: z.pipe(z.nullish(z.array(z.string())), z.transform(v => v ?? [])), e: z.optional(z.nullable(z.string()))})`, '+pipe');
await gz(`z.looseObject({a: z._default(z.string(), ''), b: z.record(z.string(), z.unknown()), c: z.literal('x'), e: z.optional(z.nullable(z.string()))})`, '+record-lit');
await gz(`z.looseObject({a: z._default(z.string(), ''), b: z.prefault(z.object({}), {}), c: z.union([z.string(), z.number()])})`, '+prefault-union');
