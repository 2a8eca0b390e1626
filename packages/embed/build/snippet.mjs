// The copy-paste snippet partners put in their pages, with the loader's SRI hash, and the
// README block that publishes it (between the markers below, rewritten by every build).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- dvc-kit:snippet:start (written by the build; do not edit) -->';
const END = '<!-- dvc-kit:snippet:end -->';

export function snippetFor(manifest, origin = 'https://dichvucong.example.vn') {
  const dir = `${origin}/embed/v${manifest.version}`;
  return [
    `<!-- dvc-kit ${manifest.version}: one tag; elements load when they first appear -->`,
    `<script defer src="${dir}/${manifest.loader.file}"`,
    `        integrity="${manifest.loader.integrity}" crossorigin="anonymous"`,
    `        data-api-base="${origin}/api/v1" data-client-id="YOUR-CLIENT-ID" data-locale="vi"></script>`,
    '',
    `<!-- or everything in one request (${(manifest.full.gzipBytes / 1024).toFixed(1)} KB gzip) -->`,
    `<script defer src="${dir}/${manifest.full.file}"`,
    `        integrity="${manifest.full.integrity}" crossorigin="anonymous"`,
    `        data-api-base="${origin}/api/v1" data-client-id="YOUR-CLIENT-ID" data-locale="vi"></script>`,
  ].join('\n');
}

/** Rewrites the snippet block of the README; returns false when the markers are missing. */
export function updateReadme(readmePath, snippet) {
  if (!existsSync(readmePath)) return false;
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const next = `${text.slice(0, start)}${START}\n\`\`\`html\n${snippet}\n\`\`\`\n${text.slice(end)}`;
  if (next !== text) writeFileSync(readmePath, next);
  return true;
}

/** The snippet currently published in the README, or null. */
export function readmeSnippet(readmePath) {
  const text = readFileSync(readmePath, 'utf8');
  const match = text.match(/<!-- dvc-kit:snippet:start[^>]*-->\n```html\n([\s\S]*?)\n```\n<!-- dvc-kit:snippet:end -->/);
  return match ? match[1] : null;
}
