/**
 * First module of the full bundle: installs `window.DvcKit` from the script
 * tag's data-* attributes. The bundle's wrapper has already returned early
 * when a kit was on the page (see rollup.embed.mjs), so nothing below runs twice.
 */
import { tags, version } from 'virtual:dvc-embed-manifest';
import { configFromScript } from '../shared/config.js';
import { installKit } from '../shared/kit.js';

installKit({
  build: 'full',
  version,
  tags: Object.keys(tags),
  initial: configFromScript(document.currentScript as HTMLScriptElement | null),
  // Every element is defined by the time the bundle has run.
  load: (tag) =>
    tag in tags ? customElements.whenDefined(tag).then(() => undefined) : Promise.reject(new Error(`[dvc-kit] unknown element <${tag}>`)),
});
