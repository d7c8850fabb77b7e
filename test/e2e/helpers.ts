/** Shared pieces of the end-to-end tests: plain pages on another origin, and a watch for page errors. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export interface PlainSite {
  /** The page's URL: http://127.0.0.1:<port>/ (the dev server is on localhost: another origin). */
  url: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` from a tiny http server on port 0, as any other site would. */
export async function servePlainPage(html: string): Promise<PlainSite> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The script tag of dist/latch.js served by the dev server at `serverUrl`, its key and proxy URL. */
export function scriptTag(serverUrl: string, publishableKey: string, file = 'latch.js'): string {
  return `<script src="${serverUrl}/dist/${file}" data-publishable-key="${publishableKey}"
    data-proxy-url="${serverUrl}/__clerk"></script>`;
}

/** Collects uncaught errors, CSP refusals and console errors (failed chunk loads are logged as errors). */
export function watchErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return () => problems;
}
