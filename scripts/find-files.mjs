// A tiny recursive finder: Node 20 has no fs.globSync, and the test scripts need one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git', 'storybook-static', '.dvc-sandbox', 'test-output']);

/** Files below `root` whose path (with forward slashes) passes `accept`. */
export function findFiles(root, accept) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (accept(path.split('\\').join('/'))) found.push(path);
    }
  };
  walk(root);
  return found.sort();
}
