import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveFolder, type StaticServer } from '../../../../test/support/static-server.js';

/** The strict policy the kit promises to work under (the same lines the README gives partners). */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types dvc-kit lit-html',
].join('; ');

export interface TestSite extends StaticServer {
  /** URL of a page written with page(). */
  url: string;
  page(name: string, body: string): string;
  /** Writes any other file under the site's root. */
  file(path: string, content: string): void;
  close(): Promise<void>;
}

/**
 * A throw-away site on 127.0.0.1 with a copy of the built kit under /kit/ and pages written
 * by the test, every response carrying the strict CSP: a partner hosting the kit itself.
 */
export async function testSite(builtDir: string): Promise<TestSite> {
  const root = mkdtempSync(join(tmpdir(), 'dvc-embed-site-'));
  cpSync(builtDir, join(root, 'kit'), { recursive: true });
  const server = await serveFolder(root, { 'content-security-policy': STRICT_CSP });
  return {
    url: server.url,
    page(name, body) {
      writeFileSync(join(root, name), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>\n${body}\n</body></html>`);
      return `${server.url}/${name}`;
    },
    file(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
