import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { compactTemplates } from '../build/compact-templates.mjs';

/** The module's code after the build step, without minifying. */
async function compact(source: string): Promise<string> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [{ name: 'source', resolveId: (id) => (id === 'entry' ? id : null), load: () => source }, compactTemplates()],
    treeshake: false,
  });
  const { output } = await bundle.generate({ format: 'es' });
  return output[0].code;
}

test('line-spanning whitespace in html and css templates becomes one space', async () => {
  const code = await compact(
    'export const view = (x) => html`<ul>\n    <li class="a\n      b">${x}</li>\n  </ul>`;\n' +
      'export const styles = css`\n  :host {\n    display: block;\n  }\n`;\n',
  );
  assert.ok(code.includes('html`<ul> <li class="a b">${x}</li> </ul>`'), code);
  assert.ok(code.includes('css` :host { display: block; } `'), code);
});

test('JavaScript inside ${...}, plain template strings and one-line spaces are left as written', async () => {
  const code = await compact(
    'export const message = `line one\n  line two`;\n' +
      'export const view = (x) => html`<p>  two  spaces ${x.map((y) => `${y}\n  kept`)}</p>`;\n',
  );
  assert.ok(code.includes('`line one\n  line two`'), code);
  assert.ok(code.includes('<p>  two  spaces ${'), code);
  assert.ok(code.includes('`${y}\n  kept`'), code);
});

test('a template that writes a <pre> or <textarea> over several lines is left whole', async () => {
  const code = await compact('export const view = html`<pre>\n  keep\n    this</pre>\n  <p>\n  x</p>`;\n');
  assert.ok(code.includes('<pre>\n  keep\n    this</pre>\n  <p>\n  x</p>'), code);
});
