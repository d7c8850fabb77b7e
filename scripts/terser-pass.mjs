// A second minification pass with terser over what the bundler's own minifier (oxc) produced, for the script-tag
// builds. Measured on 2026-12-02: terser alone (vite's `minify: 'terser'`) took only ~50 B gzip off dist/latch.js
// compared with oxc, while terser run over oxc's output takes ~600 B off it and ~50-100 B off each element chunk:
// each folds what the other leaves. Source maps are chained, so they still point at our sources.
import { minify } from 'terser';

/** The bundler's pointer to the chunk's source map, which terser would drop with the other comments. */
const MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/**
 * V8's explicit compile hint (Chrome 136+): every function of a file that starts with it is compiled eagerly, on the
 * background thread that streams the file in, instead of lazily on the main thread when first called. For the files
 * whose code runs on load (the loader, an element's chunk), that takes their compilation off the critical path:
 * measured with `npm run bench` (4x CPU), the sign-in card showed ~10-20 % sooner. Other engines ignore the comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * `module`: the output is an ES module (chunks), so its top-level names are private to it and can be mangled.
 * `compileHint(chunk, bundle)`: whether the chunk starts with COMPILE_HINT (the code of the files a page runs on load).
 */
export function terserPass({ module, compileHint = () => false }) {
  return {
    name: 'latch-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapComment = MAP_COMMENT.exec(chunk.code)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - mapComment.length), {
          ecma: 2020,
          module,
          toplevel: module,
          compress: { passes: 3, ecma: 2020 },
          // The hint as terser's preamble: its own line at the top, which the source map accounts for.
          format: { comments: false, preamble: compileHint(chunk, bundle) ? COMPILE_HINT : undefined },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), asObject: true } : false,
        });
        chunk.code = result.code + mapComment;
        if (chunk.map && result.map) Object.assign(chunk.map, result.map);
        // The bundler has already turned its own map into the `.map` file: that file gets terser's chained map,
        // or it would describe the code before this pass.
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (result.map && mapFile?.type === 'asset') mapFile.source = JSON.stringify(result.map);
      }
    },
  };
}
