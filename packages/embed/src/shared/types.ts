/**
 * The public shapes of the script-tag embed: what a partner page reads and
 * passes to `window.DvcKit`, and the manifest the build publishes.
 */

/** Languages the elements speak. */
export type EmbedLocale = 'vi' | 'en';
/** Colour scheme: follow the system ('auto'), or force one. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * Page-wide settings, from the script tag's data-* attributes or
 * `window.DvcKit.configure()`. Later calls merge into earlier ones.
 */
export interface EmbedConfig {
  /** Portal API base, e.g. 'https://dichvucong.example.vn/api/v1' (data-api-base). Defaults to the script's origin + '/api/v1'. */
  apiBase?: string;
  /** OpenID Connect client id registered for this site (data-client-id); without it, sign-in is not offered. */
  clientId?: string;
  /** Where the e-ID provider sends the person back (data-redirect-uri). Defaults to the current page. */
  redirectUri?: string;
  /** Page language for the elements (data-locale); the nearest `lang` attribute still wins inside the page. */
  locale?: EmbedLocale;
  /** Colour scheme (data-theme). */
  theme?: EmbedTheme;
}

/** `window.DvcKit`: the only global the embed adds. */
export interface DvcKitGlobal {
  /** The kit's version, e.g. '0.1.0'. */
  readonly version: string;
  /** 'loader' (elements load on first use) or 'full' (everything in one file). */
  readonly build: 'loader' | 'full';
  /** Tags this build can provide. */
  readonly tags: readonly string[];
  /** The merged settings so far (a copy). */
  readonly config: Readonly<EmbedConfig>;
  /** Merges settings; elements already on the page follow. */
  configure(config: EmbedConfig): void;
  /** Loads one element's code now instead of when its tag first appears; resolves once the tag is defined. */
  load(tag: string): Promise<void>;
  /** Calls `listener` with the settings now and after every `configure()`; returns the unsubscribe function. */
  onConfig(listener: (config: Readonly<EmbedConfig>) => void): () => void;
}

/** One published file: path relative to the manifest, and its SRI hash. */
export interface ManifestFile {
  file: string;
  integrity: string;
  /** Bytes as served, and after gzip -9 (what the budgets count). */
  bytes: number;
  gzipBytes: number;
}

/** `manifest.json`, published next to the files of one version. */
export interface EmbedManifest {
  name: '@dvc-kit/embed';
  version: string;
  /** The small script partners include. */
  loader: ManifestFile;
  /**
   * One classic script, for sites that want one request: every element but the online form's
   * (`<dvc-dossier-form>` and its inputs, which pages load through the loader), named in `tags`.
   */
  full: ManifestFile & { tags: string[] };
  /** The chunk every element imports: Lit, the portal client, the elements' foundations. */
  base: ManifestFile;
  /** Per tag: its entry file, then the shared files it imports (base included), in load order. */
  elements: Record<string, ManifestEntry>;
  /** Code the runtime loads on first need (e.g. 'sign-in'), in the same shape. */
  parts: Record<string, ManifestEntry>;
}

/** An entry file and the shared files it imports, deepest first. */
export interface ManifestEntry {
  entry: ManifestFile;
  imports: ManifestFile[];
}
