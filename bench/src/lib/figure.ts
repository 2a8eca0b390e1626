/**
 * What every measurement step hands to the report: one figure, as JSON in the run's results
 * folder. The report (report.ts) turns each into a table, a chart and the method text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Bar {
  label: string;
  value: number;
  /** Bars of one group share a colour; the baseline's bar is drawn hatched. */
  group?: string;
  baseline?: boolean;
}

export interface Figure {
  /** File stem: docs/benchmarks/<id>.svg */
  id: string;
  /** Order in the report. */
  order: number;
  title: string;
  /** Column headers of the table; rows hold already formatted cells. */
  columns: string[];
  rows: string[][];
  /** The ratio this figure is about, one sentence. */
  headline: string;
  chart: { unit: string; bars: Bar[] };
  /** How it was measured (markdown). */
  method: string;
  /** Candidates for "furthest from the best number": our value vs the best in the figure. */
  gaps?: Gap[];
}

/** One of our numbers beside the best comparable number in the same figure, and what would close it. */
export interface Gap {
  what: string;
  ours: number;
  best: number;
  unit: string;
  lowerIsBetter: boolean;
  remedy: string;
}

/** Writes a figure into the results folder given by --out (or BENCH_OUT). */
export function saveFigure(figure: Figure): void {
  const folder = outFolder();
  writeFileSync(join(folder, `${figure.id}.json`), JSON.stringify(figure, null, 2));
  console.log(`  wrote ${figure.id}: ${figure.headline}`);
}

export function outFolder(): string {
  const i = process.argv.indexOf('--out');
  const folder = i >= 0 ? process.argv[i + 1] : process.env.BENCH_OUT;
  if (!folder) throw new Error('bench: give the results folder with --out DIR');
  return folder;
}
