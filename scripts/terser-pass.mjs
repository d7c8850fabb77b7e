// A second minification pass with terser over what the bundler's own minifier (oxc) produced, for the script-tag
// builds. Measured on 2026-12-02: terser alone (vite's `minify: 'terser'`) took only ~50 B gzip off dist/latch.js
// compared with oxc, while terser run over oxc's output takes ~600 B off it and ~50-100 B off each element chunk:
// each folds what the other leaves. Source maps are chained, so they still point at our sources.
import { minify } from 'terser';

/** The bundler's pointer to the chunk's source map, which terser would drop with the other comments. */
const MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/** `module`: the output is an ES module (chunks), so its top-level names are private to it and can be mangled. */
export function terserPass({ module }) {
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
          format: { comments: false },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), asObject: true } : false,
        });
        chunk.code = result.code + mapComment;
        if (chunk.map && result.map) Object.assign(chunk.map, result.map);
      }
    },
  };
}
