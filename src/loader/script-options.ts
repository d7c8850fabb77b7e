/** The script tag's data attributes as Latch options (`data-proxy-url` → `proxyUrl`, …). */
import type { LatchOptions } from '../core/latch.js';

/** `data-sign-in-url` → `signInUrl`: every data attribute of the tag that names a string option. */
const STRING_OPTIONS = [
  'proxyUrl',
  'domain',
  'signInUrl',
  'signUpUrl',
  'afterSignOutUrl',
  'signInFallbackRedirectUrl',
  'signUpFallbackRedirectUrl',
  'signInForceRedirectUrl',
  'signUpForceRedirectUrl',
  'waitlistUrl',
] as const;

export function optionsFrom(script: HTMLScriptElement): { publishableKey?: string; options: LatchOptions } {
  const data = script.dataset;
  const options: LatchOptions = {};
  for (const name of STRING_OPTIONS) {
    const value = data[name];
    if (value) (options as Record<string, string>)[name] = value;
  }
  if (data.allowedRedirectOrigins) {
    options.allowedRedirectOrigins = data.allowedRedirectOrigins.split(/[\s,]+/).filter(Boolean);
  }
  return { publishableKey: data.publishableKey ?? data.clerkPublishableKey, options };
}
