// Build-time minification of the CSS our styles modules keep in `/* css */` template literals: the JS
// minifier leaves string contents alone, and the base stylesheet is the largest literal we ship.
// Conservative on purpose: drops comments and collapses whitespace, keeping one space where CSS needs it.
const LITERAL = /\/\* css \*\/\s*`([^`]*)`/g;

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals(code) {
  return code.replace(LITERAL, (_match, css) => `\`${minifyCss(css)}\``);
}

/** Vite plugin: applies minifyCssLiterals to `*.styles.ts` modules in production builds. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'latch-minify-css-literals',
    apply: 'build',
    // Before the TypeScript transform, which drops the `/* css */` comments this plugin looks for.
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** esbuild plugin: the same, for scripts/size.mjs. */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'latch-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssLiterals(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
