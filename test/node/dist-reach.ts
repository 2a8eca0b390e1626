// Which files of a built dist/ a consumer can reach: start at the package's export targets and
// follow relative imports through the JavaScript (and, for types, through the declarations).
// A file nothing reaches is dead weight in the tarball, or something that was never meant to ship.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Every file under `dir`, as paths relative to `base` with forward slashes. */
export function filesUnder(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

// Static imports and re-exports (`import … from`, `export … from`, bare `import '…'`), dynamic
// `import('…')`, and `import('…').T` type queries in declarations: all with relative specifiers.
const RELATIVE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative specifiers a module's text imports. */
export function relativeImports(text: string): string[] {
  return [...text.matchAll(RELATIVE_SPECIFIER)].map((m) => m[1]!);
}

/** `foo.js` -> `foo.d.ts` (what a declaration's `from './foo.js'` means). */
const declarationOf = (file: string) => file.replace(/\.js$/, '.d.ts');

/**
 * The source modules (as `src/…` paths) a bundled file's source map says went into it: a chunk
 * holds several modules, and each one's declaration ships with it.
 */
function bundledSources(pkgDir: string, map: string): string[] {
  const { sources = [] } = JSON.parse(readFileSync(join(pkgDir, map), 'utf8')) as { sources?: string[] };
  return sources.map((source) => posix.normalize(posix.join(posix.dirname(map), source)));
}

/** `src/a/b.ts` -> `dist/a/b.d.ts` (tsc's rootDir src, outDir dist). */
const declarationOfSource = (source: string) => source.replace(/^src\//, 'dist/').replace(/\.tsx?$/, '.d.ts');

/**
 * The files of `pkgDir` (relative paths such as `dist/a/b.js`) reached from `entries`: each
 * entry and what it imports, transitively; the `.map` of a reached file; the `.d.ts` of a reached
 * `.js` and of every module its source map says it bundles; what a reached `.d.ts` imports.
 */
function reachableFiles(pkgDir: string, entries: string[]): Set<string> {
  const reached = new Set<string>();
  const queue: string[] = [];
  const visit = (file: string) => {
    if (reached.has(file) || !existsSync(join(pkgDir, file))) return;
    reached.add(file);
    queue.push(file);
  };
  entries.forEach(visit);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.endsWith('.map')) {
      bundledSources(pkgDir, file).map(declarationOfSource).forEach(visit);
      continue;
    }
    visit(`${file}.map`);
    if (file.endsWith('.js')) visit(declarationOf(file));
    const isDeclaration = file.endsWith('.d.ts');
    for (const specifier of relativeImports(readFileSync(join(pkgDir, file), 'utf8'))) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      visit(target);
      if (isDeclaration) visit(declarationOf(target));
    }
  }
  return reached;
}

/** The files under `pkgDir/dist` that no entry reaches. */
export function unreachableDistFiles(pkgDir: string, entries: string[]): string[] {
  const reached = reachableFiles(pkgDir, entries);
  return filesUnder(join(pkgDir, 'dist'), pkgDir).filter((file) => !reached.has(file));
}
