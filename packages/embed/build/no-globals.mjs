// The kit promises one global, window.DvcKit. Lit registers its own on globalThis so that
// several copies on a page can find each other: its version lists (litHtmlVersions, ...; read
// only by its dev-mode warnings) and its decorators' property metadata map (litPropertyMetadata).
// The embed has exactly one copy, so these become module-local (one small shared module for Lit's
// map). Each rewrite must match: a library update that changes the code fails the build instead
// of leaking a global. (valibot, the schemas' library, keeps its config in module scope.)
const REWRITES = [
  {
    file: /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/][^\\/]+\.js$/,
    from: /\(\s*\w+\.(?:litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\("[^"]*"\)/g,
    to: 'void 0',
    optional: true, // only the package's main module registers a version
  },
];

const LIT_METADATA_ID = '\0dvc-lit-property-metadata';
const LIT_FILES = /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/](reactive-element|decorators[\\/]property)\.js$/;

/** Lit's decorators and ReactiveElement share one WeakMap; give them a module instead of globalThis. */
function litMetadata(code) {
  if (!code.includes('litPropertyMetadata')) return code;
  const body = code
    .replace(/\w+\.litPropertyMetadata\?\?=new WeakMap/g, 'void 0')
    .replace(/globalThis\.litPropertyMetadata/g, '__dvcLitPropertyMetadata')
    .replace(/(?<![.\w$])litPropertyMetadata(?![\w$])/g, '__dvcLitPropertyMetadata');
  return `import { map as __dvcLitPropertyMetadata } from ${JSON.stringify(LIT_METADATA_ID)};\n${body}`;
}

export function noThirdPartyGlobals() {
  return {
    name: 'dvc-no-third-party-globals',
    resolveId: (id) => (id === LIT_METADATA_ID ? id : null),
    load: (id) => (id === LIT_METADATA_ID ? 'export const map = new WeakMap();' : null),
    transform(code, id) {
      let out = LIT_FILES.test(id) ? litMetadata(code) : code;
      for (const rule of REWRITES) {
        if (!rule.file.test(id)) continue;
        const next = out.replace(rule.from, rule.to);
        if (next === out && !rule.optional) this.error(`expected code not found in ${id} (${rule.from}); update build/no-globals.mjs`);
        out = next;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
