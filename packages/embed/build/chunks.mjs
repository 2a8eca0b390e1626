// Shared chunks, so a page fetches few files and no code it does not use:
//   'base': what every element needs: Lit's core, the portal client (without its sign-in and
//           uploads), the contract's schemas, the elements' foundations and the embed's runtime;
//   'form-inputs': the four inputs an agency may also use alone (address, date, ID number,
//           phone), their field helpers and checks, the administrative-units calls and Lit's
//           directives (only the form elements use them);
//   'forms': <dvc-dossier-form> on top of them, with the whole-form check and its JSON Schema
//           interpreter and the client's forms calls.
// A page then fetches base + its elements' own chunks; the budgets count them apart.
import { sep } from 'node:path';

const NODE_MODULES_BASE = ['lit', 'lit-html', 'lit-element', '@lit', 'valibot', 'openapi-fetch'];
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
/** Checked before SOURCE_BASE, in this order; the first prefix that matches names the chunk. */
const SOURCE_FORMS = [
  ['packages/elements/src/dossier-form/', 'forms'],
  ['packages/client/src/forms/forms-api.ts', 'forms'],
  ['packages/client/src/forms/form-errors.ts', 'forms'],
  // The whole-form check; the vocabulary in codes.ts stays in base (the contract's schemas use it).
  ['packages/spec/src/forms/check.ts', 'forms'],
  ['packages/spec/src/forms/custom-checks.ts', 'forms'],
  ['packages/spec/src/forms/schema-errors.ts', 'forms'],
  ['packages/spec/src/forms/schema-node.ts', 'forms'],
  ['packages/spec/src/forms/lint.ts', 'forms'],
  ['packages/spec/src/forms/codes.ts', 'base'],
  ['packages/spec/src/forms/', 'form-inputs'],
  ['packages/elements/src/address-input/', 'form-inputs'],
  ['packages/elements/src/date-input/', 'form-inputs'],
  ['packages/elements/src/id-number-input/', 'form-inputs'],
  ['packages/elements/src/phone-input/', 'form-inputs'],
  ['packages/elements/src/field/', 'form-inputs'],
  ['packages/client/src/forms/administrative-units-api.ts', 'form-inputs'],
  ['packages/client/src/forms/', 'form-inputs'],
  // What the address input shares with the search (diacritic folding, highlighting): named, or
  // the first chunk to import it would take it in.
  ['packages/client/src/text/', 'highlight'],
  ['packages/elements/src/catalog/highlight.ts', 'highlight'],
];
const NODE_MODULES_FORMS = ['@cfworker/json-schema'];

/**
 * True for an element whose code lives in the 'forms' or 'form-inputs' chunk. The one-file full bundle leaves
 * these out: with them it would weigh about 30 KB more than its budget (issue #18 is to bring
 * them in under 80 KB); a page with a form uses the loader.
 */
export function isFormElement(root, defineModule) {
  const rel = defineModule.split(sep).join('/').slice(root.length + 1);
  return SOURCE_FORMS.some(([p, chunk]) => chunk !== 'base' && p.startsWith('packages/elements/') && rel.startsWith(p));
}

function packageName(path) {
  const [first, second] = path.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

export function sharedChunks(root) {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (id) => {
    const path = id.split(sep).join('/');
    const nm = path.lastIndexOf('/node_modules/');
    if (nm >= 0) {
      const inside = path.slice(nm + 14);
      const name = packageName(inside);
      if (NODE_MODULES_FORMS.includes(name)) return 'forms';
      // Lit's directives (repeat, live, ...) serve the form elements only.
      if (name === 'lit-html' && /^lit-html\/(directives\/|directive\.js|directive-helpers\.js)/.test(inside)) return 'form-inputs';
      if (NODE_MODULES_BASE.includes(name) || NODE_MODULES_BASE.includes(inside.split('/')[0])) return 'base';
      return undefined;
    }
    if (!id.startsWith(prefix)) return undefined;
    const rel = path.slice(prefix.length);
    const form = SOURCE_FORMS.find(([p]) => rel.startsWith(p));
    if (form) return form[1];
    return SOURCE_BASE.some((p) => rel.startsWith(p)) ? 'base' : undefined;
  };
}
