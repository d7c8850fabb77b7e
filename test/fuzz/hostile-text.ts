/**
 * Arbitraries for user-controlled text: random Unicode (lone surrogates included) mixed with markup, template
 * and link syntax, bidi controls and huge strings. Markup payloads mark whatever element they would create
 * (`data-pwn`, `<pwn-x>`, a `window.__pwned` write), so a test can tell an injected node from its own.
 */
import fc from 'fast-check';

export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1" data-pwn>',
  '<pwn-x data-pwn></pwn-x>',
  '"><svg onload=window.__pwned=1 data-pwn>',
  "'><iframe data-pwn srcdoc=x></iframe>",
  '<b data-pwn>bold</b>',
  '&lt;b data-pwn&gt;',
  '<!--',
  '</latch-sign-in></div>',
  '{{applicationName}}',
  '{{ user.firstName | link("x") }}',
  '{{',
  '}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's syntax, as text, is the payload.
  '${window.__pwned=1}',
  '[click](javascript:window.__pwned=1)',
  '[prize](https://evil.example/)',
  '\\[x\\](https://evil.example/)',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\u200B\u200D\uFEFF',
  '\u0000\u0007\u001B',
  'e\u0301',
  'Z\u0335\u0321\u0317\u0324',
  '👨‍👩‍👧‍👦',
  '🇫🇷',
  'محمد',
  'שָׁלוֹם',
  'क्षत्रिय',
  '민준',
  '\uD800',
  '\uDFFF',
] as const;

/** Any UTF-16 code unit, lone surrogates and controls included. */
export const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** A non-empty hostile string: payloads, random graphemes and raw UTF-16, glued together; sometimes huge. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PAYLOADS), utf16, fc.string({ unit: 'grapheme', maxLength: 8 })), {
        minLength: 1,
        maxLength: 5,
      })
      .map((parts) => parts.join(''))
      .filter((text) => text.length > 0),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS).map((payload) => payload.repeat(2_000)) },
);

/** What must never exist in a subtree that rendered hostile text. */
export const INJECTED =
  'script, iframe, object, embed, pwn-x, [data-pwn], a[href^="javascript"], a[href*="evil.example"]';

/** Problems in `root` that only injected markup could cause. */
export function injectionProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const node of root.querySelectorAll(INJECTED)) problems.push(`injected <${node.localName}>`);
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of node.getAttributeNames()) {
      if (attribute.startsWith('on')) problems.push(`event handler attribute ${attribute} on <${node.localName}>`);
    }
  }
  if ((globalThis as { __pwned?: unknown }).__pwned !== undefined) problems.push('a payload ran');
  return problems;
}
