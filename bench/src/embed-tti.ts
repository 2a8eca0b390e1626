/**
 * Figure 5, embed: time to interactive search on the sandbox's demo page with the loader
 * (dvc-kit.js, elements loaded on first use) against the full bundle (dvc-kit.full.js), cold and
 * warm cache, in Chromium with 4x CPU throttling and DevTools' Slow 3G profile.
 */
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ensureEmbedBuilt } from './embed-build.js';
import { saveFigure, type Bar } from './lib/figure.js';
import { launchChromium, SLOW_3G, throttle } from './lib/chromium.js';
import { serve } from './lib/http.js';
import { median, ms, ratio } from './lib/stats.js';

const RUNS = Number(process.env.BENCH_EMBED_RUNS ?? 3);
const CPU = 4;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|problem\+json)|image\/svg)/;

/** Marks the moment the search is usable: the element defined, rendered, its field in place. */
const MARK_INTERACTIVE = `
customElements.whenDefined('dvc-procedure-search').then(async () => {
  const el = document.querySelector('dvc-procedure-search');
  if (el && el.updateComplete) await el.updateComplete;
  const ready = () => el && el.shadowRoot && el.shadowRoot.querySelector('input[role=combobox]');
  while (!ready()) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  window.__dvcInteractive = performance.now();
});
`;

type Variant = 'loader' | 'full';
interface Load { variant: Variant; cache: 'cold' | 'warm'; ms: number; bytes: number }

async function main(): Promise<void> {
  const sandbox = process.env.BENCH_SANDBOX_URL;
  if (!sandbox) throw new Error('embed-tti: BENCH_SANDBOX_URL is required');
  const { manifest } = ensureEmbedBuilt();
  const home = await fetch(`${sandbox}/`);
  const html = await home.text();
  const pageHeaders = Object.fromEntries([...home.headers].filter(([k]) => ['content-security-policy', 'cache-control', 'referrer-policy', 'x-content-type-options'].includes(k)));
  const loaderSrc = /src="(\/embed\/[^"]+\/dvc-kit\.js)"/.exec(html)?.[1];
  if (!loaderSrc) throw new Error('embed-tti: the demo page has no loader script tag');
  const fullSrc = loaderSrc.replace(/dvc-kit\.js$/, manifest.full.file);
  const fullHtml = html.replace(loaderSrc, fullSrc).replace(manifest.loader.integrity, manifest.full.integrity);
  if (fullHtml === html || !fullHtml.includes(manifest.full.integrity)) throw new Error('embed-tti: could not point the page at the full bundle');

  // In front of the sandbox: the two page variants, and everything else passed through with the
  // sandbox's own headers, gzip-compressed when the browser accepts it (as any CDN would serve it).
  const target = new URL(sandbox);
  const proxy = await serve({
    '/bench/loader.html': { body: html, type: 'text/html; charset=utf-8', headers: pageHeaders },
    '/bench/full.html': { body: fullHtml, type: 'text/html; charset=utf-8', headers: pageHeaders },
  }, (req, res) => {
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' } }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        let body = Buffer.concat(chunks);
        const headers = { ...up.headers };
        delete headers['content-length']; delete headers['transfer-encoding']; delete headers.connection; delete headers['keep-alive'];
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(String(up.headers['content-type'] ?? '')) && body.length > 512) {
          body = gzipSync(body, { level: 6 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        res.writeHead(up.statusCode ?? 502, { ...headers, 'content-length': String(body.length) }).end(body);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  const loads: Load[] = [];
  const browser = await launchChromium();
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const variants: Variant[] = run % 2 === 0 ? ['loader', 'full'] : ['full', 'loader'];
      for (const variant of variants) {
        // A fresh context is a fresh HTTP cache: the first visit is cold, the second warm.
        const context = await browser.newContext();
        try {
          await context.addInitScript(MARK_INTERACTIVE);
          const tab = await context.newPage();
          const cdp = await throttle(tab, { cpu: CPU, network: SLOW_3G });
          for (const cache of ['cold', 'warm'] as const) {
            let bytes = 0;
            const onData = (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; };
            cdp.on('Network.loadingFinished', onData);
            await tab.goto(`${proxy.url}/bench/${variant}.html`, { waitUntil: 'commit', timeout: 180_000 });
            await tab.waitForFunction(() => (window as unknown as { __dvcInteractive?: number }).__dvcInteractive !== undefined, undefined, { timeout: 180_000, polling: 250 });
            const at = (await tab.evaluate('window.__dvcInteractive')) as number;
            cdp.off('Network.loadingFinished', onData);
            loads.push({ variant, cache, ms: at, bytes });
            console.log(`  ${variant} ${cache} run ${run}: ${ms(at)} ms, ${(bytes / 1024).toFixed(1)} KB on the wire`);
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
  }

  const cell = (variant: Variant, cache: Load['cache']) => {
    const list = loads.filter((l) => l.variant === variant && l.cache === cache);
    return { ms: median(list.map((l) => l.ms)), bytes: median(list.map((l) => l.bytes)), all: list.map((l) => l.ms) };
  };
  const rows: string[][] = [];
  const bars: Bar[] = [];
  for (const cache of ['cold', 'warm'] as const) {
    const full = cell('full', cache);
    for (const variant of ['full', 'loader'] as const) {
      const c = cell(variant, cache);
      rows.push([`${variant === 'loader' ? 'loader (dvc-kit.js)' : 'full bundle (dvc-kit.full.js)'}, ${cache} cache`, ms(c.ms), c.all.map(ms).join(', '), (c.bytes / 1024).toFixed(1), ratio(c.ms / full.ms)]);
      bars.push({ label: `${variant}, ${cache}`, value: c.ms / 1000, group: cache, baseline: variant === 'full' });
    }
  }
  const coldL = cell('loader', 'cold'); const coldF = cell('full', 'cold');
  const warmL = cell('loader', 'warm'); const warmF = cell('full', 'warm');
  saveFigure({
    id: 'embed-tti', order: 5, title: 'Time to interactive search, demo page, 4x CPU + Slow 3G',
    columns: ['Page loads', 'median ms', 'runs ms', 'KB on the wire (median)', '÷ full bundle'],
    rows,
    headline: `loader ${ratio(coldL.ms / coldF.ms)} the full bundle's time cold (${ms(coldL.ms)} vs ${ms(coldF.ms)} ms), ${ratio(warmL.ms / warmF.ms)} warm (${ms(warmL.ms)} vs ${ms(warmF.ms)} ms)`,
    chart: { unit: 'seconds from navigation to an interactive <dvc-procedure-search>, median', bars },
    method: [
      `The sandbox's demo home page (served by the CLI, real catalog) as it is ("loader": its one \`<script defer src=".../dvc-kit.js" integrity=…>\`) and with that tag pointed at \`${manifest.full.file}\` with its SRI hash ("full"), nothing else changed. A bench proxy on 127.0.0.1 serves the two variants and passes every other request to the sandbox with the sandbox's own headers (CSP, cache-control), gzip-compressing text as a CDN would (the sandbox itself sends uncompressed bytes).`,
      `Headless Chromium, one fresh browser context per run and variant (an empty HTTP cache): the first visit is "cold", a second navigation in the same context is "warm". CDP \`Emulation.setCPUThrottlingRate\` ${CPU} and \`Network.emulateNetworkConditions\` with DevTools' Slow 3G (2,000 ms RTT, 400 kbit/s). Interactive: an init script waits for \`customElements.whenDefined('dvc-procedure-search')\`, the element's \`updateComplete\`, its combobox field in the shadow root, and one more animation frame; the time is \`performance.now()\` then (navigation start = 0). ${RUNS} runs per variant, alternating which goes first; median reported. "KB on the wire": encoded bytes of every response of that visit.`,
      'Note on warm visits: the sandbox serves content-hashed chunks with `immutable`, but the loader, the full bundle (fixed name) and the page with `no-cache` and no validator (ETag/Last-Modified), so a warm visit re-downloads those in full.',
      'Ratio: against the full bundle in the same cache state.',
    ].join('\n\n'),
    gaps: [
      { what: `time to interactive search, ${coldL.ms > coldF.ms ? 'loader' : 'full bundle'} cold vs ${coldL.ms > coldF.ms ? 'full bundle' : 'loader'} cold (ms)`, ours: Math.max(coldL.ms, coldF.ms), best: Math.min(coldL.ms, coldF.ms), unit: 'ms', lowerIsBetter: true,
        remedy: coldL.ms > coldF.ms
          ? 'On a 2 s RTT link the loader pays a waterfall: loader → element entry → base and the chunks it imports, one round trip each. Put each element\'s full chunk list (already in manifest.json) into the loader so it fetches them in parallel (modulepreload) the moment it sees the tag, and inline the loader in the page or preload it.'
          : 'The full bundle ships every element; the loader fetches less and wins. Nothing to close beyond the loader itself.' },
      { what: 'time to interactive search, warm (full bundle) vs warm (loader) (ms)', ours: warmF.ms, best: warmL.ms, unit: 'ms', lowerIsBetter: true,
        remedy: 'The sandbox serves dvc-kit.full.js (and the loader) with no-cache and no ETag, so every visit downloads them again. They live under a versioned folder (/embed/v0.1.0/): serve that folder immutable, or at least send an ETag so warm visits get a 304.' },
    ],
  });
}

await main();
