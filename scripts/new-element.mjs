#!/usr/bin/env node
// Starts a new element in one command:
//
//   npm run new:element -- dvc-name            writes packages/elements/src/name/ (component, styles,
//                                              vi/en strings, define.ts, a test and the shared suite),
//                                              stories/dvc-name.stories.ts, the registration (src/all.ts,
//                                              src/index.ts, package.json exports ./name and
//                                              ./name/component), then the manifest and the React wrapper
//   npm run new:element -- dvc-name --remove   takes all of that out again (only while the component
//                                              still carries the scaffold's mark)
//
// The scaffold loads a procedure by `code` so that it runs the shared parts from the first minute
// (PortalTask, the state view, heading-level, parts, strings, an event) and passes the shared
// suite; replace the load and the template with the element's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pascal, writeReactWrappers } from './gen-react.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELEMENTS = 'packages/elements';
/** The mark `--remove` looks for: a component that no longer has it is someone's work. */
export const SCAFFOLD_MARK = 'Scaffolded by `npm run new:element`';

/** The names one tag gives: `dvc-tax-code` -> folder tax-code, class DvcTaxCode, prefix taxCode. */
export function namesOf(tag) {
  if (!/^dvc-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag)) {
    throw new Error(`"${tag}" is not a tag for a new element: dvc- then lowercase words joined by "-", e.g. dvc-tax-code`);
  }
  const folder = tag.slice('dvc-'.length);
  const className = pascal(tag);
  const prefix = folder.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return { tag, folder, className, prefix };
}

function component({ tag, className, prefix }) {
  return `import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortalClient } from '@dvc-kit/client';
import type { Procedure } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { notConfiguredError } from '../controllers/failure.js';
import { PortalTask, initialState } from '../controllers/portal-task.js';
import { stateViewStyles } from '../controllers/state-view.js';
import { ${prefix}Strings } from './${tag}.strings.js';
import { ${prefix}Styles } from './${tag}.styles.js';

declare module '../base/events.js' {
  interface DvcEventMap {
    /** \`<${tag}>\` loaded what it shows. */
    '${tag}-load': { code: string };
  }
}

/**
 * \`<${tag} code="1.001193">\`: shows the name of the procedure with that code.
 *
 * ${SCAFFOLD_MARK}: replace the load and the template with this element's own,
 * keep what every element does (packages/elements/README.md): PortalTask with its signal, the
 * state view for loading and failures, \`heading-level\`, a \`@csspart\` for each part, vi/en strings.
 *
 * @fires ${tag}-load - \`{ code }\` when the procedure is loaded
 * @csspart base - the wrapper of everything the element shows
 * @csspart heading - the element's heading (\`heading-level\`)
 * @csspart content - what it loaded
 * @csspart state - the loading, error and not-configured messages
 * @csspart retry - the retry button of a failed load
 */
export class ${className} extends DvcElement {
  static override styles = [DvcElement.styles, ${prefix}Styles, stateViewStyles];

  /** National procedure code to load, e.g. '1.001193'. */
  @property({ reflect: true }) code = '';

  /** Level of the element's heading. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Loads \`code\`; a new code or client loads again, and leaving the page aborts the request. */
  private readonly loader = new PortalTask<readonly [string, PortalClient | null], Procedure>(this, {
    args: () => [this.code, this.client] as const,
    task: async ([code, client], signal) => {
      if (!client) throw notConfiguredError();
      if (!code) return initialState;
      return client.procedures.get(code, { signal });
    },
    onComplete: (procedure) => this.emit('${tag}-load', { code: procedure.code }),
    locale: () => this.locale,
  });

  protected override render(): TemplateResult {
    const t = this.strings(${prefix}Strings);
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html\`<section part="base" aria-labelledby="heading">
      <div part="heading" class="heading" role="heading" aria-level=\${level} id="heading">\${t.heading}</div>
      \${this.loader.render({
        initial: () => html\`<p part="content">\${t.noCode}</p>\`,
        complete: (procedure) => html\`<p part="content">\${t.procedure(procedure.name)}</p>\`,
      })}
    </section>\`;
  }
}
`;
}

function styles({ prefix }) {
  return `import { css } from 'lit';

/** The heading, sized alike whatever \`heading-level\` makes it. */
export const ${prefix}Styles = css\`
  .heading {
    margin: 0 0 var(--_space);
    line-height: 1.3;
    font-size: 1.125em;
    font-weight: 700;
  }
  [part~='content'] {
    margin: 0;
  }
\`;
`;
}

function strings({ folder, prefix }) {
  return `import { defineStrings } from '../i18n/strings.js';

export const ${prefix}Strings = defineStrings(
  {
    heading: 'Phần tử ${folder}',
    noCode: 'Chưa có mã thủ tục.',
    procedure: (name: string) => \`Thủ tục: \${name}\`,
  },
  {
    heading: 'The ${folder} element',
    noCode: 'No procedure code given.',
    procedure: (name: string) => \`Procedure: \${name}\`,
  },
);
`;
}

function define({ tag, className }) {
  return `import { defineElement } from '../base/define.js';
import { ${className} } from './${tag}.component.js';

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
}

function behaviourTest({ tag, className }) {
  return `/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createPortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import './define.js';
import { createFakePortal, FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import type { ${className} } from './${tag}.component.js';

const client = () => createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal().fetch, retry: false });

describe('<${tag}>', () => {
  it('shows the procedure of its code and says so with ${tag}-load', async () => {
    const loaded = oneEvent(document, '${tag}-load');
    const provider = await fixture(html\`<dvc-provider .client=\${client()}><${tag} code="1.001193"></${tag}></dvc-provider>\`);
    const el = provider.querySelector('${tag}') as ${className};
    expect((await loaded).detail).to.deep.equal({ code: '1.001193' });
    const content = () => el.shadowRoot!.querySelector('[part~="content"]')?.textContent ?? '';
    await until(() => content().includes('Thủ tục đăng ký khai sinh'), () => \`the procedure's name (shows "\${content()}")\`);
  });

  it('says that a code is missing, without calling the portal', async () => {
    const portal = createFakePortal();
    const provider = await fixture(html\`<dvc-provider .client=\${createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch })}>
      <${tag} lang="en"></${tag}>
    </dvc-provider>\`);
    const el = provider.querySelector('${tag}') as ${className};
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="content"]')!.textContent).to.equal('No procedure code given.');
    expect(portal.log).to.have.length(0);
  });
});
`;
}

function suiteTest({ tag }) {
  return `import { fixture, html } from '@open-wc/testing';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';

const fakeClient = (options: FakePortalOptions = {}) =>
  createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal(options).fetch, retry: false });

async function mount(client: PortalClient): Promise<HTMLElement> {
  const provider = await fixture<HTMLElement>(html\`<dvc-provider .client=\${client}><${tag} code="1.001193"></${tag}></dvc-provider>\`);
  return provider.querySelector<HTMLElement>('${tag}')!;
}

async function showing(client: PortalClient, what: string): Promise<HTMLElement> {
  const el = await mount(client);
  await until(() => el.shadowRoot!.querySelector(what), what);
  return el;
}

runElementSuite({
  tag: '${tag}',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    loaded: () => showing(fakeClient(), '[part~="content"]'),
    'load failed': () => showing(fakeClient({ failure: 'server-error' }), '[part~="retry"]'),
  },
  notConfigured: () => fixture(html\`<${tag} code="1.001193"></${tag}>\`),
  inFlight: (client) => mount(client),
});
`;
}

function story({ tag, folder }) {
  return `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/${folder}';
import type { FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { catalogPortal } from './support/catalog-story.js';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  code: string;
}

const TAG = '${tag}';

function render(args: Args, options: FakePortalOptions = {}) {
  const { client } = catalogPortal(options);
  return framed(args, html\`<dvc-provider .client=\${client} lang=\${args.lang} theme=\${args.theme}>
    <${tag} code=\${args.code}></${tag}>
  </dvc-provider>\`);
}

const meta: Meta<Args> = {
  title: 'Elements/${tag}',
  component: TAG,
  args: { code: '1.001193', lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: { ...FRAME_ARG_TYPES, code: { control: 'select', options: ['1.001193', '1.001978', '9.999999'] } },
  render: (args) => render(args),
  parameters: componentDocs('Shows the name of the procedure with the given code. Event: \`${tag}-load\`.'),
};
export default meta;
type Story = StoryObj<Args>;

export const Loaded: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const NotFound: Story = { args: { code: '9.999999' } };
export const Loading: Story = { render: (args) => render(args, { latencyMs: 600_000 }) };
export const ServerError: Story = { render: (args) => render(args, { failure: 'server-error' }) };
`;
}

/** Every file the element starts with: repo-relative path -> content. */
export function elementFiles(tag) {
  const names = namesOf(tag);
  const dir = `${ELEMENTS}/src/${names.folder}`;
  return new Map([
    [`${dir}/${tag}.component.ts`, component(names)],
    [`${dir}/${tag}.styles.ts`, styles(names)],
    [`${dir}/${tag}.strings.ts`, strings(names)],
    [`${dir}/define.ts`, define(names)],
    [`${dir}/${tag}.test.ts`, behaviourTest(names)],
    [`${dir}/${tag}.suite.test.ts`, suiteTest(names)],
    [`stories/${tag}.stories.ts`, story(names)],
  ]);
}

/** The lines and exports that register the element. */
function registration({ tag, folder, className }) {
  return {
    all: `import './${folder}/define.js';`,
    index: `export { ${className} } from './${folder}/${tag}.component.js';`,
    exports: {
      [`./${folder}`]: { source: `./src/${folder}/define.ts`, types: `./dist/${folder}/define.d.ts`, default: `./dist/${folder}/define.js` },
      [`./${folder}/component`]: {
        source: `./src/${folder}/${tag}.component.ts`,
        types: `./dist/${folder}/${tag}.component.d.ts`,
        default: `./dist/${folder}/${tag}.component.js`,
      },
    },
  };
}

/** `text` with `line` after the last line matching `after`. */
function insertAfterLast(text, after, line, file) {
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => after.test(l));
  if (last < 0) throw new Error(`${file}: no line like ${after} to add "${line}" after`);
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}

/** `text` without the line `line` (exactly). */
function withoutLine(text, line) {
  return text
    .split('\n')
    .filter((l) => l !== line)
    .join('\n');
}

/** The registration files with the element added: all.ts, index.ts and package.json texts. */
export function addRegistration(files, tag) {
  const names = namesOf(tag);
  const r = registration(names);
  if (files.all.includes(r.all)) throw new Error(`src/all.ts already registers <${tag}>`);
  const pkg = JSON.parse(files.packageJson);
  // After the last element's own entries (before the short aliases such as ./search).
  const entries = Object.entries(pkg.exports);
  const isOwnComponentEntry = ([key, target]) => {
    const folder = /^\.\/([a-z0-9-]+)\/component$/.exec(key)?.[1];
    return Boolean(folder) && target.source === `./src/${folder}/dvc-${folder}.component.ts`;
  };
  const last = entries.findLastIndex(isOwnComponentEntry);
  if (last < 0) throw new Error('package.json: no element export like "./<name>/component" to add the new ones after');
  entries.splice(last + 1, 0, ...Object.entries(r.exports));
  pkg.exports = Object.fromEntries(entries);
  return {
    all: insertAfterLast(files.all, /^import '\.\/[a-z0-9-]+\/define\.js';$/, r.all, 'src/all.ts'),
    index: insertAfterLast(files.index, /^export \{ Dvc\w+ \} from '\.\/[a-z0-9-]+\/dvc-[a-z0-9-]+\.component\.js';$/, r.index, 'src/index.ts'),
    packageJson: `${JSON.stringify(pkg, null, 2)}\n`,
  };
}

/** The registration files without the element. */
export function removeRegistration(files, tag) {
  const r = registration(namesOf(tag));
  const pkg = JSON.parse(files.packageJson);
  for (const key of Object.keys(r.exports)) delete pkg.exports[key];
  return {
    all: withoutLine(files.all, r.all),
    index: withoutLine(files.index, r.index),
    packageJson: `${JSON.stringify(pkg, null, 2)}\n`,
  };
}

const REGISTRATION_FILES = { all: `${ELEMENTS}/src/all.ts`, index: `${ELEMENTS}/src/index.ts`, packageJson: `${ELEMENTS}/package.json` };

function readRegistration() {
  return Object.fromEntries(Object.entries(REGISTRATION_FILES).map(([key, path]) => [key, readFileSync(join(REPO, path), 'utf8')]));
}

function writeRegistration(files) {
  for (const [key, path] of Object.entries(REGISTRATION_FILES)) writeFileSync(join(REPO, path), files[key]);
}

/** The manifest and the React wrappers follow the elements. */
function regenerate() {
  const cem = spawnSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (cem.status !== 0) throw new Error(`npm run manifest failed:\n${cem.stdout}\n${cem.stderr}`);
  writeReactWrappers();
}

function create(tag) {
  const files = elementFiles(tag);
  for (const path of files.keys()) if (existsSync(join(REPO, path))) throw new Error(`${path} exists already`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(REPO, path)), { recursive: true });
    writeFileSync(join(REPO, path), text);
  }
  writeRegistration(addRegistration(readRegistration(), tag));
  regenerate();
  const { folder } = namesOf(tag);
  console.log(`<${tag}>: wrote ${[...files.keys()].join(', ')};
registered it in src/all.ts, src/index.ts and package.json (./${folder}, ./${folder}/component);
updated custom-elements.json and packages/react/src/${tag}.ts.
Next: npm run typecheck && npm run test:browser -- 'packages/elements/src/${folder}/*.test.ts'`);
}

function remove(tag) {
  const files = elementFiles(tag);
  const componentPath = [...files.keys()].find((p) => p.endsWith('.component.ts'));
  const text = existsSync(join(REPO, componentPath)) ? readFileSync(join(REPO, componentPath), 'utf8') : '';
  if (!text.includes(SCAFFOLD_MARK)) throw new Error(`${componentPath} is not an untouched scaffold (no "${SCAFFOLD_MARK}"): remove it by hand`);
  rmSync(join(REPO, dirname(componentPath)), { recursive: true, force: true });
  rmSync(join(REPO, `stories/${tag}.stories.ts`), { force: true });
  writeRegistration(removeRegistration(readRegistration(), tag));
  regenerate();
  console.log(`<${tag}>: removed its folder, story, registration and React wrapper; manifest updated.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const tag = args.find((a) => !a.startsWith('--'));
  try {
    if (!tag) throw new Error('usage: npm run new:element -- dvc-name [--remove]');
    if (args.includes('--remove')) remove(tag);
    else create(tag);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
