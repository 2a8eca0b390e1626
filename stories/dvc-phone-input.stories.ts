import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@dvc-kit/elements/phone-input';
import type { DvcPhoneInput } from '@dvc-kit/elements';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  label: string;
  hint: string;
  value: string;
  required: boolean;
  disabled: boolean;
  error: string;
}

const TAG = 'dvc-phone-input';

function render(args: Args) {
  return framed(args, html`<dvc-phone-input
    name="phone"
    label=${args.label || nothing}
    hint=${args.hint || nothing}
    value=${args.value || nothing}
    error=${args.error || nothing}
    lang=${args.lang}
    theme=${args.theme}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></dvc-phone-input>`);
}

type Ctx = { canvasElement: HTMLElement };

/** Checks the number now, as leaving the field would. */
const checked = async ({ canvasElement }: Ctx) => {
  const el = canvasElement.querySelector(TAG) as DvcPhoneInput;
  await el.updateComplete;
  el.validate();
};

/** Shows what the form would receive under the field. */
const submitted = (args: Args) =>
  framed(args, html`<form
    lang=${args.lang}
    @input=${(e: Event) => {
      const form = e.currentTarget as HTMLFormElement;
      form.querySelector('output')!.value = String(new FormData(form).get('phone') ?? '');
    }}
    @submit=${(e: SubmitEvent) => e.preventDefault()}
  >
    <dvc-phone-input name="phone" required value="+84 912.345.678" theme=${args.theme}></dvc-phone-input>
    <p>${args.lang === 'en' ? 'Submitted as' : 'Gửi đi dưới dạng'}: <output>0912345678</output></p>
    <button type="submit">${args.lang === 'en' ? 'Send' : 'Gửi'}</button>
  </form>`);

const meta: Meta<Args> = {
  title: 'Elements/dvc-phone-input',
  component: TAG,
  args: { label: '', hint: '', value: '', required: true, disabled: false, error: '', lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) => render(args),
  parameters: componentDocs(
    'A Vietnamese mobile or landline number, with or without +84 / 84 / 0, spaces, dots and dashes. Form-associated: `value` is what was typed, the form receives `normalized` (`0912345678`); anything else is `phone_invalid`. Events: `input`, `change`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '0912 345 678', hint: 'Số di động hoặc số cố định có mã vùng' } };
export const FilledFromAbroad: Story = { args: { value: '+84 24 3825 1234' } };
export const ErrorRequired: Story = { play: checked };
export const ErrorNotAVietnameseNumber: Story = { args: { value: '0112 345 678' }, play: checked };
export const ErrorFromOutside: Story = { args: { value: '0912345678', error: 'Số điện thoại này đã được dùng cho hồ sơ khác.' } };
export const Disabled: Story = { args: { value: '0912345678', disabled: true } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishError: Story = { args: { lang: 'en', value: '12345' }, play: checked };
export const Dark: Story = { args: { theme: 'dark', value: '0912 345 678' } };
export const DarkError: Story = { args: { theme: 'dark', value: '0912' }, play: checked };
export const Narrow320px: Story = { args: { width: '320px', value: '0912' }, play: checked };
export const InPlainForm: Story = { render: submitted };
