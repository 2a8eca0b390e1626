// Enums, labels, problem helpers and upload sniffing, plus the package's export map.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ALLOWED_UPLOAD_TYPES,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_VALUES,
  LEVEL_LABELS,
  LEVELS,
  MAX_UPLOAD_BYTES,
  PROBLEM_CODES,
  PROBLEM_TITLES,
  dossierStatusFromLegacyCode,
  dossierStatusInfo,
  isProblemCode,
  problemType,
  sniffUploadType,
} from '@dvc-kit/spec';
import { loadOpenApiDocument, openapiDocumentPath } from '@dvc-kit/spec/document';
import { document } from './helpers.js';

describe('dossier statuses', () => {
  test('follow the document order, with legacy codes 1..10 and draft without one', () => {
    assert.deepEqual(DOSSIER_STATUSES.map((s) => s.value), document.components.schemas.DossierStatus?.enum);
    assert.deepEqual(DOSSIER_STATUSES.map((s) => s.value), [...DOSSIER_STATUS_VALUES]);
    assert.deepEqual(DOSSIER_STATUSES.map((s) => s.legacyCode), [null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('carry the DOMAIN.md labels', () => {
    assert.equal(dossierStatusInfo('awaiting_payment').label.vi, 'Yêu cầu thực hiện nghĩa vụ tài chính');
    assert.equal(dossierStatusInfo('returned').label.vi, 'Đã trả kết quả');
    for (const status of DOSSIER_STATUSES) assert.ok(status.label.vi && status.label.en);
  });

  test('map legacy codes back', () => {
    assert.equal(dossierStatusFromLegacyCode(5), 'awaiting_supplement');
    assert.equal(dossierStatusFromLegacyCode(0), undefined);
    assert.equal(dossierStatusFromLegacyCode(11), undefined);
  });

  test('levels match the document and have labels', () => {
    assert.deepEqual([...LEVELS], document.components.schemas.Level?.enum);
    assert.equal(LEVEL_LABELS.commune.vi, 'Cấp xã');
  });
});

describe('problems', () => {
  test('type URIs and code guard', () => {
    assert.equal(problemType('procedure_not_found'), 'urn:dvc-kit:problem:procedure_not_found');
    assert.ok(isProblemCode('checksum_mismatch'));
    assert.ok(!isProblemCode('teapot'));
    for (const code of PROBLEM_CODES) assert.ok(PROBLEM_TITLES[code].vi && PROBLEM_TITLES[code].en);
  });
});

describe('upload sniffing', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
  // A minimal ZIP local file header naming `name` (fields zeroed except the name length).
  const zipEntry = (name: string) => {
    const header = new Array<number>(30).fill(0);
    header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
    header[26] = name.length;
    return bytes(header, name, 'xx');
  };
  const concat = (...arrays: Uint8Array[]) => new Uint8Array(arrays.flatMap((a) => [...a]));

  test('recognises each allowed type', () => {
    assert.equal(sniffUploadType(bytes('%PDF-1.7\n')), 'application/pdf');
    assert.equal(sniffUploadType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
    assert.equal(sniffUploadType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
    assert.equal(
      sniffUploadType(concat(zipEntry('[Content_Types].xml'), zipEntry('word/document.xml'))),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assert.equal(
      sniffUploadType(concat(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml'))),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  test('refuses everything else', () => {
    assert.equal(sniffUploadType(bytes('GIF89a')), null);
    assert.equal(sniffUploadType(bytes('hello')), null);
    assert.equal(sniffUploadType(new Uint8Array()), null);
    assert.equal(sniffUploadType(zipEntry('notes.txt')), null, 'a plain ZIP is not DOCX/XLSX');
    assert.equal(sniffUploadType(bytes('%PD')), null, 'truncated signature');
  });

  test('limits', () => {
    assert.equal(MAX_UPLOAD_BYTES, 20_971_520);
    assert.equal(ALLOWED_UPLOAD_TYPES.length, 5);
  });
});

describe('package exports', () => {
  test('@dvc-kit/spec/document loads the YAML', async () => {
    assert.match(openapiDocumentPath, /portal\.openapi\.yaml$/);
    const loaded = await loadOpenApiDocument();
    assert.equal(loaded.openapi, '3.1.0');
    assert.ok('Dossier' in loaded.components.schemas);
  });
});
