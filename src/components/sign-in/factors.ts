import type { SignIn } from '../../resources/index.js';

/** The first factors this element can complete today. Others the server offers are not shown. */
const SUPPORTED = ['passkey', 'password', 'email_code', 'phone_code', 'email_link'] as const;
export type FirstFactorStrategy = (typeof SUPPORTED)[number];
/** "Forgot password?" strategies: a code, then a new password (handled by the lazily loaded steps). */
export type ResetStrategy = 'reset_password_email_code' | 'reset_password_phone_code';

export interface FirstFactor {
  strategy: FirstFactorStrategy | ResetStrategy;
  safeIdentifier?: string;
  emailAddressId?: string;
  phoneNumberId?: string;
}

/** The sign-in's factors among `wanted`, once per strategy, in the server's order. */
export function collect(signIn: SignIn, wanted: readonly string[]): FirstFactor[] {
  const factors: FirstFactor[] = [];
  for (const factor of signIn.supportedFirstFactors ?? []) {
    const strategy = factor.strategy as FirstFactor['strategy'];
    if (!wanted.includes(strategy) || factors.some((f) => f.strategy === strategy)) continue;
    factors.push({
      strategy,
      safeIdentifier: factor.safeIdentifier ?? undefined,
      emailAddressId: factor.emailAddressId ?? undefined,
      phoneNumberId: factor.phoneNumberId ?? undefined,
    });
  }
  return factors;
}

/** Ways in, in the server's order (it puts the codes of the identifier typed first). */
export function firstFactorsOf(signIn: SignIn): FirstFactor[] {
  return collect(signIn, SUPPORTED);
}

/**
 * Picks the factor to show first: the account's passkey when this browser can use one (its step waits for the
 * user's click: the prompt needs the device), then the password when the instance prefers it (`password`), else
 * the first code or link the server lists (the one of the identifier typed); then whatever is left.
 */
export function chooseFirstFactor(factors: FirstFactor[], preferred?: string | null): FirstFactor | undefined {
  const passkey = factors.find((f) => f.strategy === 'passkey');
  if (passkey && typeof globalThis.PublicKeyCredential === 'function') return passkey;
  const password = factors.find((f) => f.strategy === 'password');
  const otp = factors.find((f) => f.strategy !== 'password' && f.strategy !== 'passkey');
  if (preferred === 'otp') return otp ?? password;
  return password ?? otp;
}
