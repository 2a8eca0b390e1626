// Loading doc samples in Chromium: the page is served at https://agency.example/ (an agency's
// site), the portal at https://dichvucong.example.vn/ (the script-tag embed from
// packages/embed/dist, the API and sign-in proxied to a running sandbox), exactly the URLs the
// guides print, so a sample is tested as written.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { build } from 'esbuild';
import { REPO, buildUnlessBuilt } from './packaging-support.js';
import { PORTAL_ORIGIN_IN_DOCS, type Sample } from './docs-support.js';

export const AGENCY_ORIGIN = 'https://agency.example';
const EMBED_DIST = join(REPO, 'packages', 'embed', 'dist');

export interface EmbedManifestFile {
  file: string;
  integrity: string;
  bytes: number;
  gzipBytes: number;
}
export interface EmbedManifest {
  name: string;
  version: string;
  loader: EmbedManifestFile;
  full: EmbedManifestFile;
  elements: Record<string, { entry: EmbedManifestFile; imports: EmbedManifestFile[] }>;
}

/** The embed build's manifest (packages/embed/dist/<current>/manifest.json). */
export function embedManifest(): EmbedManifest {
  const current = JSON.parse(readFileSync(join(EMBED_DIST, 'current.json'), 'utf8')) as { dir: string };
  return JSON.parse(readFileSync(join(EMBED_DIST, current.dir, 'manifest.json'), 'utf8')) as EmbedManifest;
}

function embedIsBuilt(): boolean {
  try {
    const manifest = embedManifest();
    return existsSync(join(EMBED_DIST, `v${manifest.version}`, manifest.loader.file));
  } catch {
    return false;
  }
}

/** Builds the packages (and so the embed) when its manifest is missing. */
export function ensureEmbedBuilt(): void {
  buildUnlessBuilt(embedIsBuilt, [['run', 'build', '--silent'], ['run', 'build', '-w', '@dvc-kit/embed', '--silent']]);
}

/** One ES module for the page from a TypeScript sample: workspace packages from their sources. */
export async function bundleForBrowser(file: string): Promise<string> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: join(REPO, 'tsconfig.base.json'),
    jsx: 'automatic',
    // Vue's template compiler in the browser (the Frameworks guide's Vue sample), as a Vite
    // app gets it with the same alias.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface SamplePage {
  page: Page;
  errors: string[];
  logs: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

/** The page a TypeScript sample runs in. */
function harnessPage(): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>sample</title></head>
<body><div id="app"></div><script type="module" src="/sample.js"></script></body></html>`;
}

/** A page showing elements with the sample's CSS on top, through the full embed bundle. */
function cssPage(css: string): string {
  const manifest = embedManifest();
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>theme</title><style>${css}</style>
<script defer src="${PORTAL_ORIGIN_IN_DOCS}/embed/v${manifest.version}/${manifest.full.file}"
  integrity="${manifest.full.integrity}" crossorigin="anonymous" data-api-base="${PORTAL_ORIGIN_IN_DOCS}/api/v1"></script>
</head><body><dvc-login></dvc-login><dvc-procedure-search></dvc-procedure-search></body></html>`;
}

/** Serves the portal origin: embed files from dist, everything else from the sandbox. */
export async function routePortal(context: BrowserContext, sandboxUrl: string): Promise<void> {
  await context.route(`${PORTAL_ORIGIN_IN_DOCS}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/embed/')) {
      const file = normalize(join(EMBED_DIST, url.pathname.slice('/embed/'.length)));
      if (!file.startsWith(EMBED_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'access-control-allow-origin': '*',
          'cache-control': 'public, max-age=31536000, immutable',
        },
      });
    }
    const response = await route.fetch({ url: `${sandboxUrl}${url.pathname}${url.search}` });
    return route.fulfill({ response });
  });
}

/**
 * The agency's own backend for frontend at https://agency.example/bff (the Sign-in guide's BFF
 * samples), signing in at the sandbox's provider and forwarding to its API.
 */
async function agencyBff(sandboxUrl: string): Promise<(request: Request) => Promise<Response>> {
  const { createBffHandler } = await import('@dvc-kit/client/bff');
  return createBffHandler({
    oidc: {
      issuer: `${sandboxUrl}/oidc`,
      clientId: 'dvc-demo',
      redirectUri: `${AGENCY_ORIGIN}/bff/callback`,
      allowInsecureRequests: true,
    },
    portalBaseUrl: sandboxUrl,
    allowedOrigins: [AGENCY_ORIGIN],
  });
}

async function viaHandler(route: Route, handler: (request: Request) => Promise<Response>): Promise<void> {
  const request = route.request();
  const body = request.postDataBuffer();
  const response = await handler(
    new Request(request.url(), {
      method: request.method(),
      headers: await request.allHeaders(),
      body: body && request.method() !== 'GET' && request.method() !== 'HEAD' ? new Uint8Array(body) : undefined,
    }),
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
}

export async function openSamplePage(
  browser: Browser,
  options: { sample: Sample; sandboxUrl: string; script: string | null; html: string; beforeLoad?: (page: Page) => void },
): Promise<SamplePage> {
  const { sample, sandboxUrl, script } = options;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    logs.push(message.text());
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  const html = sample.lang === 'html' ? options.html : sample.lang === 'css' ? cssPage(sample.code) : harnessPage();
  const bff = await agencyBff(sandboxUrl);
  await context.route(`${AGENCY_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.startsWith('/bff/')) return viaHandler(route, bff);
    if (path === '/sample.js' && script !== null) {
      return route.fulfill({ status: 200, body: script, headers: { 'content-type': 'text/javascript' } });
    }
    if (path === '/' || path === '/index.html') {
      return route.fulfill({ status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await routePortal(context, sandboxUrl);
  options.beforeLoad?.(page);
  await page.goto(`${AGENCY_ORIGIN}/`, { waitUntil: 'load' });
  if (sample.attrs.wait) {
    await page.locator(sample.attrs.wait).first().waitFor({ state: 'visible', timeout: 20_000 });
  }
  // Let late work (element loads, first fetches) finish or fail before judging.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  if (sample.attrs.done) {
    await page.waitForFunction((text) => document.body.dataset.done === text, sample.attrs.done, { timeout: 20_000 });
  }
  return { page, errors, logs, close: () => context.close() };
}
