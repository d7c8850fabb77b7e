import type { TestBrowser, TestServer } from './helpers.js';

/** The mock provider as a tester uses it: its page, then one of its forms, posted like a browser. */
export async function authorize(
  server: TestServer,
  authorizeUrl: string,
  choice: Record<string, string>,
): Promise<{ page: Response; html: string; decision: Response }> {
  const url = new URL(authorizeUrl);
  const page = await server.app.request(url.pathname + url.search);
  const html = await page.text();
  const form = new URLSearchParams({
    redirect_uri: url.searchParams.get('redirect_uri') ?? '',
    state: url.searchParams.get('state') ?? '',
    code_challenge: url.searchParams.get('code_challenge') ?? '',
    ...choice,
  });
  const decision = await server.app.request(url.pathname, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url.origin },
    body: form.toString(),
  });
  return { page, html, decision };
}

/** Follows the provider's redirect to the FAPI callback with the browser's cookies; returns where it sends us. */
export async function callback(browser: TestBrowser, location: string): Promise<{ res: Response; target: string }> {
  const url = new URL(location);
  const res = await browser.call('get', url.pathname, { query: Object.fromEntries(url.searchParams) });
  return { res, target: res.headers.get('location') ?? '' };
}
