/**
 * `<dvc-dossier-form>` against the running sandbox (its real form definitions, dossiers and
 * PUT /dossiers/{ref}/form). Run with `node scripts/browser-tests.mjs` (it starts one).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../provider/define.js';
import './define.js';
import { sandboxSetup, type SandboxSetup } from '@dvc-kit/testing/sandbox-helpers';
import { until } from '@dvc-kit/testing/until';
import type { DvcDossierForm } from './dvc-dossier-form.component.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const box = (el: HTMLElement, pointer: string) => root(el).querySelector<HTMLElement>(`[data-slot="${pointer}"]`)!;
const native = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, pointer: string) => box(el, pointer).querySelector<T>('input, select, textarea')!;
const kit = (el: HTMLElement, pointer: string) => box(el, pointer).querySelector<HTMLElement & { value: unknown }>('dvc-date-input')!;

async function mount(setup: SandboxSetup, dossier: string): Promise<DvcDossierForm> {
  const wrapper = await fixture<HTMLElement>(html`<div><dvc-provider .client=${setup.client} .auth=${setup.auth}>
    <dvc-dossier-form procedure="1.001193" dossier=${dossier}></dvc-dossier-form>
  </dvc-provider></div>`);
  const el = wrapper.querySelector('dvc-dossier-form')!;
  await until(() => root(el).querySelector('[part~="section"]'), 'the form from the sandbox', 20_000);
  return el;
}

function type(control: HTMLInputElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<dvc-dossier-form> against the running sandbox', function () {
  this.timeout(60_000);
  let setup: SandboxSetup;

  before(async () => {
    setup = await sandboxSetup();
  });

  it("loads birth registration's form, saves a real draft's answers as they are typed, and a reload shows them", async () => {
    const draft = await setup.client.dossiers.create({ procedureCode: '1.001193', channel: 'online' });
    sessionStorage.clear();
    const el = await mount(setup, draft.id);
    expect(root(el).querySelectorAll('[part~="section-heading"]').length).to.equal(5);

    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    box(el, '/child/sex').querySelector<HTMLInputElement>('input[value="male"]')!.click();
    const relationship = native<HTMLSelectElement>(el, '/applicant/relationship');
    relationship.value = 'mother';
    relationship.dispatchEvent(new Event('change', { bubbles: true }));
    type(native(el, '/copies'), '2');
    const birth = kit(el, '/child/birthDate');
    birth.value = '2026-11-02';
    birth.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    const path = `PUT /dossiers/${draft.id}/form`;
    await until(() => setup.faults.log.includes(path), 'the debounced save reached the sandbox', 5000);
    expect(await el.save()).to.equal(true);
    // The applicant's own answers came from the signed-in person's e-ID.
    const own = {
      fullName: setup.me.name, birthDate: setup.me.birthDate, idNumber: setup.me.idNumber, phone: setup.me.phone, email: setup.me.email,
      address: setup.me.address,
    };
    const answers = {
      applicant: { ...Object.fromEntries(Object.entries(own).filter(([, v]) => v)), relationship: 'mother' },
      child: { fullName: 'Nguyễn Minh Khang', sex: 'male', birthDate: '2026-11-02' },
      copies: 2,
    };
    expect(setup.me.name, 'the sandbox person has a name to prefill').to.not.equal('');
    expect(setup.me.address?.communeName, 'the sandbox person has a place of residence to prefill').to.be.a('string');
    expect((await setup.client.dossiers.get(draft.id)).form?.data).to.deep.equal(answers);

    // A reload in a fresh tab: the answers come back from the sandbox alone.
    el.closest('div')!.remove();
    sessionStorage.clear();
    const again = await mount(setup, draft.id);
    expect(native(again, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
    expect(native(again, '/applicant/fullName').value).to.equal(setup.me.name);
    expect(box(again, '/child/sex').querySelector<HTMLInputElement>('input[value="male"]')!.checked).to.equal(true);
    expect(native<HTMLSelectElement>(again, '/applicant/relationship').value).to.equal('mother');
    expect(native(again, '/copies').value).to.equal('2');
    expect(kit(again, '/child/birthDate').value).to.equal('2026-11-02');
    expect(again.data).to.deep.equal(answers);
    expect(root(again).querySelector('[part~="save-status"]')!.textContent!.trim()).to.match(/^Đã lưu nháp lúc \d\d:\d\d$/);
  });
});
