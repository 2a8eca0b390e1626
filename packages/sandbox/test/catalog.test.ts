import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ProcedureSchema } from '@dvc-kit/spec';
import * as v from 'valibot';
import { channelFees, cleanNote, parseDuration, parseFee } from '../src/catalog/fees.js';
import { importCatalog, loadSeed } from '../src/catalog/import.js';
import { deriveOnlineLevel, normalizeProcedure, type RawProcedure } from '../src/catalog/normalize.js';
import { slugify } from '../src/catalog/slug.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const realCatalog = join(repoRoot, '../shared/data/procedures-national.jsonl');

function raw(overrides: Partial<RawProcedure> = {}): RawProcedure {
  return {
    code: '1.001193', name: 'Thủ tục đăng ký khai sinh', ministry_slug: 'bo-tu-phap', decision_no: '163/QĐ-BTP',
    levels: ['Cấp xã'], procedure_type: null, field: 'Hộ tịch', implementing_agency: 'Không có thông tin',
    competent_authority: '', receiving_address: '', target_groups: ['Công dân Việt Nam'],
    channels: [{ channel: 'Trực tuyến', duration: '1', duration_unit: 'Ngày làm việc', fee: 'Miễn phí', fee_note: null }],
    dossier_component_groups: [{ case: null, components: [{ name: 'Tờ khai', template_file: null, originals: 1, copies: 0 }] }],
    result: { name: 'Giấy khai sinh', code: 'KQ.G15.000031' }, legal_basis_doc_numbers: ['60/2014/QH13'],
    requirements: 'Không có thông tin', steps_text: 'Bước 1', source_url: null,
    ...overrides,
  };
}

function normalized(overrides: Partial<RawProcedure> = {}) {
  const result = normalizeProcedure(raw(overrides));
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.procedure;
}

describe('seed catalog', () => {
  it('has at least 40 valid procedures with distinct codes across all three levels', async () => {
    const seed = await loadSeed();
    assert.ok(seed.procedures.length >= 40, `only ${seed.procedures.length} procedures`);
    const codes = seed.procedures.map((p) => p.code);
    assert.equal(new Set(codes).size, codes.length, 'duplicate codes');
    const levels = new Set(seed.procedures.flatMap((p) => p.levels));
    for (const level of ['ministry', 'province', 'commune'] as const) assert.ok(levels.has(level), `no ${level} procedure`);
    for (const procedure of seed.procedures) {
      const parsed = v.safeParse(ProcedureSchema, procedure);
      assert.ok(parsed.success, `${procedure.code}: ${parsed.success ? '' : v.summarize(parsed.issues)}`);
    }
    for (const code of ['1.001193', '1.000894', '1.000656', '1.004222', '1.004194', '1.001456', '3.000333']) {
      assert.ok(codes.includes(code), `seed lacks ${code}`);
    }
  });

  it('references only agencies and fields it lists, with single-case ids and component ids as the contract says', async () => {
    const seed = await loadSeed();
    const agencies = new Map(seed.agencies.map((a) => [a.id, a]));
    const fieldIds = new Set(seed.fields.map((f) => f.id));
    assert.equal(seed.agencies.filter((a) => a.level === 'province').length, 34, 'the 34 provinces since 1 July 2025');
    for (const agency of seed.agencies) {
      if (agency.parentId !== null) assert.ok(agencies.has(agency.parentId), `${agency.id}: unknown parent`);
    }
    for (const p of seed.procedures) {
      assert.deepEqual(agencies.get(p.agency.id), p.agency, `${p.code}: agency differs from agencies.json`);
      assert.ok(fieldIds.has(p.field.id), `${p.code}: field ${p.field.id} not in fields.json`);
      assert.equal(p.field.id, slugify(p.field.name));
      if (p.cases.length === 1) assert.equal(p.cases[0]!.id, 'default', `${p.code}: single case must be 'default'`);
      for (const c of p.cases) {
        for (const component of c.components) {
          assert.match(component.id, /^c\d+$/);
          if (component.template) assert.match(component.template.url ?? '', /^\/templates\/[^/]+$/);
        }
      }
    }
  });

  it('carries real fees: passport 200.000 đ, free birth registration, e-visa in USD', async () => {
    const { procedures } = await loadSeed();
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    const passport = byCode.get('1.001456')!;
    assert.ok(passport.channels.some((c) => c.fees.some((f) => f.amount === 200000 && f.currency === 'VND')));
    assert.deepEqual(passport.cases.map((c) => c.id), ['lan-dau', 'cap-lai']);
    assert.ok(byCode.get('1.001193')!.channels.every((c) => c.fees.every((f) => f.free)));
    assert.ok(byCode.get('1.002757')!.channels[0]!.fees.some((f) => f.currency === 'USD' && f.amount === 25));
  });
});

describe('normalizeProcedure: fees', () => {
  it('reads free, VND in three spellings, USD, and keeps unparseable text', () => {
    assert.deepEqual(parseFee('Miễn phí'), { kind: 'unknown', amount: 0, currency: 'VND', free: true, text: 'Miễn phí' });
    assert.equal(parseFee('100,000 Việt Nam Đồng').amount, 100000);
    assert.equal(parseFee('100,000 VNĐ').amount, 100000);
    assert.equal(parseFee('100.000 đồng').amount, 100000);
    assert.equal(parseFee('1,350,000 Việt Nam Đồng').amount, 1350000);
    assert.deepEqual(parseFee('25 USD'), { kind: 'unknown', amount: 25, currency: 'USD', free: false, text: '25 USD' });
    const unknown = parseFee('Theo quy định của Hội đồng nhân dân cấp tỉnh');
    assert.equal(unknown.amount, null);
    assert.equal(unknown.free, false);
    assert.equal(unknown.text, 'Theo quy định của Hội đồng nhân dân cấp tỉnh');
    assert.equal(parseFee('50,000 VNĐ', 'Lệ phí đăng ký').kind, 'charge');
    assert.equal(parseFee('100,000 VNĐ', 'Phí công bố nội dung').kind, 'fee');
  });

  it("turns 'Không có thông tin' notes into null and strips it when glued to a real note", () => {
    assert.equal(cleanNote('Không có thông tin'), null);
    assert.equal(cleanNote('Không có thông tinKhông có thông tin'), null);
    assert.equal(cleanNote('Không có thông tinKhông có thông tinnộp hồ sơ trực tiếp.'), 'nộp hồ sơ trực tiếp.');
    assert.equal(cleanNote(': nộp hồ sơ trực tuyến'), 'nộp hồ sơ trực tuyến');
    assert.equal(cleanNote(null), null);
  });

  it('takes an amount from the start of the note when the fee column is empty', () => {
    const fees = channelFees(null, '10,000 Việt Nam Đồng(10.000 đồng/lần đăng ký)');
    assert.equal(fees.length, 1);
    assert.equal(fees[0]!.amount, 10000);
    assert.deepEqual(channelFees(null, 'Nộp tại bộ phận một cửa'), []);
    assert.deepEqual(channelFees(null, null), []);
  });

  it('normalises the fee_note of a channel to null', () => {
    const p = normalized({ channels: [{ channel: 'Trực tiếp', duration: '3', duration_unit: 'Ngày', fee: '20,000 VNĐ', fee_note: 'Không có thông tin' }] });
    assert.equal(p.channels[0]!.note, null);
    assert.equal(p.channels[0]!.fees[0]!.amount, 20000);
  });
});

describe('normalizeProcedure: durations, levels, channels', () => {
  it('maps each unit and keeps the text when the unit is missing', () => {
    assert.deepEqual(parseDuration('5', 'Ngày làm việc'), { value: 5, unit: 'working_day', text: null });
    assert.deepEqual(parseDuration('15', 'Ngày'), { value: 15, unit: 'day', text: null });
    assert.deepEqual(parseDuration('1', 'Giờ'), { value: 1, unit: 'hour', text: null });
    assert.deepEqual(parseDuration('2', 'Tháng'), { value: 2, unit: 'month', text: null });
    assert.deepEqual(parseDuration('1100', null), { value: 1100, unit: null, text: '1100' });
    assert.deepEqual(parseDuration('140,000', null), { value: null, unit: null, text: '140,000' });
    assert.deepEqual(parseDuration(null, null), { value: null, unit: null, text: null });
  });

  it('maps levels and channel names, and derives the online level', () => {
    const p = normalized({
      levels: ['Cấp bộ', 'Cấp tỉnh', 'Cấp xã', 'Cơ quan khác', 'Cấp tỉnh'],
      channels: [
        { channel: 'Trực tuyến', duration: '3', duration_unit: 'Ngày làm việc', fee: 'Miễn phí', fee_note: null },
        { channel: 'Trực tiếp', duration: '3', duration_unit: 'Ngày làm việc', fee: null, fee_note: null },
        { channel: 'Dịch vụ bưu chính', duration: null, duration_unit: null, fee: null, fee_note: null },
      ],
    });
    assert.deepEqual(p.levels, ['ministry', 'province', 'commune', 'other']);
    assert.deepEqual(p.channels.map((c) => c.channel), ['online', 'in_person', 'postal']);
    assert.equal(p.onlineLevel, 'full');
    assert.equal(deriveOnlineLevel(p.channels.filter((c) => c.channel !== 'online')), 'info');
    const partial = normalized({ channels: [{ channel: 'Trực tuyến', duration: '3', duration_unit: 'Ngày', fee: 'Theo quy định', fee_note: null }] });
    assert.equal(partial.onlineLevel, 'partial');
  });

  it('maps the field to a slug and the ministry to its QCVN 102 agency', () => {
    const p = normalized({ field: 'Khiếu nại, tố cáo', ministry_slug: 'bo-nong-nghiep-mt', competent_authority: '' });
    assert.deepEqual(p.field, { id: 'khieu-nai-to-cao', name: 'Khiếu nại, tố cáo' });
    assert.equal(p.agency.id, '000.00.00.G10');
    assert.equal(normalized({ ministry_slug: 'bo-xay-dung', competent_authority: 'Bộ Tài chính' }).agency.id, '000.00.00.G12');
    assert.ok(slugify('Đầu tư bằng vốn hỗ trợ phát triển chính thức (ODA) và viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức').length <= 100);
  });

  it('keeps names of about 1,100 characters whole and maps unknowns to null', () => {
    const longName = `Thủ tục ${'đăng ký '.repeat(137)}`.trim();
    const p = normalized({ name: longName });
    assert.equal(p.name, longName);
    assert.ok(p.name.length > 1000);
    assert.equal(p.requirements, null);
    assert.equal(p.implementingAgency, null);
  });

  it('rejects records it cannot turn into a procedure, with a reason', () => {
    assert.deepEqual(normalizeProcedure(null), { ok: false, reason: 'not a JSON object' });
    assert.deepEqual(normalizeProcedure(raw({ code: '' })), { ok: false, reason: 'missing code' });
    assert.deepEqual(normalizeProcedure(raw({ code: 'abc' })), { ok: false, reason: "malformed code 'abc'" });
    // A province's local variant appends its agency code (DOMAIN.md): 1.001193.000.00.00.H56.
    const variant = normalizeProcedure(raw({ code: '1.001193.000.00.00.H56' }));
    assert.equal(variant.ok && variant.procedure.code, '1.001193.000.00.00.H56');
    assert.deepEqual(normalizeProcedure(raw({ levels: ['Cấp huyện'] })), { ok: false, reason: "unknown level 'Cấp huyện'" });
    assert.deepEqual(normalizeProcedure(raw({ ministry_slug: 'bo-ngoai-giao' })), { ok: false, reason: "unknown ministry 'bo-ngoai-giao'" });
    assert.deepEqual(normalizeProcedure(raw({ channels: [{ channel: 'Fax' }] })), { ok: false, reason: "unknown channel 'Fax'" });
  });

  it('survives fields of the wrong type instead of throwing', () => {
    const odd = { ...raw(), levels: 7, channels: 'x', target_groups: null, dossier_component_groups: [null, { case: 3, components: [{ name: 5 }] }] };
    const result = normalizeProcedure(odd);
    assert.deepEqual(result, { ok: false, reason: 'no level' });
    const p = normalizeProcedure({ ...odd, levels: ['Cấp bộ'] });
    assert.ok(p.ok);
    assert.deepEqual(p.procedure.channels, []);
    assert.deepEqual(p.procedure.cases, [{ id: 'default', name: null, components: [] }]);
  });
});

describe('normalizeProcedure: dossier components and cases', () => {
  it('strips bullet prefixes and marks optional items', () => {
    const p = normalized({
      dossier_component_groups: [{ case: null, components: [
        { name: '- Tờ khai đăng ký khai sinh', template_file: 'To khai.docx', originals: 1, copies: 0 },
        { name: '+ Giấy chứng sinh', template_file: null, originals: 1, copies: 0 },
        { name: '* Văn bản ủy quyền (nếu có)', template_file: null, originals: 0, copies: 1 },
        { name: '++ Trường hợp trẻ bị bỏ rơi: biên bản', template_file: null, originals: 1, copies: 0 },
        { name: '  ', template_file: null, originals: 1, copies: 0 },
      ] }],
    });
    assert.equal(p.cases.length, 1);
    assert.equal(p.cases[0]!.id, 'default');
    assert.deepEqual(p.cases[0]!.components.map((c) => [c.id, c.name, c.required]), [
      ['c1', 'Tờ khai đăng ký khai sinh', true],
      ['c2', 'Giấy chứng sinh', true],
      ['c3', 'Văn bản ủy quyền (nếu có)', false],
      ['c4', 'Trường hợp trẻ bị bỏ rơi: biên bản', false],
    ]);
    assert.deepEqual(p.cases[0]!.components[0]!.template, { name: 'To khai.docx', url: null });
  });

  it('drops generic headers, names a case from a leading header, and numbers ids across cases', () => {
    const p = normalized({
      dossier_component_groups: [
        { case: '* Giấy tờ phải nộp:', components: [
          { name: '- Tờ khai', template_file: null, originals: 1, copies: 0 },
          { name: '* Giấy tờ phải xuất trình:', template_file: null, originals: 0, copies: 0 },
          { name: '- Hộ chiếu', template_file: null, originals: 1, copies: 0 },
        ] },
        { case: null, components: [
          { name: '- Đối với phương tiện thương mại:', template_file: null, originals: 0, copies: 0 },
          { name: '- Giấy đăng ký', template_file: null, originals: 1, copies: 0 },
        ] },
        { case: 'Trường hợp đăng ký trên môi trường điện tử:', components: [] },
      ],
    });
    assert.deepEqual(p.cases.map((c) => [c.id, c.name, c.components.map((x) => `${x.id} ${x.name}`)]), [
      ['case-1', null, ['c1 Tờ khai', 'c2 Hộ chiếu']],
      ['case-2', 'Đối với phương tiện thương mại', ['c3 Giấy đăng ký']],
    ]);
  });

  it("splits the portal's glued column titles and gives back digits glued into the originals count", () => {
    const p = normalized({
      dossier_component_groups: [{ case: null, components: [
        { name: '* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu', template_file: null, originals: 1, copies: 0 },
        { name: 'Văn bản theo Nghị định số 56/2023/NĐ-CP ngày 24/7/', template_file: null, originals: 20231, copies: 0 },
        { name: 'Đơn đăng ký biến động theo Mẫu số', template_file: null, originals: 181, copies: 1 },
      ] }],
    });
    assert.deepEqual(p.cases[0]!.components.map((c) => [c.name, c.originals, c.copies]), [
      ['Hộ chiếu', 1, 0],
      ['Văn bản theo Nghị định số 56/2023/NĐ-CP ngày 24/7/2023', 1, 0],
      ['Đơn đăng ký biến động theo Mẫu số 18', 1, 1],
    ]);
  });

  it("gives a procedure without components one empty 'default' case", () => {
    assert.deepEqual(normalized({ dossier_component_groups: [] }).cases, [{ id: 'default', name: null, components: [] }]);
  });
});

describe('importCatalog', () => {
  it('reports every bad line with its number and reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-catalog-'));
    try {
      const file = join(dir, 'catalog.jsonl');
      const good = JSON.stringify(raw());
      const lines = [`\uFEFF${good}`, '{not json', JSON.stringify(raw({ code: null })), '', good, JSON.stringify(raw({ code: '2.000815', levels: [] }))];
      await writeFile(file, `${lines.join('\n')}\n`);
      const progress: number[] = [];
      const result = await importCatalog(file, { onProgress: (p) => progress.push(p.lines) });
      assert.equal(result.procedures.length, 1);
      assert.deepEqual(result.rejected.map((r) => [r.line, r.code, r.reason.split(':')[0]]), [
        [2, undefined, 'invalid JSON'],
        [3, undefined, 'missing code'],
        [5, '1.001193', 'duplicate code 1.001193'],
        [6, '2.000815', 'no level'],
      ]);
      assert.equal(result.agencies[0]!.id, '000.00.00.G15');
      assert.deepEqual(result.fields, [{ id: 'ho-tich', name: 'Hộ tịch' }]);
      assert.equal(progress.at(-1), 6);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('imports the real national catalog: every record imported or rejected with a reason', async () => {
    assert.ok(existsSync(realCatalog), `real catalog not found at ${realCatalog} (expected ../shared/data/procedures-national.jsonl beside the repo)`);
    const result = await importCatalog(realCatalog);
    assert.equal(result.procedures.length + result.rejected.length, 2642);
    for (const rejection of result.rejected) assert.ok(rejection.reason.length > 0, `line ${rejection.line} has no reason`);
    const birth = result.procedures.find((p) => p.code === '1.001193');
    assert.ok(birth, '1.001193 missing');
    assert.equal(birth.name, 'Thủ tục đăng ký khai sinh');
    assert.equal(birth.field.id, 'ho-tich');
    assert.deepEqual(birth.levels, ['commune']);
    assert.ok(birth.channels.every((c) => c.fees.every((f) => f.free)), 'birth registration is free');
    assert.deepEqual(birth.results, [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh' }]);
    const residence = result.procedures.find((p) => p.code === '1.004222');
    assert.deepEqual(residence?.channels.map((c) => [c.channel, c.fees[0]?.amount]), [['online', 10000], ['in_person', 20000]]);
    const fees = result.procedures.flatMap((p) => p.channels.flatMap((c) => c.fees));
    assert.ok(fees.some((f) => f.currency === 'USD' && f.amount !== null), 'no USD fee parsed');
    assert.ok(fees.filter((f) => !f.free && f.amount !== null).length > 300, 'too few amounts parsed');
    for (const p of result.procedures.slice(0, 200)) assert.ok(v.is(ProcedureSchema, p), p.code);
    const levels = new Set(result.procedures.flatMap((p) => p.levels));
    assert.deepEqual([...levels].sort(), ['commune', 'ministry', 'other', 'province']);
    assert.ok(result.fields.length >= 130);
    assert.ok(result.procedures.every((p) => !/^[-+*]\s/.test(p.cases.flatMap((c) => c.components)[0]?.name ?? '')));
  });
});
