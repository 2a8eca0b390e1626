// What every element needs goes in one 'base' chunk: Lit, the portal client (without its
// sign-in and uploads), the contract's schemas, the elements' foundations and the embed's
// runtime. A page then fetches base + its elements' own chunks; the budgets count them apart.
import { sep } from 'node:path';

const NODE_MODULES_BASE = ['lit', 'lit-html', 'lit-element', '@lit', 'zod', 'openapi-fetch'];
const SOURCE_BASE = [
  'packages/elements/src/base/',
  'packages/elements/src/context/',
  'packages/elements/src/controllers/',
  'packages/elements/src/provider/',
  'packages/elements/src/i18n/',
  'packages/elements/src/theme/',
  'packages/client/src/core/',
  'packages/client/src/resources/',
  'packages/client/src/client.ts',
  'packages/client/src/errors.ts',
  'packages/client/src/pagination.ts',
  'packages/client/src/index.ts',
  'packages/spec/src/',
  'packages/embed/src/runtime/connect.ts',
  'packages/embed/src/runtime/lazy-auth.ts',
  'packages/embed/src/runtime/parts.ts',
  'packages/embed/src/shared/',
];

export function baseChunk(root) {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (id) => {
    const path = id.split(sep).join('/');
    const nm = path.lastIndexOf('/node_modules/');
    if (nm >= 0) {
      const [first, second] = path.slice(nm + 14).split('/');
      const name = first.startsWith('@') ? `${first}/${second}` : first;
      if (NODE_MODULES_BASE.includes(name) || NODE_MODULES_BASE.includes(first)) return 'base';
      return undefined;
    }
    if (!id.startsWith(prefix)) return undefined;
    const rel = path.slice(prefix.length);
    return SOURCE_BASE.some((p) => rel.startsWith(p)) ? 'base' : undefined;
  };
}
