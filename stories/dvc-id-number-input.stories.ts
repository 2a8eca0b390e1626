import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@dvc-kit/elements/id-number-input';
import type { DvcIdNumberInput } from '@dvc-kit/elements';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  mode: 'personal-id' | 'tax-code';
  value: string;
  label: string;
  hint: string;
  birthDate: string;
  sex: '' | 'male' | 'female';
  required: boolean;
  disabled: boolean;
  error: string;
}

const TAG = 'dvc-id-number-input';
// Real numbers built from the rules: 001 Hà Nội, fourth digit 1 a woman born in the 1900s, 90 the year.
const WOMAN_1990_HANOI = '001190012345';

type Ctx = { canvasElement: HTMLElement };

function field(args: Args) {
  return html`<dvc-id-number-input
    name="idNumber"
    lang=${args.lang}
    theme=${args.theme}
    mode=${args.mode}
    .value=${args.value}
    label=${args.label || nothing}
    hint=${args.hint || nothing}
    birth-date=${args.birthDate || nothing}
    sex=${args.sex || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error || nothing}
  ></dvc-id-number-input>`;
}

/** Checks the field as leaving it would, so the story shows the message. */
const checked = async ({ canvasElement }: Ctx) => {
  const el = canvasElement.querySelector(TAG) as DvcIdNumberInput;
  await el.updateComplete;
  el.validate();
};

const meta: Meta<Args> = {
  title: 'Elements/dvc-id-number-input',
  component: TAG,
  args: {
    mode: 'personal-id', value: '', label: '', hint: '', birthDate: '', sex: '', required: false, disabled: false, error: '',
    lang: 'vi', theme: 'light', width: '40rem',
  },
  argTypes: {
    ...FRAME_ARG_TYPES,
    mode: { control: 'inline-radio', options: ['personal-id', 'tax-code'] },
    sex: { control: 'inline-radio', options: ['', 'male', 'female'] },
  },
  render: (args) => framed(args, field(args)),
  parameters: componentDocs(
    'The 12-digit personal identification number (số định danh cá nhân, CCCD): 12 digits, a real province-of-birth code, a fourth digit ' +
    '(sex and century) and year that agree with `birth-date` and `sex`; `mode="tax-code"` takes a tax code (10 digits with the check digit, ' +
    '13 for a branch, or an individual\'s personal ID). It checks when the person leaves the field, then at each keystroke until the answer ' +
    'is right. Form-associated; fires `input` and `change`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: WOMAN_1990_HANOI, birthDate: '1990-04-12', sex: 'female' } };
export const WithHint: Story = { args: { hint: 'Gồm 12 chữ số, in trên thẻ căn cước.', required: true } };
export const Required: Story = { args: { required: true }, play: checked };
export const ErrorFormat: Story = { args: { value: '00119001234' }, play: checked };
export const ErrorProvince: Story = { args: { value: '003190012345' }, play: checked };
export const ErrorBirthYear: Story = { args: { value: WOMAN_1990_HANOI, birthDate: '1991-05-14' }, play: checked };
export const ErrorSex: Story = { args: { value: WOMAN_1990_HANOI, birthDate: '1990-04-12', sex: 'male' }, play: checked };
export const ErrorFromOutside: Story = { args: { value: WOMAN_1990_HANOI, error: 'Số định danh cá nhân này đã có trong một hồ sơ đang xử lý.' } };
export const TaxCode: Story = { args: { mode: 'tax-code', value: '0100109106-001' } };
export const TaxCodeCheckDigit: Story = { args: { mode: 'tax-code', value: '0100109107' }, play: checked };
export const TaxCodeFormat: Story = { args: { mode: 'tax-code', value: '01001091' }, play: checked };
export const Disabled: Story = { args: { value: WOMAN_1990_HANOI, disabled: true } };
export const English: Story = { args: { lang: 'en', hint: 'Twelve digits, printed on the citizen identity card.' } };
export const EnglishError: Story = { args: { lang: 'en', value: '003190012345' }, play: checked };
export const EnglishTaxCodeError: Story = { args: { lang: 'en', mode: 'tax-code', value: '0100109107' }, play: checked };
export const Dark: Story = { args: { theme: 'dark', value: WOMAN_1990_HANOI } };
export const DarkError: Story = { args: { theme: 'dark', value: '003190012345', hint: 'Gồm 12 chữ số.' }, play: checked };
export const Narrow320px: Story = {
  args: { width: '320px', label: 'Số định danh cá nhân của người đi đăng ký khai sinh', value: WOMAN_1990_HANOI, birthDate: '1985-01-01' },
  play: checked,
};

/** In an agency's own plain form: FormData, required, reset and the browser's validation work as with a native field. */
export const InPlainForm: Story = {
  args: { required: true },
  render: (args) => framed(args, html`<form
    lang=${args.lang}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      form.querySelector('output')!.value = JSON.stringify(Object.fromEntries(new FormData(form)));
    }}
  >
    <fieldset style="border:0;padding:0;margin:0 0 1rem">
      ${field(args)}
      <dvc-id-number-input name="taxCode" mode="tax-code" lang=${args.lang} theme=${args.theme} style="margin-top:1rem"></dvc-id-number-input>
    </fieldset>
    <button type="submit">${args.lang === 'en' ? 'Send' : 'Gửi'}</button>
    <button type="reset">${args.lang === 'en' ? 'Reset' : 'Nhập lại'}</button>
    <p>FormData: <output></output></p>
  </form>`),
};
