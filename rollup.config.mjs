// One build for every publishable package: ESM JavaScript per export in package.json (its
// "source" file in, its "default" file out) plus declaration files from tsc. The embed package
// adds its browser bundles (loader, element chunks, full bundle) from its own rollup.embed.mjs.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

// Dependency order: each package's declarations need those of the packages it imports.
const PACKAGES = ['spec', 'client', 'elements', 'react', 'embed', 'sandbox'];

function entriesOf(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const input = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target !== 'object' || !target.source || !target.default) continue;
    if (!target.source.endsWith('.ts') || !existsSync(join(pkgDir, target.source))) continue;
    const name = relative('dist', target.default.replace(/^\.\//, '')).replace(/\.js$/, '');
    input[name] = join(pkgDir, target.source);
  }
  return input;
}

/** Writes .d.ts files with tsc once the package's JavaScript is out. */
function declarations(pkgDir) {
  return {
    name: 'declarations',
    writeBundle() {
      const config = join(pkgDir, 'tsconfig.build.json');
      if (!existsSync(config)) return;
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], { stdio: 'inherit' });
    },
  };
}

// A build starts from an empty dist/ for the packages whose dist is exactly their exports: files left by
// an older build (a moved or deleted module) would otherwise be published. The embed and the sandbox
// keep their dist/: their own build scripts write there too.
for (const name of ['spec', 'client', 'elements', 'react']) rmSync(join('packages', name, 'dist'), { recursive: true, force: true });

const isExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default PACKAGES.map((name) => join('packages', name))
  .map((pkgDir) => ({ pkgDir, input: entriesOf(pkgDir) }))
  .filter(({ input }) => Object.keys(input).length > 0)
  .map(({ pkgDir, input }) => ({
    input,
    external: isExternal,
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }), declarations(pkgDir)],
    output: {
      dir: join(pkgDir, 'dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  }));

