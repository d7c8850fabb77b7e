import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { translations as english } from '@zxcvbn-ts/language-en';
import { zxcvbnOptions } from '../../src/components/sign-up/zxcvbn-options.js';

/**
 * The server's copy of the strength estimate the sign-up card shows (same library, same dictionaries), so an
 * instance's `min_zxcvbn_strength` is enforced with the score the user saw. The dictionaries are large: the
 * estimator is built on first use, never at start-up.
 */
let estimator: ZxcvbnFactory | undefined;

export interface PasswordStrength {
  /** 0 (guessable) to 4 (very unguessable). */
  score: number;
  /** Clerk's `meta.zxcvbn.suggestions`: zxcvbn's suggestion codes, each with its English sentence. */
  feedback: { suggestions: Array<{ code: string; message: string }> };
}

export function passwordStrength(password: string): PasswordStrength {
  // Without translations zxcvbn-ts answers with its message keys, which are the codes Clerk's errors carry.
  estimator ??= new ZxcvbnFactory(zxcvbnOptions);
  const result = estimator.check(password);
  const sentences = english.suggestions as Record<string, string>;
  return {
    score: result.score,
    feedback: {
      suggestions: result.feedback.suggestions.map((code) => ({ code, message: sentences[code] ?? code })),
    },
  };
}
