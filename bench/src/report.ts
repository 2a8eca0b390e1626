/**
 * Writes docs/benchmarks.md and docs/benchmarks/<figure>.svg from the figures a bench run left
 * in its results folder (--out), plus the run's context (--context JSON: machine, timings).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outFolder, type Figure, type Gap } from './lib/figure.js';
import { barChart } from './lib/svg.js';
import { ratio } from './lib/stats.js';
import { REPO } from './paths.js';

interface Context {
  started: string; totalSeconds: number; cores: number; cpu: string; memoryGiB: number;
  node: string; chromium: string; postgres: string; loadBefore: string; loadAfter: string;
  steps: { name: string; seconds: number; ok: boolean }[];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

function table(columns: string[], rows: string[][]): string {
  return [`| ${columns.map(cell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** How far from the best: a factor ≥ 1 whichever direction is better. */
const factor = (g: Gap) => (g.lowerIsBetter ? g.ours / g.best : g.best / g.ours);
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

function main(): void {
  const folder = outFolder();
  const ctxIndex = process.argv.indexOf('--context');
  const context = ctxIndex >= 0 ? (JSON.parse(readFileSync(process.argv[ctxIndex + 1]!, 'utf8')) as Context) : undefined;
  const figures = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'context.json')
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Figure)
    .sort((a, b) => a.order - b.order);
  const chartDir = join(REPO, 'docs/benchmarks');
  mkdirSync(chartDir, { recursive: true });
  for (const f of figures) writeFileSync(join(chartDir, `${f.id}.svg`), barChart(f.title, f.chart.unit, f.chart.bars));

  // Three different places: the largest factor of each figure, then the largest of those.
  const gaps = figures.flatMap((f) => (f.gaps ?? []).filter((g) => factor(g) > 1.05).sort((a, b) => factor(b) - factor(a)).slice(0, 1)
    .map((g) => ({ ...g, figure: f.title }))).sort((a, b) => factor(b) - factor(a));

  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push('Written by `npm run bench` (scripts/bench.mjs → bench/src/*.ts); do not edit by hand. Every figure is a ratio against a baseline measured in the same run, so the ratios, not the absolute times, are what carry over between machines. Run it again to reproduce this page.', '');
  if (context) {
    const failed = context.steps.filter((s) => !s.ok);
    out.push(`Run: ${context.started}, ${Math.round(context.totalSeconds)} s of measuring (${context.steps.map((s) => `${s.name} ${Math.round(s.seconds)} s${s.ok ? '' : ' FAILED'}`).join(', ')}). Machine: ${context.cores} cores (${context.cpu}), ${context.memoryGiB} GiB, load average ${context.loadBefore} before and ${context.loadAfter} after; Node ${context.node}, ${context.chromium}, ${context.postgres}.${failed.length ? ` **Steps that failed in this run (their figures are missing or from an earlier run): ${failed.map((s) => s.name).join(', ')}.**` : ''}`, '');
  }
  out.push('## Summary', '');
  out.push(table(['Figure', 'Result (ratio against the same run\'s baseline)'], figures.map((f) => [f.title, f.headline])), '');
  if (gaps.length) {
    out.push('## Furthest from the best number', '');
    out.push('Each figure names the comparisons where a dvc-kit number sits beside a better one (a peer, a baseline or a better configuration); these are the three largest factors in this run (one per figure), with what would close them. The other figures’ largest gaps follow.', '');
    gaps.forEach((g, i) => {
      out.push(`${i + 1}. **${cell(g.what)}**: ${fmt(g.ours)} ${g.unit} against ${fmt(g.best)} ${g.unit} (${ratio(factor(g))} off; ${g.figure}). ${cell(g.remedy)}`);
      if (i === 2 && gaps.length > 3) out.push('', 'Further down:', '');
    });
    out.push('');
  }
  for (const f of figures) {
    out.push(`## ${f.title}`, '');
    out.push(`**${cell(f.headline)}**`, "");
    out.push(table(f.columns, f.rows), '');
    out.push(`![${f.title}](benchmarks/${f.id}.svg)`, '');
    out.push('### Method', '', f.method, '');
  }
  out.push('## Running it', '');
  out.push('`npm run bench` (not part of `npm test`). Needs the real catalog at `../shared/data/procedures-national.jsonl`, Chromium at `/usr/bin/chromium` (or `CHROME_PATH`), and for the PostgreSQL rows a local PostgreSQL whose role can CREATEDB (`BENCH_DATABASE_URL`, default `postgres://dvc:dvc@127.0.0.1:5432/dvc_test`; without it those rows are left out and the page says so). The peers compared in figure 1 are dev dependencies of `bench/` only (`npm install --prefix bench`), never of the product. Everything listens on 127.0.0.1; temp data goes to the OS temp folder and is deleted. `node scripts/bench.mjs --only upload,client-overhead` reruns some figures and rewrites the page from the fresh and the previous results.', '');
  writeFileSync(join(REPO, 'docs/benchmarks.md'), out.join('\n'));
  console.log(`  wrote docs/benchmarks.md (${figures.length} figures) and ${figures.length} charts in docs/benchmarks/`);
}

main();
