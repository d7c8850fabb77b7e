// dist/latch.full.js holds every element in one classic script, but not the password-strength estimator
// (zxcvbn-ts and its dictionaries, ~700 KB gzip): `vite build --mode strength` writes that module alone as
// dist/latch.password-strength.js (an ES module importing nothing), and this plugin turns the sign-up card's
// `import('./password-strength.js')` into an import of that file, beside the script that ran. The URL is taken
// while the script evaluates (document.currentScript), the only time it is known. A page that cannot import
// modules from the script's origin gets no meter; the card goes on without it (sign-up.ts: loadPasswordStrength).
const IMPORT = "import('./password-strength.js')";
export const STRENGTH_FILE = 'latch.password-strength.js';

/** Vite plugin for the full build (see above). */
export function fetchStrengthBesideScript() {
  return {
    name: 'latch-full-build-strength',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/components/sign-up/sign-up.ts')) return null;
      if (!code.includes(IMPORT)) throw new Error(`sign-up.ts no longer has ${IMPORT}: update ${import.meta.url}`);
      const base =
        `const latchStrengthUrl = new URL(${JSON.stringify(STRENGTH_FILE)}, ` +
        '(document.currentScript && document.currentScript.src) || location.href).href;\n';
      return { code: base + code.replace(IMPORT, 'import(/* @vite-ignore */ latchStrengthUrl)'), map: null };
    },
  };
}
