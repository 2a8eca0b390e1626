/** A file to fetch: absolute URL and its SRI hash. */
export interface KitFile {
  url: string;
  integrity: string;
}

/**
 * Adds one module file to the page and resolves when it has run. Shared
 * chunks go in as `<link rel=modulepreload integrity>` before the entry's
 * `<script type=module integrity>`: the browser checks each hash, and the
 * entry's own `import` then finds the verified module already in its map.
 */
export function injectModule(
  file: KitFile,
  kind: 'preload' | 'entry',
  toScriptUrl: (url: string) => string,
  nonce: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let node: HTMLLinkElement | HTMLScriptElement;
    if (kind === 'preload') {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = file.url;
      node = link;
    } else {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = toScriptUrl(file.url);
      node = script;
    }
    node.integrity = file.integrity;
    node.crossOrigin = 'anonymous';
    if (nonce) node.nonce = nonce;
    node.onload = () => resolve();
    node.onerror = () => reject(new Error(`[dvc-kit] could not load ${file.url} (network, CORS or integrity failure)`));
    document.head.append(node);
  });
}
