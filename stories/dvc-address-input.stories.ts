import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/address-input';
import type { DvcAddressInput } from '@dvc-kit/elements';
import type { FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import { catalogPortal } from './support/catalog-story.js';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
}

const TAG = 'dvc-address-input';

/** A real address of the 2025 list: Phường Hạc Thành, Tỉnh Thanh Hóa. */
const FILLED = JSON.stringify({
  provinceCode: '38', provinceName: 'Tỉnh Thanh Hóa', communeCode: '14797', communeName: 'Phường Hạc Thành', street: 'Số 12 Lê Lai',
});
const PROVINCE_ONLY = JSON.stringify({ provinceCode: '48', provinceName: 'Thành phố Đà Nẵng' });

function input(args: Args, value?: string): TemplateResult {
  return html`<dvc-address-input name="address" label=${args.label || nothing} hint=${args.hint || nothing}
    ?required=${args.required} ?disabled=${args.disabled} value=${value ?? nothing}></dvc-address-input>`;
}

function render(args: Args, { value, portal = {} }: { value?: string; portal?: FakePortalOptions } = {}) {
  const { client } = catalogPortal(portal);
  return framed(args, html`<dvc-provider .client=${client} lang=${args.lang} theme=${args.theme}>${input(args, value)}</dvc-provider>`);
}

const address = (canvas: HTMLElement) => canvas.querySelector<DvcAddressInput>(TAG)!;
const field = (el: DvcAddressInput, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const listLoaded = (el: DvcAddressInput) => until(() => field(el, 'province') && !field(el, 'province').readOnly, 'the province list');

const meta: Meta<Args> = {
  title: 'Elements/dvc-address-input',
  component: TAG,
  args: { label: 'Nơi thường trú', hint: '', required: true, disabled: false, lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) => render(args),
  parameters: componentDocs(
    'An address of the two-tier list in force since 1 July 2025: province (34), then a commune (xã, phường, đặc khu) of it, each an accessible combobox filtered as typed with or without diacritics, then the street line. Its communes load once the province is chosen. Form-associated: submits `{name}.provinceCode`, `{name}.provinceName`, `{name}.communeCode`, `{name}.communeName`, `{name}.street`. Fires `input` and `change`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const WithHint: Story = { args: { hint: 'Ghi như trên thẻ căn cước.' } };
export const ProvinceChosen: Story = { render: (args) => render(args, { value: PROVINCE_ONLY }) };
export const Filled: Story = { render: (args) => render(args, { value: FILLED }) };
/** Typed "thanh" without diacritics: the list of matches is open, the first one active. */
export const ListOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = address(canvasElement);
    await listLoaded(el);
    const province = field(el, 'province');
    province.focus();
    province.value = 'thanh';
    province.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    province.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  },
};
/** Left with the commune still to choose: the message says which part is missing. */
export const WithError: Story = {
  render: (args) => render(args, { value: PROVINCE_ONLY }),
  play: async ({ canvasElement }) => {
    const el = address(canvasElement);
    await listLoaded(el);
    el.validate();
  },
};
export const ErrorFromServer: Story = {
  render: (args) => {
    const { client } = catalogPortal();
    return framed(args, html`<dvc-provider .client=${client} lang=${args.lang} theme=${args.theme}>
      <dvc-address-input name="address" label=${args.label} value=${FILLED} error="Địa chỉ không khớp với dữ liệu dân cư."></dvc-address-input>
    </dvc-provider>`);
  },
};
export const Disabled: Story = { args: { disabled: true }, render: (args) => render(args, { value: FILLED }) };
export const English: Story = { args: { lang: 'en', label: 'Permanent residence' } };
export const EnglishWithError: Story = { ...WithError, args: { lang: 'en', label: 'Permanent residence' } };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => render(args, { value: FILLED }) };
export const DarkWithError: Story = { ...WithError, args: { theme: 'dark' } };
export const Narrow320px: Story = { args: { width: '320px' }, render: (args) => render(args, { value: FILLED }) };
export const Loading: Story = { render: (args) => render(args, { portal: { latencyMs: 600_000 } }) };
export const LoadFailed: Story = { render: (args) => render(args, { portal: { failure: 'server-error' } }) };
export const NotConfigured: Story = {
  render: (args) => framed(args, html`<dvc-address-input lang=${args.lang} theme=${args.theme}></dvc-address-input>`),
};
/** In an agency's own plain form: the browser's own validation, FormData entries, reset. */
export const InPlainForm: Story = {
  render: (args) => {
    const { client } = catalogPortal();
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
    };
    return framed(args, html`<dvc-provider .client=${client} lang=${args.lang} theme=${args.theme}>
      <form @submit=${submit} style="display:grid;gap:1rem;justify-items:start">
        ${input(args)}
        <div style="display:flex;gap:.5rem"><button type="submit">Gửi</button><button type="reset">Nhập lại</button></div>
        <output style="white-space:pre-wrap;font-family:monospace"></output>
      </form>
    </dvc-provider>`);
  },
};
