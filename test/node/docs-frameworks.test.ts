// @dvc-kit/react covers every element of the manifest and every one of its events, with the
// prop names the Frameworks guide promises, and renders on the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './packaging-support.js';
import { manifestTags } from './docs-reference-support.js';

const SRC = join(REPO, 'packages', 'react', 'src');
const propFor = (event: string) => `on${event.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;

interface Wrapper {
  component: string;
  tag: string;
  events: Map<string, string>; // prop -> event
}

function wrappers(): Wrapper[] {
  return readdirSync(SRC)
    .filter((f) => f.startsWith('dvc-') && f.endsWith('.ts'))
    .map((f) => {
      const text = readFileSync(join(SRC, f), 'utf8');
      const component = text.match(/export const (\w+) = createComponent\(/)?.[1] ?? '';
      const tag = text.match(/tagName: '([\w-]+)'/)?.[1] ?? '';
      const events = new Map<string, string>();
      for (const m of text.matchAll(/(\w+): (?:dvcEvent\('([\w-]+)'\)|'([\w-]+)' as EventName)/g)) events.set(m[1]!, m[2] ?? m[3]!);
      return { component, tag, events };
    });
}

test('every element has a React component exported from @dvc-kit/react', () => {
  const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
  const byTag = new Map(wrappers().map((w) => [w.tag, w]));
  for (const tag of manifestTags()) {
    const wrapper = byTag.get(tag.tagName);
    assert.ok(wrapper, `no React wrapper for <${tag.tagName}>`);
    assert.equal(wrapper.component, tag.name, `the wrapper of <${tag.tagName}> is named like its class`);
    assert.match(index, new RegExp(`export \\{ ${wrapper.component} \\}`), `index.ts exports ${wrapper.component}`);
  }
});

test('every event of every element is a callback prop named on<EventName>', () => {
  const byTag = new Map(wrappers().map((w) => [w.tag, w]));
  const missing: string[] = [];
  for (const tag of manifestTags()) {
    const wrapper = byTag.get(tag.tagName);
    for (const event of tag.events) {
      const mapped = [...(wrapper?.events ?? [])].find(([, name]) => name === event.name);
      if (!mapped) missing.push(`<${tag.tagName}> ${event.name}`);
      else if (event.name.startsWith('dvc-')) assert.equal(mapped[0], propFor(event.name), `${event.name} prop name`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the Frameworks guide lists every React component', () => {
  const guide = readFileSync(join(REPO, 'docs', 'guides', 'frameworks.md'), 'utf8');
  for (const wrapper of wrappers()) {
    assert.ok(guide.includes(`| \`${wrapper.component}\` | \`<${wrapper.tag}>\` |`), `frameworks.md lists ${wrapper.component}`);
  }
});

test('the React components render on the server (the element upgrades in the browser)', async () => {
  const React = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { DvcProcedureSearch, DvcLogin } = await import('@dvc-kit/react');
  const html = renderToString(
    React.createElement('main', null, React.createElement(DvcLogin, { mode: 'popup' }), React.createElement(DvcProcedureSearch, { pageSize: 5 })),
  );
  assert.match(html, /<dvc-login[^>]*>/);
  assert.match(html, /<dvc-procedure-search[^>]*>/);
});
