// Lit's html`` and css`` templates keep the source's indentation, which every page downloads.
// A run of whitespace that spans lines renders exactly like one space in HTML (outside <pre>
// and <textarea>, which no template here writes on several lines) and means nothing more in
// CSS, so each such run in a tagged template's static text becomes one space. It works on the
// parsed module, so JavaScript inside ${...} and plain template strings are never touched.
const TAGS = new Set(['html', 'css', 'svg']);
const MULTILINE_WHITESPACE = /[ \t]*\n\s*/g;

/** Every static text part of html/css/svg tagged templates in a module's AST. */
function* templateTexts(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* templateTexts(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
    yield* node.quasi.quasis;
  }
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') yield* templateTexts(node[key]);
  }
}

export function compactTemplates() {
  return {
    name: 'dvc-compact-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('`')) return null;
      const edits = [];
      for (const text of templateTexts(this.parse(code))) {
        const raw = code.slice(text.start, text.end);
        if (raw !== text.value.raw) this.error(`compact-templates: unexpected template positions in ${id}`);
        if (/<(pre|textarea)\b[^>]*>[^<]*\n/i.test(raw)) continue;
        const compact = raw.replace(MULTILINE_WHITESPACE, ' ');
        if (compact !== raw) edits.push([text.start, text.end, compact]);
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, compact] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + compact + out.slice(end);
      return { code: out, map: null };
    },
  };
}
