/**
 * Figure 2b, keystroke to rendered suggestions: in Chromium with 4x CPU throttling, on the
 * sandbox's demo page (real catalog), the time from the keydown of the last character of a query
 * to the first frame in which <dvc-procedure-search> shows its suggestion options, minus the
 * element's debounce. Baseline: the same query's raw fetch + JSON.parse from the same throttled tab.
 */
import { saveFigure } from './lib/figure.js';
import { launchChromium, throttle } from './lib/chromium.js';
import { ms, percentile, ratio } from './lib/stats.js';
import { readNational } from './catalog.js';
import { buildQueries } from './queries.js';

const SAMPLES = 40;
const CPU = 4;

/**
 * In-page helpers, as plain script text (functions passed to evaluate would carry the TypeScript
 * runner's helper calls into the page).
 */
const IN_PAGE = `
window.benchArmKeystroke = () => { window.benchPending = new Promise((resolve, reject) => {
  const el = document.querySelector('dvc-procedure-search');
  const field = el.shadowRoot.querySelector('input');
  let keyAt = 0;
  // A letter outside the US layout (ư, ơ, đ) arrives as text input without a keydown: take
  // whichever of keydown / beforeinput comes first.
  const mark = (e) => { if (keyAt === 0) keyAt = e.timeStamp; };
  field.addEventListener('keydown', mark, { once: true });
  field.addEventListener('beforeinput', mark, { once: true });
  const giveUp = setTimeout(() => reject(new Error('no suggestions within 20 s')), 20000);
  const check = (frameAt) => {
    if (keyAt > 0 && el.shadowRoot.querySelector('[role=option]')) { clearTimeout(giveUp); resolve({ ms: frameAt - keyAt, debounce: el.debounce }); }
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}); return true; };
window.benchFetch = async (q) => {
  const started = performance.now();
  const res = await fetch('/api/v1/procedures?' + new URLSearchParams({ q, page: '1', pageSize: '8' }));
  await res.json();
  return performance.now() - started;
};
`;

interface Sample { q: string; elementMs: number; fetchMs: number; debounce: number }

async function main(): Promise<void> {
  const sandbox = process.env.BENCH_SANDBOX_URL;
  if (!sandbox) throw new Error('search-render: BENCH_SANDBOX_URL (a sandbox with the real catalog) is required');
  // Distinct queries from the fixed set that have suggestions (a query answered from the
  // element's cache, or with no hits, would measure something else).
  const national = await readNational();
  const candidates = buildQueries(national.procedures.map((p) => p.name)).filter((q, i, all) =>
    [...q.q].length >= 4 && all.findIndex((o) => o.q === q.q) === i);
  const chosen: string[] = [];
  for (let i = 0; chosen.length < SAMPLES && i < candidates.length; i += 7) {
    const q = candidates[i]!.q;
    const res = await fetch(`${sandbox}/api/v1/procedures?${new URLSearchParams({ q, pageSize: '8' })}`);
    if (((await res.json()) as { total: number }).total > 0) chosen.push(q);
  }

  const browser = await launchChromium();
  const samples: Sample[] = [];
  try {
    const tab = await browser.newPage();
    await tab.goto(`${sandbox}/`);
    await tab.waitForFunction(() => {
      const el = document.querySelector('dvc-procedure-search');
      return customElements.get('dvc-procedure-search') !== undefined && el?.shadowRoot?.querySelector('input[role=combobox]') != null;
    }, undefined, { timeout: 60_000 });
    await tab.evaluate(IN_PAGE);
    await throttle(tab, { cpu: CPU });
    const input = tab.locator('dvc-procedure-search input[role=combobox]');
    await input.click();
    for (const [n, q] of chosen.entries()) {
      // Start from an empty field (suggestions close), type all but the last character at once,
      // then the last one as a real keystroke: the measured one.
      const measureElement = async (): Promise<{ ms: number; debounce: number }> => {
        await input.fill('');
        await tab.waitForTimeout(350);
        await input.fill(q.slice(0, -1));
        await tab.evaluate('window.benchArmKeystroke()');
        await tab.keyboard.type(q.slice(-1));
        return tab.evaluate('window.benchPending') as Promise<{ ms: number; debounce: number }>;
      };
      const measureFetch = () => tab.evaluate(`window.benchFetch(${JSON.stringify(q)})`) as Promise<number>;
      // Alternate which goes first: the server's own caches warm for whichever runs second.
      let element: { ms: number; debounce: number }; let fetchMs: number;
      if (n % 2 === 0) { element = await measureElement(); fetchMs = await measureFetch(); }
      else { fetchMs = await measureFetch(); element = await measureElement(); }
      samples.push({ q, elementMs: element.ms - element.debounce, fetchMs, debounce: element.debounce });
    }
  } finally {
    await browser.close();
  }
  const el = samples.map((s) => s.elementMs).sort((a, b) => a - b);
  const raw = samples.map((s) => s.fetchMs).sort((a, b) => a - b);
  const debounce = samples[0]?.debounce ?? NaN;
  const row = (name: string, list: number[]) => [name, ms(percentile(list, 50)), ms(percentile(list, 95)), ms(list.at(-1) ?? NaN), ratio(percentile(list, 50) / percentile(raw, 50))];
  saveFigure({
    id: 'search-render', order: 2.5, title: 'Keystroke to rendered suggestions, Chromium, 4x CPU throttling',
    columns: ['What', 'p50 ms', 'p95 ms', 'max ms', '÷ raw fetch (p50)'],
    rows: [row('<dvc-procedure-search>: keydown → options painted, minus debounce', el), row('raw fetch + JSON.parse of the same query (same tab)', raw)],
    headline: `keystroke to suggestions ${ms(percentile(el, 50))} ms p50 after the ${debounce} ms debounce, ${ratio(percentile(el, 50) / percentile(raw, 50))} the bare request`,
    chart: { unit: 'ms, median (debounce excluded)', bars: [
      { label: 'raw fetch + JSON.parse', value: percentile(raw, 50), baseline: true, group: 'a' },
      { label: '<dvc-procedure-search> keystroke → rendered', value: percentile(el, 50), group: 'b' },
    ] },
    method: [
      `The sandbox's demo home page (real catalog, PGlite, served by the CLI) in headless Chromium with CDP \`Emulation.setCPUThrottlingRate\` ${CPU}, no network throttling (loopback). ${samples.length} distinct queries from the fixed set (every 7th with at least one hit and 4+ characters, so neither the element's answer cache nor an empty answer is measured). For each: the field is emptied (suggestions close), filled with all but the last character, and the last character typed through CDP Input (a keydown, or text input for letters outside the US layout).`,
      `Measured in the page: from the keydown (or beforeinput) event's timestamp to the first requestAnimationFrame callback in which the listbox has an option, minus the element's \`debounce\` (${debounce} ms). That includes the element's work, the client (middleware + valibot validation), the HTTP request and the server's search. Baseline: \`fetch('/api/v1/procedures?q=…&page=1&pageSize=8')\` + \`res.json()\`, the same request the element makes, from the same throttled tab; the two alternate which goes first.`,
      'Ratio: element ÷ raw fetch at the median.',
    ].join('\n\n'),
    gaps: [{ what: 'keystroke→suggestions minus debounce vs bare fetch, p50 (ms)', ours: percentile(el, 50), best: percentile(raw, 50), unit: 'ms', lowerIsBetter: true,
      remedy: 'The element adds, on a throttled CPU, the client pipeline with valibot validation of a whole result page (facets included, which suggestions never show) and a Lit render of the options with highlighting. Profile under throttling first; candidates: a suggestions request that skips facets (a smaller answer to parse and validate), and highlighting computed once per answer instead of per render.' }],
  });
}

await main();
