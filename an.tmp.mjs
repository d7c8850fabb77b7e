import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minifyCssLiteralsEsbuild } from './scripts/minify-css-literals.mjs';
const r = await build({ entryPoints: ['scripts/size-entries/sign-in-page.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, tsconfig: 'tsconfig.json', target: 'es2022', plugins: [minifyCssLiteralsEsbuild()] });
console.log('total gz', gzipSync(r.outputFiles[0].contents, {level: 9}).length);
const inputs = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
const groups = {};
for (const [f, v] of Object.entries(inputs)) groups[f] = v.bytesInOutput;
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(b).padStart(8), g);
