// Finds every element the kit ships: each packages/elements/src/<name>/define.ts registers
// one tag with defineElement('<tag>', Class). New elements join the embed without edits here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {{ tag: string, defineModule: string }[]} sorted by tag */
export function discoverElements(elementsSrc) {
  const found = [];
  for (const name of readdirSync(elementsSrc)) {
    const file = join(elementsSrc, name, 'define.ts');
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/defineElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]+)['"]/g)) {
      found.push({ tag: match[1], defineModule: file });
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}
