/**
 * The script-tag loader: a classic script that installs `window.DvcKit`,
 * reads its settings from its own data-* attributes, and fetches each
 * element's code (content-hashed files beside it, SRI-checked) only when its
 * tag first appears on the page (and the runtime's optional parts when it
 * asks). It never imports Lit: it stays small.
 */
import { files, parts, tags, version } from 'virtual:dvc-embed-manifest';
import { configFromScript } from '../shared/config.js';
import { installKit } from '../shared/kit.js';
import { injectModule, type KitFile } from './inject.js';
import { scriptUrlMaker } from './trusted-urls.js';
import { watchTags } from './watch-tags.js';

function start(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  // The files sit next to the loader, wherever the partner serves it from.
  const base = script?.src || document.baseURI;
  const kitFiles: KitFile[] = files.map(([path, hash]) => ({ url: new URL(`${path}.js`, base).href, integrity: `sha256-${hash}` }));
  // Made on first use: a second copy of the kit never gets here, so never asks for a second
  // 'dvc-kit' Trusted Types policy (which a strict CSP refuses).
  let scriptUrl: ((url: string) => string) | null = null;
  const toScriptUrl = (url: string) => (scriptUrl ??= scriptUrlMaker(new Set(kitFiles.map((f) => f.url))))(url);
  const nonce = script?.nonce ?? '';
  const fetched = new Map<number, Promise<void>>();
  const loading = new Map<string, Promise<void>>();

  const fetchFile = (index: number, kind: 'preload' | 'entry'): Promise<void> => {
    let done = fetched.get(index);
    const file = kitFiles[index];
    if (!done && file) {
      done = injectModule(file, kind, toScriptUrl, nonce);
      fetched.set(index, done);
    }
    return done ?? Promise.resolve();
  };

  /** Fetches an element (resolves once its tag is defined) or a part (once its code has run). */
  const load = (name: string): Promise<void> => {
    let done = loading.get(name);
    if (done) return done;
    const indices = tags[name] ?? parts[name];
    if (!indices) return Promise.reject(new Error(`[dvc-kit] nothing called "${name}" in this kit`));
    // File 0 is the base chunk every entry imports (the manifest leaves it out of each list).
    const [entry = -1, ...shared] = indices;
    done = Promise.all([0, ...shared].map((i) => fetchFile(i, 'preload')).concat(fetchFile(entry, 'entry'))).then(() =>
      name in tags ? customElements.whenDefined(name).then(() => undefined) : undefined,
    );
    done.catch(console.error);
    loading.set(name, done);
    return done;
  };

  const kit = installKit({ build: 'loader', version, tags: Object.keys(tags), initial: configFromScript(script), load });
  if (kit) watchTags(kit.tags, (tag) => void load(tag).catch(() => undefined));
}

start();
