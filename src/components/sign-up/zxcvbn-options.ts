/// <reference path="./zxcvbn-dictionaries.d.ts" />
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import commonWords from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import firstnames from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import lastnames from '@zxcvbn-ts/language-en/dist/lastnames.json.mjs';
import wordSequences from '@zxcvbn-ts/language-en/dist/wordSequences.json.mjs';

/**
 * The dictionaries zxcvbn-ts scores passwords with, shared by the card's strength meter and the dev server, so the
 * score a user sees is the score the server enforces. The common lists (breached passwords, diceware) and the
 * English ones (common words, first and last names, number words), but not the English Wikipedia list: it is
 * about 130 KB gzip of the meter's chunk, and half of its 29,782 words are in the other lists already.
 */
export const zxcvbnOptions = {
  dictionary: {
    ...common,
    'commonWords-en': commonWords,
    'firstnames-en': firstnames,
    'lastnames-en': lastnames,
    ...wordSequences,
  },
  graphs: adjacencyGraphs,
};
