// tus-js-client (the client's uploader) pulls two helpers that every supported browser has
// built in: url-parse (CommonJS, for one `new URL(link, origin)`) and js-base64 (for
// `Base64.encode` of upload metadata). The embed points them at the platform instead:
// no CommonJS in the bundle and about 2 KB gzip less.
const SHIMS = {
  'url-parse': 'export default URL;',
  'js-base64': `export const Base64 = {
  encode(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
    return btoa(binary);
  },
};`,
};

export function platformShims() {
  return {
    name: 'dvc-platform-shims',
    resolveId: (id) => (id in SHIMS ? `\0shim:${id}` : null),
    load: (id) => (id.startsWith('\0shim:') ? SHIMS[id.slice(6)] : null),
  };
}
