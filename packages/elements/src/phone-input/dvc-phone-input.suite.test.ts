import { fixture, html } from '@open-wc/testing';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import type { DvcPhoneInput } from './dvc-phone-input.component.js';

async function settled(template: ReturnType<typeof html>, then?: (el: DvcPhoneInput) => void): Promise<DvcPhoneInput> {
  const el = await fixture<DvcPhoneInput>(template);
  then?.(el);
  await el.updateComplete;
  return el;
}

runElementSuite({
  tag: 'dvc-phone-input',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => settled(html`<dvc-phone-input name="phone"></dvc-phone-input>`),
    filled: () => settled(html`<dvc-phone-input name="phone" label="Điện thoại liên hệ" hint="Số di động hoặc số cố định có mã vùng" value="+84 912 345 678"></dvc-phone-input>`),
    'with error': () => settled(html`<dvc-phone-input name="phone" value="0112 345 678"></dvc-phone-input>`, (el) => el.validate()),
    required: () => settled(html`<dvc-phone-input name="phone" required></dvc-phone-input>`, (el) => el.validate()),
    'error from outside': () => settled(html`<dvc-phone-input value="0912345678" error="Số điện thoại này đã được dùng cho hồ sơ khác."></dvc-phone-input>`),
    disabled: () => settled(html`<dvc-phone-input value="0912345678" disabled></dvc-phone-input>`),
  },
  notApplicable: {
    headingLevel: 'an input is one question inside a form: its label is its own, the form has the headings',
    notConfigured: 'it checks phone numbers in the browser and never calls the portal',
    abortOnRemoval: 'it never calls the portal',
  },
});
