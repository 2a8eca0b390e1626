import { fixture, html } from '@open-wc/testing';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import type { DvcIdNumberInput } from './dvc-id-number-input.component.js';

async function settled(template: ReturnType<typeof html>): Promise<DvcIdNumberInput> {
  const el = await fixture<DvcIdNumberInput>(template);
  await el.updateComplete;
  return el;
}

/** Mounted, then checked, so the message shows as after the person left the field. */
async function checked(template: ReturnType<typeof html>): Promise<DvcIdNumberInput> {
  const el = await settled(template);
  el.validate();
  await el.updateComplete;
  return el;
}

runElementSuite({
  tag: 'dvc-id-number-input',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => settled(html`<dvc-id-number-input name="idNumber"></dvc-id-number-input>`),
    filled: () => settled(html`<dvc-id-number-input name="idNumber" value="001190012345" birth-date="1990-04-12" sex="female"></dvc-id-number-input>`),
    'with hint': () => settled(html`<dvc-id-number-input name="idNumber" hint="12 chữ số in trên thẻ căn cước"></dvc-id-number-input>`),
    'with error': () => checked(html`<dvc-id-number-input name="idNumber" value="003190012345" hint="12 chữ số in trên thẻ căn cước"></dvc-id-number-input>`),
    'required, empty, checked': () => checked(html`<dvc-id-number-input name="idNumber" required></dvc-id-number-input>`),
    'error from outside': () => settled(html`<dvc-id-number-input name="idNumber" value="001190012345" error="Số này đã được dùng cho một hồ sơ khác."></dvc-id-number-input>`),
    disabled: () => settled(html`<dvc-id-number-input name="idNumber" value="001190012345" disabled></dvc-id-number-input>`),
    'tax code, wrong check digit': () => checked(html`<dvc-id-number-input name="taxCode" mode="tax-code" value="0100109107"></dvc-id-number-input>`),
    'English, dark, with error': () =>
      checked(html`<dvc-id-number-input lang="en" theme="dark" name="idNumber" value="00119001234"></dvc-id-number-input>`),
  },
  notApplicable: {
    headingLevel: 'an input has a label, not a heading: the page or form around it has the heading',
    notConfigured: 'it checks the number in the page and never calls the portal',
    abortOnRemoval: 'it never calls the portal, so there is nothing in flight to abort',
  },
});
