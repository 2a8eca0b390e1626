/**
 * The demo agency portal (packages/sandbox/demo) at `/` and `/demo/*`, and the embed's built
 * files at `/embed/*` (from @dvc-kit/embed's dist/, when it is built). Demo pages load the kit
 * only through its script tag, so they get a strict Content-Security-Policy: no inline script
 * or style, Trusted Types required. The loader's version and SRI hash are filled into the
 * pages when served, since they change with every build of the elements, as are the parts the
 * pages share (demo/partials, see demo-partials.ts), which are never served on their own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { withPartials } from './demo-partials.js';
import { ProblemError } from './problem.js';

const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));
const PARTIALS_DIR = join(DEMO_DIR, 'partials');

/** The embed package's dist folder, or null when the embed is not installed beside the sandbox. */
function embedDist(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('@dvc-kit/embed/package.json');
    return join(dirname(pkg), 'dist');
  } catch {
    return null;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** What a partner page needs for the kit, and nothing more. */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types dvc-kit lit-html',
].join('; ');

/** A file under `root` for a URL path, or null (missing, a folder, or outside the root). */
function fileUnder(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Version and SRI of the built loader, read per request so a rebuild needs no restart. */
function loaderInfo(dist: string | null): { src: string; integrity: string } | null {
  if (!dist) return null;
  try {
    const { dir } = JSON.parse(readFileSync(join(dist, 'current.json'), 'utf8')) as { dir: string };
    const manifest = JSON.parse(readFileSync(join(dist, dir, 'manifest.json'), 'utf8')) as {
      loader: { file: string; integrity: string };
    };
    return { src: `/embed/${dir}/${manifest.loader.file}`, integrity: manifest.loader.integrity };
  } catch {
    return null;
  }
}

function demoPage(file: string, dist: string | null): Response {
  const loader = loaderInfo(dist);
  if (!loader) {
    return new Response('The embed is not built: run "npm start" (or rollup -c packages/embed/rollup.embed.mjs).\n', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const html = withPartials(readFileSync(file, 'utf8'), PARTIALS_DIR)
    .replaceAll('%DVC_KIT_SRC%', loader.src)
    .replaceAll('%DVC_KIT_INTEGRITY%', loader.integrity);
  return new Response(html, {
    headers: {
      'content-type': TYPES['.html'] as string,
      'content-security-policy': DEMO_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    },
  });
}

function staticFile(file: string, cache: string): Response {
  return new Response(readFileSync(file), {
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': cache,
    },
  });
}

function missing(path: string): ProblemError {
  return new ProblemError(404, 'not_found', { vi: `Không có tệp nào tại ${path}.`, en: `No file at ${path}.` });
}

/** Mounts GET / (the demo's home page), GET /demo/* and GET /embed/*. */
export function mountDemo(app: Hono): void {
  const dist = embedDist();
  // Partners copy this setup: the kit's files go out gzipped, and the loader, the manifest and
  // the pages (which keep their names across builds) revalidate with a 304 instead of a download.
  // compress() runs outside etag() so the tag is taken from the plain bytes and marked weak.
  for (const path of ['/', '/demo/*', '/embed/*']) app.use(path, compress(), etag());
  app.get('/', () => demoPage(join(DEMO_DIR, 'index.html'), dist));
  app.get('/demo/*', (c) => {
    const file = fileUnder(DEMO_DIR, c.req.path.slice('/demo/'.length) || 'index.html');
    if (!file || file.startsWith(PARTIALS_DIR + sep)) throw missing(c.req.path);
    return file.endsWith('.html') ? demoPage(file, dist) : staticFile(file, 'no-cache');
  });
  app.get('/embed/*', (c) => {
    const file = dist ? fileUnder(dist, c.req.path.slice('/embed/'.length)) : null;
    if (!file) throw missing(c.req.path);
    // Content-hashed chunks never change; the loader and manifest keep their names across builds.
    const hashed = /-[A-Za-z0-9_-]{6,}\.js$/.test(file);
    return staticFile(file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
}
