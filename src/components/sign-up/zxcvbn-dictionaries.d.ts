/**
 * The word lists of @zxcvbn-ts/language-en, imported one by one (src/components/sign-up/zxcvbn-options.ts picks
 * them): the package types only its index, which brings every list.
 */
declare module '@zxcvbn-ts/language-en/dist/*.json.mjs' {
  const words: string[];
  export default words;
}

declare module '@zxcvbn-ts/language-en/dist/wordSequences.json.mjs' {
  const sequences: Record<string, string[]>;
  export default sequences;
}
