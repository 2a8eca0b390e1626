// Custom elements manifest for @dvc-kit/elements (and, from it, VS Code custom data).
//
//   npx cem analyze --config custom-elements-manifest.config.mjs
//
// writes packages/elements/custom-elements.json, vscode.html-custom-data.json and
// vscode.css-custom-data.json. They are committed (Storybook and editors read them) and
// test/node/docs-manifest.test.ts fails when they are stale or incomplete.
//
// The stock analyzer (with its Lit support) reads classes, @property fields and the JSDoc tags
// @fires @csspart @cssprop @slot. Three things of ours it cannot see, added by the plugins below:
// - tags are registered with `defineElement('dvc-x', DvcX)`, not `customElements.define`;
// - events are fired with `this.emit('dvc-x', detail)`, and their detail types live in the
//   `DvcEventMap` interface (extended by module augmentation in each element folder);
// - module paths should name the published files (dist/*.js), not the repo's TypeScript sources.
import { writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const PACKAGE_DIR = 'packages/elements';
// The test writes a fresh copy elsewhere (a path relative to the repo root) to compare.
const OUT_DIR = process.env.DVC_CEM_OUTDIR ?? PACKAGE_DIR;

/** Custom element definitions made through our `defineElement(tag, Class)` helper. */
function defineElementCalls() {
  return {
    name: 'dvc-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteral(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tagArg.text,
        declaration: { name: className, module: importedFrom(ts, node.getSourceFile(), className, moduleDoc.path) },
      });
    },
  };
}

/** The module (repo-relative .ts path) a name is imported from, or this module when it is local. */
function importedFrom(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    if (!named.elements.some((element) => element.name.text === name)) continue;
    const target = posix.join(posix.dirname(modulePath), statement.moduleSpecifier.text);
    return target.replace(/\.js$/, '.ts');
  }
  return modulePath;
}

/** Event detail types from every `interface DvcEventMap { ... }`, and events fired with `this.emit()`. */
function dvcEvents() {
  const detailTypes = new Map(); // event name -> detail type text
  const emittedBy = new Map(); // class name -> Set of event names
  return {
    name: 'dvc-events',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'DvcEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        detailTypes.set(name, squash(member.type.getText()));
      }
    },
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      if (node.expression.name.text !== 'emit' || node.expression.expression.kind !== ts.SyntaxKind.ThisKeyword) return;
      const [eventArg] = node.arguments;
      if (!eventArg || !ts.isStringLiteral(eventArg)) return;
      let owner = node.parent;
      while (owner && !ts.isClassDeclaration(owner)) owner = owner.parent;
      if (!owner?.name) return;
      const events = emittedBy.get(owner.name.text) ?? new Set();
      events.add(eventArg.text);
      emittedBy.set(owner.name.text, events);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        declaration.events ??= [];
        // An emitted event without a @fires tag still belongs in the manifest (the test flags
        // its missing description so the element's JSDoc gets fixed).
        for (const name of emittedBy.get(declaration.name) ?? []) {
          if (!declaration.events.some((event) => event.name === name)) declaration.events.push({ name });
        }
        // The base class's generic `emit(type, ...)` shows up as an event named after its
        // parameter; keep only events that are documented, typed in DvcEventMap or emitted by name.
        const emitted = emittedBy.get(declaration.name) ?? new Set();
        declaration.events = declaration.events.filter(
          (event) => event.description || detailTypes.has(event.name) || emitted.has(event.name),
        );
        for (const event of declaration.events) {
          const detail = detailTypes.get(event.name);
          if (detail && !event.type?.text?.includes('<')) event.type = { text: `CustomEvent<${detail}>` };
        }
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}

/** Keeps only what a page can use (custom elements, their definitions, public members), in path order. */
function publicSurfaceOnly() {
  return {
    name: 'dvc-public-surface',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules
        .map((module) => {
          const declarations = (module.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement && d.tagName);
          for (const declaration of declarations) {
            declaration.members = (declaration.members ?? []).filter(
              (member) => !member.privacy || member.privacy === 'public',
            );
          }
          const exports = (module.exports ?? []).filter(
            (e) => e.kind === 'custom-element-definition' || declarations.some((d) => d.name === e.declaration?.name),
          );
          return { ...module, declarations, exports };
        })
        .filter((module) => module.declarations.length > 0 || module.exports.length > 0)
        // In path order: the analyzer lists files in the order the file system gives them, which
        // differs between a clone and a working tree whose folders were made at other times.
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** `packages/elements/src/x/y.ts` -> `dist/x/y.js`: the file an installed package really has. */
function publishedPaths() {
  const toDist = (path) => {
    const relative = path?.replace(/^\//, '');
    if (!relative?.startsWith(`${PACKAGE_DIR}/src/`)) return path;
    return relative.replace(`${PACKAGE_DIR}/src/`, 'dist/').replace(/\.ts$/, '.js');
  };
  return {
    name: 'dvc-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = toDist(module.path);
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = toDist(declaration.superclass.module);
          for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
            const list = declaration[key];
            for (const item of list ?? []) {
              if (item.inheritedFrom?.module) item.inheritedFrom.module = toDist(item.inheritedFrom.module);
            }
          }
        }
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module) entry.declaration.module = toDist(entry.declaration.module);
        }
      }
    },
  };
}

/** VS Code custom data (html.customData / css.customData) from the finished manifest. */
function vscodeCustomData() {
  return {
    name: 'dvc-vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const elements = classes(customElementsManifest).filter((d) => d.tagName);
      const html = {
        version: 1.1,
        tags: elements.map((element) => ({
          name: element.tagName,
          description: describeElement(element),
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(valuesOf(attribute.type?.text) ? { values: valuesOf(attribute.type.text) } : {}),
          })),
        })),
      };
      const cssProperties = new Map();
      const parts = new Map();
      for (const element of elements) {
        for (const property of element.cssProperties ?? []) {
          if (!cssProperties.has(property.name)) cssProperties.set(property.name, property.description ?? '');
        }
        for (const part of element.cssParts ?? []) {
          const key = `::part(${part.name})`;
          const where = `<${element.tagName}>: ${part.description ?? ''}`.trim();
          parts.set(key, parts.has(key) ? `${parts.get(key)}\n${where}` : where);
        }
      }
      const css = {
        version: 1.1,
        properties: [...cssProperties].map(([name, description]) => ({ name, description })),
        pseudoElements: [...parts].map(([name, description]) => ({ name, description })),
      };
      writeJson(join(OUT_DIR, 'vscode.html-custom-data.json'), html);
      writeJson(join(OUT_DIR, 'vscode.css-custom-data.json'), css);
    },
  };
}

function describeElement(element) {
  const lines = [element.summary ?? element.description ?? ''];
  if (element.events?.length) lines.push('', 'Events:', ...element.events.map((e) => `- ${e.name}: ${e.description ?? ''}`));
  if (element.slots?.length) lines.push('', 'Slots:', ...element.slots.map((s) => `- ${s.name || '(default)'}: ${s.description ?? ''}`));
  return lines.join('\n').trim();
}

/** Attribute values for editors' completion when the type is a union of string literals. */
function valuesOf(typeText) {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'null' && part !== 'undefined');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => ({ name: part.slice(1, -1) }));
}

function classes(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class'));
}

const squash = (text) => text.replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').trim();

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export default {
  globs: [`${PACKAGE_DIR}/src/**/*.ts`],
  exclude: [`${PACKAGE_DIR}/src/**/*.test.ts`, `${PACKAGE_DIR}/src/**/test-helpers.ts`, `${PACKAGE_DIR}/src/**/*.stories.ts`],
  outdir: OUT_DIR,
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), dvcEvents(), publicSurfaceOnly(), publishedPaths(), vscodeCustomData()],
};
