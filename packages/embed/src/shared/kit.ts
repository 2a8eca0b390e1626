import { cleanConfig } from './config.js';
import type { DvcKitGlobal, EmbedConfig } from './types.js';

declare global {
  interface Window {
    DvcKit?: DvcKitGlobal;
  }
}

/** Marks a kit already warned about a second copy, so a page with three copies still warns once. */
const WARNED = Symbol.for('dvc-kit.duplicate-warned');

export interface KitSetup {
  build: DvcKitGlobal['build'];
  version: string;
  tags: readonly string[];
  initial: EmbedConfig;
  load(tag: string): Promise<void>;
}

/**
 * Installs `window.DvcKit`, or, when a kit (this version or another) is
 * already on the page, warns once and returns null: the caller then defines
 * nothing, so two script tags or two versions never fight over tags.
 */
export function installKit(setup: KitSetup): DvcKitGlobal | null {
  const existing = window.DvcKit as (DvcKitGlobal & { [WARNED]?: true }) | undefined;
  if (existing) {
    if (!existing[WARNED]) {
      existing[WARNED] = true;
      console.warn(
        `[dvc-kit] loaded twice: version ${existing.version} (${existing.build}) is already on this page, ` +
          `so this copy (${setup.version}, ${setup.build}) does nothing. Keep one script tag.`,
      );
    }
    return null;
  }
  let config: EmbedConfig = { ...setup.initial };
  const listeners = new Set<(config: Readonly<EmbedConfig>) => void>();
  const kit: DvcKitGlobal = {
    version: setup.version,
    build: setup.build,
    tags: setup.tags,
    get config() {
      return { ...config };
    },
    configure(next) {
      config = { ...config, ...cleanConfig(next ?? {}, document.baseURI) };
      listeners.forEach((l) => l({ ...config }));
    },
    load: setup.load,
    onConfig(listener) {
      listeners.add(listener);
      listener({ ...config });
      return () => listeners.delete(listener);
    },
  };
  // Not writable: a later script cannot swap the kit out from under loaded elements.
  Object.defineProperty(window, 'DvcKit', { value: kit, enumerable: false, configurable: false, writable: false });
  return kit;
}
