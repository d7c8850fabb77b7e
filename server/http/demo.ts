import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { notFoundEnvelope } from './boundary.js';

/**
 * The strict CSP the demo runs under; the components must work without inline scripts or styles, and with
 * Trusted Types enforced (Lit's templates go through its own `lit-html` policy). test/e2e/strict-csp.test.ts
 * drives every flow under the strictest form of it.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self' http://localhost:* http://127.0.0.1:*",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function fileResponse(file: string, extraHeaders: Record<string, string> = {}): Promise<Response | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
  } catch {
    return null;
  }
  const body = await readFile(file);
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': DEMO_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      ...extraHeaders,
    },
  });
}

/**
 * The demo app's pages besides `/`. index.html answers for each of them and for every path below them, so the
 * sign-in and sign-up cards' path routing (`/sign-in/factor-one`) survives a reload and a deep link; the page's
 * script shows the page the path names.
 */
export const DEMO_PAGES = [
  '/sign-in',
  '/sign-up',
  '/waitlist',
  '/protected',
  '/buttons',
  '/organizations',
  '/account',
] as const;

/** The embedded demo: the repo's index.html at `/`, the built bundle under `/dist/**`, demo assets under `/demo/**`. */
export function demoRoutes(repoRoot: string) {
  const routes = new Hono();

  const indexPage = async () => (await fileResponse(join(repoRoot, 'index.html'))) ?? notFoundEnvelope();
  routes.get('/', indexPage);
  for (const page of DEMO_PAGES) {
    routes.get(page, indexPage);
    routes.get(`${page}/*`, indexPage);
  }

  // The built bundle, and the demo page's own stylesheet and script.
  for (const folder of ['dist', 'demo']) {
    const folderRoot = resolve(repoRoot, folder);
    routes.get(`/${folder}/*`, async (c) => {
      let relative: string;
      try {
        relative = decodeURIComponent(c.req.path.slice(folder.length + 2));
      } catch {
        return notFoundEnvelope();
      }
      // Resolve and confirm the result is still inside the folder: no `..`, no absolute paths, no NUL tricks.
      const file = resolve(folderRoot, relative);
      if (relative.includes('\0') || (file !== folderRoot && !file.startsWith(folderRoot + sep))) {
        return notFoundEnvelope();
      }
      // dist/ is what other sites load: the loader script and the ES chunks it imports from beside itself. A module
      // import from another origin is a CORS request, so the chunks need this header (they hold no secrets).
      const cors: Record<string, string> = folder === 'dist' ? { 'Access-Control-Allow-Origin': '*' } : {};
      return (await fileResponse(file, cors)) ?? notFoundEnvelope();
    });
  }
  return routes;
}
