/**
 * @dvc-kit/embed: the script-tag build of dvc-kit. The package's payload is
 * its `dist/v<version>/` folder (loader, element chunks, full bundle,
 * manifest.json with SRI hashes); this entry only exports the types of
 * `window.DvcKit` and of the manifest, for TypeScript users of the global.
 *
 * @packageDocumentation
 */
export type {
  DvcKitGlobal, EmbedConfig, EmbedLocale, EmbedTheme, EmbedManifest, ManifestEntry, ManifestFile,
} from './shared/types.js';
