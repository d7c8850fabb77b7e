import type { SignIn } from '../../resources/index.js';

/** The first factors this element can complete today. Others the server offers are not shown. */
const SUPPORTED = ['password', 'email_code'] as const;
export type FirstFactorStrategy = (typeof SUPPORTED)[number];

export interface FirstFactor {
  strategy: FirstFactorStrategy;
  safeIdentifier?: string;
  emailAddressId?: string;
}

export function firstFactorsOf(signIn: SignIn): FirstFactor[] {
  const factors: FirstFactor[] = [];
  for (const factor of signIn.supportedFirstFactors ?? []) {
    const strategy = factor.strategy as FirstFactorStrategy;
    if (!SUPPORTED.includes(strategy) || factors.some((f) => f.strategy === strategy)) continue;
    factors.push({
      strategy,
      safeIdentifier: factor.safeIdentifier ?? undefined,
      emailAddressId: factor.emailAddressId ?? undefined,
    });
  }
  return factors;
}

/**
 * Picks the factor to show first: the instance's preferred strategy (`password` or `otp`) when offered,
 * else password, else an email code.
 */
export function chooseFirstFactor(factors: FirstFactor[], preferred?: string | null): FirstFactor | undefined {
  const byStrategy = (s: FirstFactorStrategy) => factors.find((f) => f.strategy === s);
  if (preferred === 'otp') return byStrategy('email_code') ?? byStrategy('password');
  return byStrategy('password') ?? byStrategy('email_code');
}
