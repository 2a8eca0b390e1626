import { fixture, html } from '@open-wc/testing';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import type { DvcDateInput } from './dvc-date-input.component.js';

async function settled(template: ReturnType<typeof html>, then?: (el: DvcDateInput) => void): Promise<DvcDateInput> {
  const el = await fixture<DvcDateInput>(template);
  then?.(el);
  await el.updateComplete;
  return el;
}

runElementSuite({
  tag: 'dvc-date-input',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => settled(html`<dvc-date-input name="birthDate" label="Ngày sinh"></dvc-date-input>`),
    filled: () => settled(html`<dvc-date-input name="birthDate" label="Ngày sinh" hint="Như trên giấy khai sinh" value="2007-03-27" autocomplete="bday"></dvc-date-input>`),
    'with error': () => settled(html`<dvc-date-input name="birthDate" label="Ngày sinh" required not-future></dvc-date-input>`, (el) => el.validate()),
    'missing part': () => settled(html`<dvc-date-input label="Ngày sinh" value="2007-03-27"></dvc-date-input>`, (el) => {
      el.value = '';
      el.shadowRoot!.querySelector<HTMLInputElement>('#day')!.value = '27';
      el.shadowRoot!.querySelector('#day')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.validate();
    }),
    'error from outside': () => settled(html`<dvc-date-input label="Ngày cấp" value="2030-01-01" error="Ngày cấp không khớp với hồ sơ."></dvc-date-input>`),
    disabled: () => settled(html`<dvc-date-input label="Ngày sinh" value="2007-03-27" disabled></dvc-date-input>`),
  },
  notApplicable: {
    headingLevel: 'an input is one question inside a form: its legend is its label, the form has the headings',
    notConfigured: 'it checks dates in the browser and never calls the portal',
    abortOnRemoval: 'it never calls the portal',
  },
});
