import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import type { FormDefinition } from '@dvc-kit/spec';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { fakeAuth } from '@dvc-kit/testing/fake-dossiers';
import { BIRTH_REGISTRATION_FORM, PERMANENT_RESIDENCE_FORM, createFakeFormDrafts, exampleAnswers } from '@dvc-kit/testing/fake-forms';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import type { DvcDossierForm } from './dvc-dossier-form.component.js';

beforeEach(() => sessionStorage.clear());

function setup(options: FakePortalOptions = {}) {
  const portal = createFakePortal(options);
  const drafts = createFakeFormDrafts();
  portal.routes.push((request) => drafts.handle(request));
  const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
  return { portal, drafts, client };
}

interface Mount {
  procedure?: string;
  definition?: FormDefinition;
  dossier?: string;
  client?: PortalClient;
  signedIn?: boolean;
  review?: boolean;
}

async function mount(options: Mount = {}): Promise<DvcDossierForm> {
  const client = options.client ?? setup().client;
  const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client} .auth=${options.signedIn ? fakeAuth() : null}>
    <dvc-dossier-form procedure=${options.procedure ?? '1.001193'} dossier=${options.dossier ?? nothing} .definition=${options.definition ?? null}
      ?review=${options.review ?? false}></dvc-dossier-form>
  </dvc-provider>`);
  const el = provider.querySelector('dvc-dossier-form')!;
  await until(() => el.shadowRoot!.querySelector('[part~="section"], [part~="review"], [part~="state"]:not(.loading)'), 'the form');
  return el;
}

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

runElementSuite({
  tag: 'dvc-dossier-form',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => mount(),
    prefilled: async () => {
      const { client, drafts } = setup();
      const draft = drafts.draft('1.001193');
      const el = await mount({ client, dossier: draft.id, signedIn: true });
      await until(() => part(el, 'prefill-note') && part(el, 'save-status'), 'the prefill note and the save status');
      return el;
    },
    'with errors': async () => {
      const el = await mount();
      el.validate();
      await until(() => part(el, 'error-summary') && part(el, 'error'), 'the summary and the messages');
      return el;
    },
    'conditional shown': async () => {
      const el = await mount();
      const yes = el.shadowRoot!.querySelector<HTMLInputElement>('[data-slot="/fatherDeclared"] input[value="yes"]')!;
      yes.click();
      await until(() => el.shadowRoot!.querySelector('[data-slot="/father/fullName"]'), "the father's questions");
      return el;
    },
    'group with two items': async () => {
      const el = await mount({ procedure: '1.004222', definition: PERMANENT_RESIDENCE_FORM });
      part(el, 'add-button')!.click();
      await el.updateComplete;
      part(el, 'add-button')!.click();
      await until(() => el.shadowRoot!.querySelectorAll('[part~="group-item"]').length === 2, 'two items');
      return el;
    },
    review: async () => {
      const { client, drafts } = setup();
      const draft = drafts.draft('1.001193', exampleAnswers(BIRTH_REGISTRATION_FORM));
      return mount({ client, dossier: draft.id, review: true });
    },
    'load failed': () => mount({ client: setup({ failure: 'server-error' }).client }),
  },
  notConfigured: () => fixture(html`<dvc-dossier-form procedure="1.001193"></dvc-dossier-form>`),
  inFlight: async (client) => {
    const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client}><dvc-dossier-form procedure="1.001193"></dvc-dossier-form></dvc-provider>`);
    return provider.querySelector<HTMLElement>('dvc-dossier-form')!;
  },
});
