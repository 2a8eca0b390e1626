/** The plain page at `/`: what this sandbox serves, for a person who opened it in a browser. */
export interface IndexPageInput {
  publicUrl: string;
  version: string;
  database: string;
  accounts: readonly { sub: string; name: string; kind: string }[];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

export function indexPage({ publicUrl, version, database, accounts }: IndexPageInput): string {
  const links: [string, string][] = [
    ['/healthz', 'Tình trạng / Health'],
    ['/api/v1/procedures?q=khai%20sinh', 'Tìm thủ tục / Procedure search'],
    ['/api/v1/fields', 'Lĩnh vực / Fields'],
    ['/api/v1/agencies', 'Cơ quan / Agencies'],
    ['/oidc/.well-known/openid-configuration', 'OpenID Connect discovery'],
  ];
  const linkItems = links
    .map(([href, label]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a> <code>${escapeHtml(publicUrl + href)}</code></li>`)
    .join('\n');
  const accountItems = accounts.length
    ? accounts.map((a) => `<li>${escapeHtml(a.name)} <code>${escapeHtml(a.sub)}</code> (${escapeHtml(a.kind)})</li>`).join('\n')
    : '<li>(none)</li>';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>dvc-sandbox</title></head>
<body>
<h1>dvc-sandbox ${escapeHtml(version)}</h1>
<p>Cổng dịch vụ công giả lập để phát triển và kiểm thử. / A local emulator of the public-service portal for development and tests.</p>
<p>API: <code>${escapeHtml(publicUrl)}/api/v1</code> · database: ${escapeHtml(database)}</p>
<h2>Đường dẫn / Links</h2>
<ul>
${linkItems}
</ul>
<h2>Tài khoản thử nghiệm / Test accounts</h2>
<ul>
${accountItems}
</ul>
</body>
</html>`;
}
