import { expect } from '@open-wc/testing';
import { isAllowedRedirect, isSafeLink, resolveRedirectUrl } from '../../../src/core/redirects.js';

const currentOrigin = 'https://app.example.com';
const allowed = (
  url: string,
  extra: Parameters<typeof isAllowedRedirect>[1] extends infer O ? Partial<O> : never = {},
) => isAllowedRedirect(url, { currentOrigin, ...extra });

/** Silences and records console.warn for the duration of `run`. */
function captureWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('isAllowedRedirect', () => {
  it('allows relative references and same-origin absolute URLs', () => {
    for (const url of ['/dashboard', '/a/b?c=1#d', '?tab=2', '#top', 'next/page', 'https://app.example.com/x']) {
      expect(allowed(url), url).to.equal(true);
    }
  });

  it('rejects script and data protocols, whatever the options say', () => {
    const options = { allowedRedirectProtocols: ['javascript:', 'data', 'vbscript:'] };
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      expect(allowed(url, options), url).to.equal(false);
    }
  });

  it('rejects protocol-relative and backslash tricks', () => {
    for (const url of ['//evil.com', '//evil.com/path', '/\\evil.com', '\\\\evil.com', '/\\/evil.com']) {
      expect(allowed(url), url).to.equal(false);
    }
  });

  it('rejects a scheme without slashes (https:evil.com) and credentials in the URL', () => {
    expect(allowed('https:evil.com')).to.equal(false);
    expect(allowed('http:/evil.com')).to.equal(false);
    expect(allowed('https://app.example.com@evil.com/')).to.equal(false);
    expect(allowed('https://user:pw@app.example.com/')).to.equal(false);
  });

  it('rejects whitespace and control characters anywhere', () => {
    for (const url of [' /x', '/x ', 'java\tscript:alert(1)', '/\n/evil.com', '/a\u0000b', '\u2028/x']) {
      expect(allowed(url), JSON.stringify(url)).to.equal(false);
    }
  });

  it('rejects other origins unless they are allowed by string, glob or RegExp', () => {
    expect(allowed('https://evil.com/')).to.equal(false);
    expect(allowed('http://app.example.com/'), 'other scheme is another origin').to.equal(false);
    expect(allowed('https://shop.example.com/cart', { allowedRedirectOrigins: ['https://shop.example.com'] })).to.equal(
      true,
    );
    expect(allowed('https://shop.example.com/', { allowedRedirectOrigins: ['https://shop.example.com/'] })).to.equal(
      true,
    );
    expect(allowed('https://a.example.org/', { allowedRedirectOrigins: ['https://*.example.org'] })).to.equal(true);
    expect(allowed('https://example.org.evil.com/', { allowedRedirectOrigins: ['https://*.example.org'] })).to.equal(
      false,
    );
    expect(allowed('https://b.partner.io/', { allowedRedirectOrigins: [/^https:\/\/[a-z]+\.partner\.io$/] })).to.equal(
      true,
    );
    expect(allowed('https://evil.io/', { allowedRedirectOrigins: [/^https:\/\/[a-z]+\.partner\.io$/] })).to.equal(
      false,
    );
  });

  it('allows custom protocols only when listed', () => {
    expect(allowed('myapp://callback')).to.equal(false);
    expect(allowed('myapp://callback', { allowedRedirectProtocols: ['myapp:'] })).to.equal(true);
    expect(allowed('myapp://callback', { allowedRedirectProtocols: ['myapp'] })).to.equal(true);
  });
});

describe('isSafeLink', () => {
  it('takes relative links and http(s) links to any origin, and nothing that runs code', () => {
    for (const ok of [
      '/sign-up',
      '#sign-up',
      '?x=1',
      'https://accounts.example.dev/sign-up',
      'http://localhost:3000/a',
    ]) {
      expect(isSafeLink(ok), ok).to.equal(true);
    }
    for (const bad of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example',
      'https:evil.example',
      'vbscript:x',
    ]) {
      expect(isSafeLink(bad), bad).to.equal(false);
    }
  });
});

describe('resolveRedirectUrl', () => {
  const options = {
    signInForceRedirectUrl: '/forced-by-option',
    signInFallbackRedirectUrl: '/fallback-by-option',
    signUpForceRedirectUrl: '/up-forced',
    signUpFallbackRedirectUrl: '/up-fallback',
  };
  const withQuery = 'https://app.example.com/sign-in?redirect_url=%2Ffrom-query';
  const plain = 'https://app.example.com/sign-in';

  it('1. force redirect: the prop beats the option, both beat redirect_url', () => {
    expect(
      resolveRedirectUrl({
        kind: 'signIn',
        props: { forceRedirectUrl: '/forced-by-prop' },
        options,
        currentUrl: withQuery,
      }),
    ).to.equal('/forced-by-prop');
    expect(resolveRedirectUrl({ kind: 'signIn', options, currentUrl: withQuery })).to.equal('/forced-by-option');
    expect(resolveRedirectUrl({ kind: 'signUp', options, currentUrl: withQuery })).to.equal('/up-forced');
  });

  it('2. redirect_url query parameter beats the fallbacks', () => {
    const noForce = { signInFallbackRedirectUrl: '/fallback-by-option' };
    expect(
      resolveRedirectUrl({
        kind: 'signIn',
        props: { fallbackRedirectUrl: '/fallback-by-prop' },
        options: noForce,
        currentUrl: withQuery,
      }),
    ).to.equal('/from-query');
    expect(
      resolveRedirectUrl({
        kind: 'signIn',
        options: noForce,
        currentUrl: 'https://app.example.com/?redirect_url=https%3A%2F%2Fapp.example.com%2Fdeep%3Fx%3D1',
      }),
    ).to.equal('https://app.example.com/deep?x=1');
  });

  it('3. fallback: the prop beats the option', () => {
    const fallbacks = { signInFallbackRedirectUrl: '/fallback-by-option' };
    expect(
      resolveRedirectUrl({
        kind: 'signIn',
        props: { fallbackRedirectUrl: '/fallback-by-prop' },
        options: fallbacks,
        currentUrl: plain,
      }),
    ).to.equal('/fallback-by-prop');
    expect(resolveRedirectUrl({ kind: 'signIn', options: fallbacks, currentUrl: plain })).to.equal(
      '/fallback-by-option',
    );
    expect(resolveRedirectUrl({ kind: 'signUp', options, currentUrl: plain })).to.equal('/up-forced');
  });

  it('4. defaults to /', () => {
    expect(resolveRedirectUrl({ kind: 'signIn', currentUrl: plain })).to.equal('/');
    expect(resolveRedirectUrl({ kind: 'signUp', props: {}, options: {}, currentUrl: new URL(plain) })).to.equal('/');
  });

  it('skips a rejected redirect_url with a warning and falls through to the fallback', () => {
    const { result, warnings } = captureWarnings(() =>
      resolveRedirectUrl({
        kind: 'signIn',
        options: { signInFallbackRedirectUrl: '/home' },
        currentUrl: 'https://app.example.com/sign-in?redirect_url=https%3A%2F%2Fevil.com%2Fphish',
      }),
    );
    expect(result).to.equal('/home');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('redirect_url').and.contain('evil.com');
  });

  it('skips every unsafe candidate down to /', () => {
    const { result, warnings } = captureWarnings(() =>
      resolveRedirectUrl({
        kind: 'signUp',
        props: { forceRedirectUrl: 'javascript:alert(1)', fallbackRedirectUrl: '//evil.com' },
        options: { signUpFallbackRedirectUrl: '/\\evil.com' },
        currentUrl: 'https://app.example.com/?redirect_url=data%3Atext%2Fhtml%2Cx',
      }),
    );
    expect(result).to.equal('/');
    expect(warnings).to.have.length(4);
  });

  it('accepts a cross-origin redirect_url when its origin is allowed', () => {
    const currentUrl = 'https://app.example.com/?redirect_url=https%3A%2F%2Fshop.example.com%2Fcart';
    expect(
      resolveRedirectUrl({
        kind: 'signIn',
        options: { allowedRedirectOrigins: ['https://shop.example.com'] },
        currentUrl,
      }),
    ).to.equal('https://shop.example.com/cart');
    expect(
      resolveRedirectUrl({ kind: 'signIn', options: { allowedRedirectOrigins: [/^https:\/\/shop\./] }, currentUrl }),
    ).to.equal('https://shop.example.com/cart');
  });
});
