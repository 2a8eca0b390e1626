import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@dvc-kit/elements/date-input';
import '@dvc-kit/elements/phone-input';
import type { DvcDateInput } from '@dvc-kit/elements';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  label: string;
  hint: string;
  value: string;
  min: string;
  max: string;
  notFuture: boolean;
  required: boolean;
  disabled: boolean;
  error: string;
}

const TAG = 'dvc-date-input';

function render(args: Args) {
  return framed(args, html`<dvc-date-input
    name="birthDate"
    label=${args.label || nothing}
    hint=${args.hint || nothing}
    value=${args.value || nothing}
    min=${args.min || nothing}
    max=${args.max || nothing}
    error=${args.error || nothing}
    autocomplete="bday"
    lang=${args.lang}
    theme=${args.theme}
    ?not-future=${args.notFuture}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></dvc-date-input>`);
}

type Ctx = { canvasElement: HTMLElement };
type Parts = Partial<Record<'day' | 'month' | 'year', string>>;

/** Types into the fields as a person would (an input event per field), then checks as on leaving. */
const typedThenChecked = (parts: Parts) => async ({ canvasElement }: Ctx) => {
  const el = canvasElement.querySelector(TAG) as DvcDateInput;
  await el.updateComplete;
  for (const [part, text] of Object.entries(parts)) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  el.validate();
};

const meta: Meta<Args> = {
  title: 'Elements/dvc-date-input',
  component: TAG,
  args: {
    label: 'Ngày sinh', hint: '', value: '', min: '', max: '', notFuture: true, required: true, disabled: false, error: '',
    lang: 'vi', theme: 'light', width: '40rem',
  },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) => render(args),
  parameters: componentDocs(
    'A date as day, month and year (GOV.UK\'s date input), submitted as ISO `yyyy-MM-dd`. Form-associated; `min`, `max`, `not-future` (today in Vietnam), `required`. Checks when the person leaves it, marks only the fields in error, and fills the three from a pasted 27/03/2007. Events: `input`, `change`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '2007-03-27', hint: 'Như trên giấy khai sinh' } };
export const ErrorRequired: Story = { play: typedThenChecked({}) };
export const ErrorMissingMonth: Story = { play: typedThenChecked({ day: '27', year: '2007' }) };
export const ErrorNotARealDate: Story = { play: typedThenChecked({ day: '31', month: '2', year: '2023' }) };
export const ErrorTwoDigitYear: Story = { play: typedThenChecked({ day: '27', month: '3', year: '07' }) };
export const ErrorInTheFuture: Story = { play: typedThenChecked({ day: '1', month: '1', year: '2999' }) };
export const ErrorBeforeMin: Story = {
  args: { label: 'Ngày cấp', min: '2021-01-01', notFuture: true },
  play: typedThenChecked({ day: '15', month: '6', year: '2016' }),
};
export const ErrorAfterMax: Story = {
  args: { label: 'Ngày hết hạn', max: '2030-12-31', notFuture: false },
  play: typedThenChecked({ day: '1', month: '1', year: '2031' }),
};
export const ErrorFromOutside: Story = { args: { value: '2007-03-27', error: 'Ngày sinh không khớp với giấy khai sinh.' } };
export const Disabled: Story = { args: { value: '2007-03-27', disabled: true } };
export const English: Story = { args: { lang: 'en', label: 'Date of birth' } };
export const EnglishError: Story = { args: { lang: 'en', label: 'Date of birth' }, play: typedThenChecked({ day: '27' }) };
export const Dark: Story = { args: { theme: 'dark', value: '2007-03-27' } };
export const DarkError: Story = { args: { theme: 'dark' }, play: typedThenChecked({ day: '27', month: '13', year: '2007' }) };
export const Narrow320px: Story = { args: { width: '320px', hint: 'Ghi đúng như trên giấy khai sinh hoặc căn cước' }, play: typedThenChecked({ day: '27' }) };

/** In an agency's own plain form: FormData carries the ISO date; submitting an invalid form shows the messages. */
export const InPlainForm: Story = {
  render: (args) =>
    framed(args, html`<form
      lang=${args.lang}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        form.querySelector('output')!.value = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
      @reset=${(e: Event) => ((e.currentTarget as HTMLFormElement).querySelector('output')!.value = '')}
    >
      <dvc-date-input name="birthDate" label=${args.lang === 'en' ? 'Date of birth' : 'Ngày sinh'} autocomplete="bday" not-future required theme=${args.theme}></dvc-date-input>
      <dvc-phone-input name="phone" required theme=${args.theme}></dvc-phone-input>
      <p style="display:flex;gap:8px">
        <button type="submit">${args.lang === 'en' ? 'Send' : 'Gửi'}</button>
        <button type="reset">${args.lang === 'en' ? 'Clear' : 'Xoá'}</button>
      </p>
      <output aria-live="polite"></output>
    </form>`),
};
