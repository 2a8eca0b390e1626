// Bundled third-party code keeps its licence: minified files drop comments, so the build
// writes LICENSES.txt beside them with the licence text of every npm package it bundled.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

function packageRoot(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return null;
  const rest = id.slice(at + 14).split(sep);
  const depth = rest[0].startsWith('@') ? 2 : 1;
  return join(id.slice(0, at + 14), ...rest.slice(0, depth));
}

export function thirdPartyLicenses(into) {
  return {
    name: 'dvc-licenses',
    moduleParsed(info) {
      const dir = packageRoot(info.id);
      if (!dir || into.has(dir) || !existsSync(join(dir, 'package.json'))) return;
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
      into.set(dir, {
        name: pkg.name,
        version: pkg.version,
        license: typeof pkg.license === 'string' ? pkg.license : 'see text',
        text: file ? readFileSync(join(dir, file), 'utf8') : `(no licence file in ${dirname(dir)})`,
      });
    },
  };
}
