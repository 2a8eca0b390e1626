import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder, type StaticServer } from '../../support/static-server.js';

/** The policy from packages/embed/README.md, for a partner hosting its own copy of the kit. */
export function partnerCsp(apiOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types dvc-kit lit-html',
  ].join('; ');
}

/** Global CSS of the kind agency sites really ship, plus some that is plain hostile. */
const HOSTILE_CSS = `
html { font-size: 62.5%; }
* { box-sizing: content-box !important; margin: 3px; letter-spacing: 0.04em; }
body { font: 1.4rem/1.1 Georgia, serif; color: #202; background: #fdfde8; text-transform: uppercase; text-align: center; }
div, section, ul, li, p, label, span { display: inline !important; float: left; }
button, input, select { all: unset; background: hotpink !important; border: 6px dashed lime !important; font-size: 40px !important; }
[part], [role] { visibility: hidden !important; }
a { color: red !important; text-decoration: line-through !important; }
:host { display: none !important; }
`;

export interface PartnerSite extends StaticServer {
  pageUrl: string;
}

/**
 * An agency's own site on another origin: its page, its hostile stylesheet and a copy of the
 * built kit under /vendor/dvc-kit/, every response with the strict CSP. The kit talks to the
 * sandbox's API across origins (CORS) and signs in with the sandbox's e-ID.
 */
export async function partnerSite(builtDir: string, loaderFile: string, sandboxUrl: string): Promise<PartnerSite> {
  const root = mkdtempSync(join(tmpdir(), 'dvc-partner-'));
  cpSync(builtDir, join(root, 'vendor/dvc-kit'), { recursive: true });
  writeFileSync(join(root, 'hostile.css'), HOSTILE_CSS);
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sở Tư pháp (trang đối tác)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/hostile.css">
<script defer src="/vendor/dvc-kit/${loaderFile}" data-api-base="${sandboxUrl}/api/v1" data-client-id="dvc-demo"></script>
</head>
<body>
<header><h1>Sở Tư pháp — dịch vụ công</h1><dvc-login></dvc-login></header>
<main>
<dvc-procedure-search></dvc-procedure-search>
<dvc-dossier-upload procedure="1.001193"><dvc-login slot="sign-in"></dvc-login></dvc-dossier-upload>
</main>
</body>
</html>
`,
  );
  // The same page without the kit, to compare the globals against.
  writeFileSync(join(root, 'blank.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>\n');
  const server = await serveFolder(root, { 'content-security-policy': partnerCsp(new URL(sandboxUrl).origin) });
  return {
    url: server.url,
    pageUrl: `${server.url}/index.html`,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
