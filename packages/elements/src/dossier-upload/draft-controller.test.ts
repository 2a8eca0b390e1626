/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createPortalClient } from '@dvc-kit/client';
import { FAKE_ME } from '@dvc-kit/testing/fake-dossiers';
import { clearBrowserState, fakeSetup, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';
import type { DvcEventMap } from '../base/events.js';
import { applicantFromMe } from '../dossier/applicant.js';
import { readDraft } from '../dossier/draft-store.js';
import { UploadQueue } from '../dossier/upload-queue.js';
import { DraftController } from './draft-controller.js';

type Emitted = { [K in keyof DvcEventMap]: { type: K; detail: DvcEventMap[K] } }[keyof DvcEventMap];

/** Holds one DraftController over a fake portal and records what it emits and reports. */
class DraftHost extends LitElement {
  setup: FakeSetup = fakeSetup();
  readonly emitted: Emitted[] = [];
  readonly failures: string[] = [];
  readonly queue = new UploadQueue(
    { changed: () => undefined, announce: () => undefined, progress: () => undefined, uploaded: async () => undefined },
    () => null,
    () => this.draft.dossier?.id ?? null,
    false,
  );
  readonly draft: DraftController = new DraftController(this, {
    procedure: () => '1.001193',
    dossiers: () => this.setup.client.dossiers,
    queue: this.queue,
    emit: (type, detail) => this.emitted.push({ type, detail } as Emitted),
    failed: (_error, call) => this.failures.push(call),
  });
}
customElements.define('test-draft-host', DraftHost);

/** A file on the server, attached to a component. */
const attached = (componentId: string, at: string) => ({
  uploadId: `up-${componentId}`, fileName: `${componentId}.pdf`, contentType: 'application/pdf' as const, size: 10, sha256: 'a'.repeat(64), uploadedAt: at,
});
const details = { caseId: 'default', applicant: applicantFromMe(FAKE_ME) };
const creates = (setup: FakeSetup) => setup.portal.log.filter((l) => l === 'POST /dossiers').length;

async function host(setup = fakeSetup()): Promise<DraftHost> {
  const el = document.createElement('test-draft-host') as DraftHost;
  el.setup = setup;
  return fixture<DraftHost>(html`${el}`);
}

describe('DraftController (the draft dossier of <dvc-dossier-upload>)', () => {
  beforeEach(clearBrowserState);

  it('creates the draft once for callers that ask at the same time, and remembers it for this tab', async () => {
    const el = await host();
    const [a, b] = await Promise.all([el.draft.ensure(details), el.draft.ensure(details)]);
    expect(a).to.exist;
    expect(b).to.equal(a);
    expect(creates(el.setup)).to.equal(1);
    expect(readDraft('1.001193')?.dossierId).to.equal(a!.id);
    expect(el.emitted).to.deep.equal([{ type: 'dvc-dossier-draft', detail: { dossierId: a!.id, procedureCode: '1.001193', restored: false } }]);
  });

  it('a create whose answer was lost is made again with the same key and finds the same draft', async () => {
    const el = await host();
    el.setup.portal.dropNext('create');
    expect(await el.draft.ensure(details)).to.equal(null);
    expect(el.failures).to.deep.equal(['create']);
    const draft = await el.draft.ensure(details);
    expect(draft).to.exist;
    expect(creates(el.setup)).to.equal(2);
    expect(el.setup.portal.dossiers.size, 'one dossier for two creates').to.equal(1);
  });

  it('a new instance restores the remembered draft with its files, and says so', async () => {
    const setup = fakeSetup();
    const first = await host(setup);
    const draft = (await first.draft.ensure(details))!;
    setup.portal.dossiers.get(draft.id)!.components[0]!.files.push(attached('c1', draft.createdAt));
    first.remove();
    const second = await host(setup);
    const restored = await second.draft.restore();
    expect(restored?.id).to.equal(draft.id);
    expect(second.draft.restored).to.equal(true);
    expect(second.queue.entries.map((e) => [e.componentId, e.fileName, e.state])).to.deep.equal([['c1', 'c1.pdf', 'done']]);
    expect(second.emitted.at(-1)).to.deep.equal({ type: 'dvc-dossier-draft', detail: { dossierId: draft.id, procedureCode: '1.001193', restored: true } });
  });

  it('a remembered draft already submitted comes back as such, and the tab forgets it', async () => {
    const setup = fakeSetup();
    const first = await host(setup);
    const draft = (await first.draft.ensure(details))!;
    setup.portal.setStatus(draft.id, 'submitted');
    const second = await host(setup);
    expect((await second.draft.restore())?.status).to.equal('submitted');
    expect(second.draft.restored, 'not a draft to continue').to.equal(false);
    expect(readDraft('1.001193')).to.equal(null);
  });

  it('a draft gone from the server is forgotten; nothing remembered: nothing restored', async () => {
    const el = await host();
    expect(await el.draft.restore()).to.equal(null);
    expect(el.setup.portal.log.some((l) => l.startsWith('GET /dossiers/'))).to.equal(false);
    const draft = (await el.draft.ensure(details))!;
    el.setup.portal.dossiers.delete(draft.id);
    const again = await host(el.setup);
    expect(await again.draft.restore()).to.equal(null);
    expect(readDraft('1.001193')).to.equal(null);
  });

  it('forget() drops a create answer that arrives after it', async () => {
    const setup = fakeSetup({ latencyMs: 50 });
    const el = await host(setup);
    const pending = el.draft.ensure(details);
    el.draft.forget();
    expect(await pending).to.equal(null);
    expect(el.draft.dossier).to.equal(null);
    expect(el.failures, 'not a failure either').to.deep.equal([]);
    expect(readDraft('1.001193')).to.equal(null);
  });

  it('leaving the page aborts a create in flight, without reporting a failure', async () => {
    const setup = fakeSetup({ latencyMs: 50 });
    // The fake portal answers whatever the signal says: this fetch gives up when it fires, as a browser's does.
    const abortable: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      return new Promise((resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')));
        setup.portal.fetch(request).then(resolve, reject);
      });
    };
    setup.client = createPortalClient({ baseUrl: setup.portal.origin, fetch: abortable, retry: false, timeoutMs: 0 });
    const el = await host(setup);
    const pending = el.draft.ensure(details);
    el.remove();
    expect(await pending).to.equal(null);
    expect(el.failures).to.deep.equal([]);
    expect(el.draft.dossier).to.equal(null);
  });

  it('saves, detaches and submits once with its own key; failed saves and detaches resolve false and are reported', async () => {
    const el = await host();
    const draft = (await el.draft.ensure(details))!;
    for (const component of el.setup.portal.dossiers.get(draft.id)!.components) component.files.push(attached(component.componentId, draft.createdAt));
    expect(await el.draft.save({ applicant: { ...details.applicant, phone: '0987 654 321' } })).to.equal(true);
    expect(el.setup.portal.dossiers.get(draft.id)!.applicant.phone).to.equal('0987654321');
    el.setup.portal.offline = true;
    expect(await el.draft.save({ caseId: 'default' })).to.equal(false);
    expect(await el.draft.detach('up-c1')).to.equal(false);
    expect(el.failures).to.deep.equal(['save', 'detach']);
    el.setup.portal.offline = false;
    el.setup.portal.dropNext('submit');
    const [first] = await Promise.allSettled([el.draft.submit()]);
    expect(first.status, 'the answer was lost').to.equal('rejected');
    const submitted = await el.draft.submit();
    expect(submitted.status).to.equal('submitted');
    expect(el.setup.portal.log.filter((l) => l.endsWith('/submit')).length).to.equal(2);
    expect(el.emitted.filter((e) => e.type === 'dvc-dossier-submit').length).to.equal(1);
    expect(readDraft('1.001193'), 'a submitted draft is no longer remembered').to.equal(null);
  });
});
