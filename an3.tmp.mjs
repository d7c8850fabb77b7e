import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function gz(contents, name) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, tsconfig: 'tsconfig.json', target: 'es2022' });
  console.log(name.padEnd(14), gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
}
await gz(`export * from './src/api/schemas/helpers.ts';`, 'helpers');
await gz(`export * from './src/api/schemas/common.ts';`, 'common');
await gz(`export * from './src/api/schemas/user.ts';`, 'user');
await gz(`export * from './src/api/schemas/client.ts';`, 'client');
await gz(`export * from './src/api/schemas/environment.ts';`, 'environment');
await gz(`export * from './src/api/schemas/errors.ts';`, 'errors');
