/**
 * Test helper: runs axe-core on an element with exactly the rule sets the
 * project promises (WCAG 2.0 A through 2.2 AA, plus best practices) and fails
 * with a readable list of violations. Not part of the published entry points.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

interface AxeGlobal {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

export async function expectAccessible(element: Element): Promise<void> {
  const axe = (globalThis as unknown as { axe?: AxeGlobal }).axe;
  if (!axe) throw new Error('axe-core did not register itself on window');
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `  at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
}
