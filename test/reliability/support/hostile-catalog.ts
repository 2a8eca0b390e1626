// A small catalog in the national JSONL format whose texts are hostile: built from the first real
// record (so the importer sees a realistic shape), with names, notes and links replaced.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTILE_MARKUP, HOSTILE_NAME, LONG } from './hostile.js';

export const HOSTILE_CODE = '9.990001';
export const LONG_CODE = '9.990002';
const REAL_CATALOG = resolve(import.meta.dirname, '../../../../shared/data/procedures-national.jsonl');

export async function hostileCatalog(): Promise<string> {
  if (!existsSync(REAL_CATALOG)) {
    throw new Error(`The real catalog is missing at ${REAL_CATALOG}; hostile-content tests build on its first record.`);
  }
  const first = (await readFile(REAL_CATALOG, 'utf8')).split('\n')[0] ?? '';
  const base = JSON.parse(first) as Record<string, unknown> & { dossier_component_groups: { components: Record<string, unknown>[] }[] };
  const hostile = {
    ...base,
    code: HOSTILE_CODE,
    name: HOSTILE_NAME,
    field: `Hộ tịch ${HOSTILE_MARKUP}`,
    levels: ['Cấp tỉnh'],
    requirements: `${HOSTILE_MARKUP}\n${LONG}`,
    steps_text: HOSTILE_MARKUP,
    source_url: 'javascript:window.__dvcPwned=1',
    channels: [{ channel: 'Trực tuyến', duration: '5', duration_unit: 'Ngày làm việc', fee: null, fee_note: `Ghi chú ${HOSTILE_MARKUP}` }],
    dossier_component_groups: [{
      case: `Trường hợp ${HOSTILE_MARKUP}`,
      components: [
        { name: `Tờ khai ${HOSTILE_MARKUP}`, template_file: `${HOSTILE_MARKUP}.docx`, originals: 1, copies: 0 },
        { name: LONG, template_file: null, originals: 1, copies: 1 },
      ],
    }],
  };
  const long = { ...hostile, code: LONG_CODE, name: LONG, source_url: null };
  const dir = await mkdtemp(join(tmpdir(), 'dvc-hostile-catalog-'));
  const file = join(dir, 'catalog.jsonl');
  await writeFile(file, `${JSON.stringify(hostile)}\n${JSON.stringify(long)}\n`);
  return file;
}
