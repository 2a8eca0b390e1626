/**
 * Online forms for the fakes: the sandbox's own form definitions (its seed files, imported as
 * they are, so the tests and stories render exactly what the sandbox serves), the definition
 * routes `fake-portal.ts` answers, and drafts whose answers are saved through
 * `PUT /dossiers/{ref}/form` and recorded for assertions.
 *
 * ```ts
 * const portal = createFakePortal();
 * const drafts = createFakeFormDrafts();
 * portal.routes.push((request) => drafts.handle(request));
 * const draft = drafts.draft('1.001193');
 * // <dvc-dossier-form procedure="1.001193" dossier=${draft.id}>; later: drafts.saves
 * ```
 */
import type { Dossier, FormCheck, FormDefinition, FormList } from '@dvc-kit/spec';
import { checkForm } from '@dvc-kit/spec/forms';
import birthRegistration from '../../sandbox/seed/forms/1.001193.json';
import marriageRegistration from '../../sandbox/seed/forms/1.000894.json';
import permanentResidence from '../../sandbox/seed/forms/1.004222.json';
import businessHousehold from '../../sandbox/seed/forms/1.001612.json';
import buildingPermit from '../../sandbox/seed/forms/1.013225.json';
import { makeDossier } from './fake-dossiers.js';

// The sandbox checks these files against the contract when it loads them (definitions.ts), and
// its tests fail on a file that is not a FormDefinition; JSON's inferred types are only wider.
const asDefinition = (json: unknown) => json as FormDefinition;

/** Birth registration (1.001193): the applicant (prefilled from the e-ID), the child, the mother, the father when declared, copies and the declaration. */
export const BIRTH_REGISTRATION_FORM = asDefinition(birthRegistration);
/** Permanent residence registration (1.004222, CT01): a repeatable group (the household members); its applicant's sex is prefilled. */
export const PERMANENT_RESIDENCE_FORM = asDefinition(permanentResidence);

/** Every form the sandbox serves, by procedure code. */
export const FAKE_FORMS: ReadonlyMap<string, FormDefinition> = new Map(
  [birthRegistration, marriageRegistration, permanentResidence, businessHousehold, buildingPermit]
    .map(asDefinition)
    .map((definition) => [definition.procedureCode, definition]),
);

/** A form's own complete, valid example answer (`schema.examples[0]`), copied. */
export function exampleAnswers(definition: FormDefinition): Record<string, unknown> {
  const examples = definition.schema.examples;
  const first: unknown = Array.isArray(examples) ? examples[0] : undefined;
  if (typeof first !== 'object' || first === null) throw new Error(`${definition.id} has no example answer`);
  return structuredClone(first) as Record<string, unknown>;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function problem(status: number, code: string, detail: string): Response {
  return json({ type: `urn:dvc-kit:problem:${code}`, title: detail, status, detail, code }, status);
}

/** `/api/v1/forms/...` without its prefix; the fakes serve the API at either. */
function apiPath(url: URL): string {
  return url.pathname.replace(/^\/api\/v1/, '').replace(/\/+$/, '');
}

/**
 * `GET /forms` and `GET /procedures/{code}/form` over `forms` (default: the sandbox's); undefined
 * for any other request. `fake-portal.ts` answers these for every fake portal.
 */
export function answerFormDefinitions(request: Request, url: URL, forms: ReadonlyMap<string, FormDefinition> = FAKE_FORMS): Response | undefined {
  if (request.method !== 'GET') return undefined;
  const path = apiPath(url);
  if (path === '/forms') {
    const list: FormList = {
      items: [...forms.values()].map(({ procedureCode, id, version, title }) => ({ procedureCode, id, version, title })),
    };
    return json(list);
  }
  const match = /^\/procedures\/([^/]+)\/form$/.exec(path);
  if (!match) return undefined;
  const code = decodeURIComponent(match[1] ?? '');
  const definition = forms.get(code);
  return definition ? json(definition) : problem(404, 'form_not_found', `Thủ tục ${code} không có tờ khai điện tử.`);
}

export interface FakeFormDrafts {
  /** The drafts, by id (shared with a dossier fake when one was given). */
  dossiers: Map<string, Dossier>;
  /** Every save that reached the fake, in order: which draft, the answers sent, when. */
  saves: Array<{ ref: string; data: Record<string, unknown>; at: number }>;
  /** While above 0, each save fails with a 500 (and counts down). */
  failSaves: number;
  /** A new draft of `procedureCode` whose form holds `data` (default: nothing answered yet). */
  draft(procedureCode: string, data?: Record<string, unknown>): Dossier;
  /** Answers `GET /dossiers/{ref}` and `PUT /dossiers/{ref}/form` for its drafts; undefined for anything else. */
  handle(request: Request): Promise<Response | undefined>;
}

/**
 * Drafts with forms, in memory. Give `dossiers` (a dossier fake's map) to save into its dossiers
 * instead: then only `PUT .../form` is answered here and the dossier fake answers the rest.
 */
export function createFakeFormDrafts(options: { dossiers?: Map<string, Dossier>; forms?: ReadonlyMap<string, FormDefinition> } = {}): FakeFormDrafts {
  const forms = options.forms ?? FAKE_FORMS;
  const shared = options.dossiers !== undefined;
  const dossiers = options.dossiers ?? new Map<string, Dossier>();
  let sequence = 0;
  const find = (ref: string) => dossiers.get(ref) ?? [...dossiers.values()].find((d) => d.code === ref);

  async function save(request: Request, dossier: Dossier): Promise<Response> {
    const body = (await request.json().catch(() => null)) as { data?: unknown } | null;
    const data = body?.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem(400, 'validation_failed', 'Cần { data: {...} }.');
    const definition = forms.get(dossier.procedureCode);
    if (!definition) return problem(404, 'form_not_found', `Thủ tục ${dossier.procedureCode} không có tờ khai điện tử.`);
    if (dossier.status !== 'draft') return problem(409, 'invalid_state_transition', 'Chỉ sửa được tờ khai của hồ sơ chưa nộp.');
    drafts.saves.push({ ref: dossier.id, data: structuredClone(data) as Record<string, unknown>, at: Date.now() });
    if (drafts.failSaves > 0) {
      drafts.failSaves -= 1;
      return problem(500, 'internal_error', 'Hệ thống đang gặp sự cố, vui lòng thử lại sau.');
    }
    const form = { id: definition.id, version: definition.version, data: data as Record<string, unknown> };
    dossier.form = structuredClone(form);
    dossier.updatedAt = new Date().toISOString();
    const errors = checkForm(definition.schema, data);
    const check: FormCheck = { form, complete: errors.length === 0, errors };
    return json(check);
  }

  const drafts: FakeFormDrafts = {
    dossiers,
    saves: [],
    failSaves: 0,
    draft(procedureCode, data = {}) {
      const definition = forms.get(procedureCode);
      if (!definition) throw new Error(`no fake form for ${procedureCode}`);
      sequence += 1;
      const id = `7a0d9c2e-1b3f-4e5a-8c6d-${String(sequence).padStart(12, '0')}`;
      const dossier = makeDossier('draft', {
        id, procedureCode, components: [], events: [], updatedAt: '2026-11-16T03:42:00Z',
        form: { id: definition.id, version: definition.version, data: structuredClone(data) },
      });
      dossiers.set(id, dossier);
      return structuredClone(dossier);
    },
    async handle(request) {
      const path = apiPath(new URL(request.url));
      const formMatch = /^\/dossiers\/([^/]+)\/form$/.exec(path);
      if (formMatch && request.method === 'PUT') {
        const dossier = find(decodeURIComponent(formMatch[1] ?? ''));
        return dossier ? save(request, dossier) : shared ? undefined : problem(404, 'dossier_not_found', 'Không có hồ sơ này.');
      }
      const getMatch = /^\/dossiers\/([^/]+)$/.exec(path);
      if (getMatch && request.method === 'GET' && !shared) {
        const dossier = find(decodeURIComponent(getMatch[1] ?? ''));
        return dossier ? json(dossier) : problem(404, 'dossier_not_found', 'Không có hồ sơ này.');
      }
      return undefined;
    },
  };
  return drafts;
}
