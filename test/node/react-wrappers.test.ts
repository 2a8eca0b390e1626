// The React wrappers of @dvc-kit/react are generated from the custom-elements manifest
// (scripts/gen-react.mjs, `npm run gen:react`): the committed files must be what it makes now,
// with one component per documented element and a typed callback prop per event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS_PACKAGE, MANIFEST, REACT_SRC, outdatedWrappers, reactWrappers } from '../../scripts/gen-react.mjs';

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; name: string; events?: Array<{ name: string }> }> }>;
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('packages/react/src is what `npm run gen:react` makes from the manifest', () => {
  assert.deepEqual(outdatedWrappers(), [], 'run `npm run manifest && npm run gen:react`');
});

test('one component per element, named after its class, exported from the index', () => {
  const index = readFileSync(join(REACT_SRC, 'index.ts'), 'utf8');
  assert.ok(elements.length >= 7, 'the manifest documents the elements');
  for (const element of elements) {
    assert.match(index, new RegExp(`export \\{ ${element.name} \\} from './${element.tagName}\\.js';`), `<${element.tagName}>`);
  }
  assert.match(index, /export \{ dvcEvent \} from '\.\/events\.js';/);
});

test('every event of an element is a callback prop of its component', () => {
  const files = reactWrappers(manifest, JSON.parse(readFileSync(ELEMENTS_PACKAGE, 'utf8')) as object);
  for (const element of elements) {
    const wrapper = files.get(`${element.tagName}.ts`) ?? '';
    for (const event of element.events ?? []) {
      const prop = event.name.startsWith('dvc-')
        ? `on${event.name.replace(/(^|-)([a-z0-9])/g, (_m: string, _d: string, c: string) => c.toUpperCase())}: dvcEvent('${event.name}')`
        : `: '${event.name}' as EventName<Event>`;
      assert.ok(wrapper.includes(prop), `<${element.tagName}> ${event.name}: ${prop}`);
    }
  }
});
