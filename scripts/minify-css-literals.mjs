// Build-time minification of the CSS our modules keep in `/* css */` template literals (the `*.styles.ts` modules,
// the modal's, the social buttons' and the phone field's): the JS minifier leaves string contents alone, and the
// base stylesheet is the largest literal we ship.
// Conservative on purpose: drops comments and collapses whitespace, keeping one space where CSS needs it (a
// descendant combinator, `+` and `-` in calc()); drops the zero before a decimal point and the spaces around
// `*` and `/` between numbers or parentheses (calc() operands; never the universal selector `*`).
const LITERAL = /\/\* css \*\/\s*`([^`]*)`/g;

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(?<=[)\d])\s*([*/])\s*(?=[\d.(])/g, '$1')
    .replace(/(?<=^|[\s:,(*/])(-?)0+\.(?=\d)/g, '$1.')
    .replace(/\s+!important/g, '!important')
    .trim();
}

export function minifyCssLiterals(code) {
  return code.replace(LITERAL, (_match, css) => `\`${minifyCss(css)}\``);
}

/** Modules of ours whose code may hold `/* css *\/` literals. */
const isOwnModule = (id) => /\/src\/.*\.ts$/.test(id) && !id.includes('/node_modules/');

/** Vite plugin: applies minifyCssLiterals to our TypeScript modules in production builds. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'latch-minify-css-literals',
    apply: 'build',
    // Before the TypeScript transform, which drops the `/* css */` comments this plugin looks for.
    enforce: 'pre',
    transform(code, id) {
      if (!isOwnModule(id) || !code.includes('/* css */')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** esbuild plugin: the same, for scripts/size.mjs. */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'latch-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(args.path, 'utf8');
        if (!isOwnModule(args.path) || !code.includes('/* css */')) return undefined;
        return { contents: minifyCssLiterals(code), loader: 'ts' };
      });
    },
  };
}
