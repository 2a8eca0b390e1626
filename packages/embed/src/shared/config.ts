import type { EmbedConfig, EmbedLocale, EmbedTheme } from './types.js';

const LOCALES: readonly string[] = ['vi', 'en'];
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** Keeps only the settings we understand, with URLs made absolute against `base`. */
export function cleanConfig(input: EmbedConfig, base: string): EmbedConfig {
  const out: EmbedConfig = {};
  if (input.apiBase) out.apiBase = new URL(input.apiBase, base).href.replace(/\/$/, '');
  if (input.clientId) out.clientId = String(input.clientId);
  if (input.redirectUri) out.redirectUri = new URL(input.redirectUri, base).href;
  const locale = String(input.locale ?? '').toLowerCase().split('-')[0] ?? '';
  if (LOCALES.includes(locale)) out.locale = locale as EmbedLocale;
  if (input.theme && THEMES.includes(input.theme)) out.theme = input.theme;
  return out;
}

/**
 * Settings from the script tag's own data-* attributes. The API base defaults
 * to the origin the script came from: the portal that serves the kit usually
 * serves its API too.
 */
export function configFromScript(script: HTMLScriptElement | null): EmbedConfig {
  const page = document.baseURI;
  if (!script) return {};
  const data = script.dataset;
  const defaults: EmbedConfig = script.src ? { apiBase: new URL('/api/v1', script.src).href } : {};
  return {
    ...defaults,
    ...cleanConfig(
      {
        apiBase: data.apiBase,
        clientId: data.clientId,
        redirectUri: data.redirectUri,
        locale: data.locale as EmbedLocale | undefined,
        theme: data.theme as EmbedTheme | undefined,
      },
      page,
    ),
  };
}
