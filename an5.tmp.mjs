import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minifyCssLiteralsEsbuild } from './scripts/minify-css-literals.mjs';
const r = await build({ entryPoints: ['scripts/size-entries/sign-in-page.ts'], bundle: true, minify: true, splitting: true, format: 'esm', outdir: '/tmp/o', write: false, metafile: true, tsconfig: 'tsconfig.json', target: 'es2022', plugins: [minifyCssLiteralsEsbuild()] });
for (const f of r.outputFiles) console.log(f.path.split('/').pop(), gzipSync(f.contents, {level:9}).length);
for (const [p, o] of Object.entries(r.metafile.outputs)) console.log(p, o.imports.map(i => i.kind + ':' + i.path.split('/').pop()).join(' '), Object.keys(o.inputs).slice(0,6).join(','));
