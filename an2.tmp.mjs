import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function gz(contents, name) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, tsconfig: 'tsconfig.json', target: 'es2022' });
  console.log(name, gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
}
await gz(`import * as z from 'zod/mini'; export const s = z.looseObject({a: z.string()}); export const p = (x) => s.safeParse(x);`, 'zod-min-floor');
await gz(`export * from './src/api/schemas/index.ts';`, 'all-schemas');
await gz(`export { HttpFrontendApi } from './src/api/http/http-api.ts';`, 'http-api');
await gz(`export { enUS } from './src/localization/en-US.ts';`, 'enUS');
await gz(`export { createLocalizer } from './src/localization/index.ts';`, 'localizer');
await gz(`export { resolveAppearance, classesFor, variablesToCss, elementsToCss } from './src/appearance/index.ts';`, 'appearance');
await gz(`import {LitElement, html, css} from 'lit'; import {property,state} from 'lit/decorators.js'; export {LitElement, html, css, property, state};`, 'lit');
await gz(`export { Latch } from './src/core/index.ts';`, 'core(all deps)');
await gz(`export * from './src/resources/index.ts';`, 'resources');
