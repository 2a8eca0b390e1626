/**
 * A horizontal bar chart as a self-contained SVG (no fonts or scripts fetched), one bar per
 * row, the value printed at the bar's end; baseline bars are hatched so the ratio reads at a glance.
 */
import type { Bar } from './figure.js';

const PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d4880f', '#5d6d7e'];

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function format(value: number): string {
  if (value >= 1000) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function barChart(title: string, unit: string, bars: readonly Bar[]): string {
  const labelWidth = Math.min(440, 24 + 7.2 * Math.max(...bars.map((b) => b.label.length), 10));
  const plotWidth = 420;
  const rowHeight = 22;
  const top = 44;
  const width = labelWidth + plotWidth + 90;
  const height = top + bars.length * rowHeight + 16;
  const max = Math.max(...bars.map((b) => b.value), 1e-9);
  const groups = [...new Set(bars.map((b) => b.group ?? ''))];
  const colour = (b: Bar) => PALETTE[groups.indexOf(b.group ?? '') % PALETTE.length]!;
  const rows = bars.map((b, i) => {
    const y = top + i * rowHeight;
    const w = Math.max(1, (b.value / max) * plotWidth);
    const fill = b.baseline ? 'url(#hatch)' : colour(b);
    return [
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escape(b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${fill}" stroke="${colour(b)}"/>`,
      `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 15}">${format(b.value)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${escape(title)}">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="3"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="20" font-size="14" font-weight="bold">${escape(title)}</text>
<text x="10" y="36" fill="#555">${escape(unit)} (hatched: the baseline)</text>
${rows.join('\n')}
</svg>
`;
}
