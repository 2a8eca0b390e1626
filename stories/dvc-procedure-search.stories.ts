import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/search';
import type { DvcProcedureSearch } from '@dvc-kit/elements';
import { until } from '@dvc-kit/testing/until';
import { catalogPortal } from './support/catalog-story.js';
import type { FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  pageSize: number;
}

function render(args: Args, options: FakePortalOptions = {}) {
  const { client } = catalogPortal(options);
  return framed(args, html`<dvc-provider .client=${client} lang=${args.lang} theme=${args.theme}>
    <dvc-procedure-search page-size=${args.pageSize}></dvc-procedure-search>
  </dvc-provider>`);
}

const search = (canvas: HTMLElement) => canvas.querySelector('dvc-procedure-search') as DvcProcedureSearch;

/** Types into the field like a person would (input events), and waits for the suggestions. */
const typing = (text: string, waitForOptions = true) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = search(canvasElement);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (waitForOptions) await until(() => el.shadowRoot!.querySelector('[role="option"]'));
  };

/** Runs a full search and waits for it to settle. */
const searching = (text: string, settle: string = '[part="results"][aria-busy="false"], [part="message"]') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = search(canvasElement);
    await el.updateComplete;
    void el.search(text);
    if (settle) await until(() => el.shadowRoot!.querySelector(settle));
  };

const meta: Meta<Args> = {
  title: 'Elements/dvc-procedure-search',
  component: 'dvc-procedure-search',
  args: { lang: 'vi', theme: 'light', width: '52rem', pageSize: 5 },
  argTypes: FRAME_ARG_TYPES,
  render: (args) => render(args),
  parameters: componentDocs(
    'Procedure search: a WAI-ARIA combobox with suggestions as you type (with or without diacritics), full results with facets and pages, and the chosen procedure\'s detail. Form-associated (`name`/`value`). Fires `dvc-procedure-open`, `dvc-procedure-select`, `dvc-search`, `change`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Suggestions: Story = { play: typing('dang ky khai sinh') };
export const SuggestionsWithDiacritics: Story = { play: typing('hộ chiếu') };
export const NoSuggestions: Story = { play: typing('xyz qwerty', false) };
export const Results: Story = { play: searching('ho tich') };
export const ResultsAll: Story = { args: { pageSize: 4 }, play: searching('') };
export const Loading: Story = {
  render: (args) => render(args, { latencyMs: 600_000 }),
  play: searching('khai sinh', '[part="results"][aria-busy="true"]'),
};
export const NoResults: Story = { play: searching('giấy phép bay vũ trụ') };
export const ServerError: Story = { render: (args) => render(args, { failure: 'server-error' }), play: searching('khai sinh') };
export const Offline: Story = { render: (args) => render(args, { failure: 'offline' }), play: searching('khai sinh') };
export const SuggestionsOffline: Story = {
  render: (args) => render(args, { failure: 'offline' }),
  play: async (ctx) => {
    await typing('khai sinh', false)(ctx);
    await until(() => search(ctx.canvasElement).shadowRoot!.querySelector('[part="suggest-status"]'));
  },
};
export const ChosenProcedure: Story = {
  play: async (ctx) => {
    await typing('ket hon')(ctx);
    (search(ctx.canvasElement).shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
    await until(() => search(ctx.canvasElement).shadowRoot!.querySelector('dvc-procedure-detail')?.shadowRoot?.querySelector('article'));
  },
};
export const LongNames320px: Story = { args: { width: '320px' }, play: searching('quyen su dung dat') };
export const LongNameSuggestion320px: Story = { args: { width: '320px' }, play: typing('dang ky dat dai') };
export const Dark: Story = { args: { theme: 'dark' }, play: searching('ho tich') };
export const DarkSuggestions: Story = { args: { theme: 'dark' }, play: typing('khai') };
export const English: Story = { args: { lang: 'en' }, play: searching('khai sinh') };
export const EnglishSuggestions: Story = { args: { lang: 'en' }, play: typing('ket hon') };
export const EnglishOffline: Story = { args: { lang: 'en' }, render: (args) => render(args, { failure: 'offline' }), play: searching('khai sinh') };
/** Inside a form, the chosen code is submitted under `name` (here: `procedure`). */
export const InAForm: Story = {
  render: (args) => {
    const { client } = catalogPortal();
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      (event.target as HTMLFormElement).querySelector('output')!.value = `procedure=${String(data.get('procedure') ?? '')}`;
    };
    return html`<dvc-provider .client=${client} lang=${args.lang}>
      <form @submit=${onSubmit} style="display:grid;gap:1rem;max-width:${args.width}">
        <dvc-procedure-search name="procedure" required></dvc-procedure-search>
        <button type="submit">${args.lang === 'en' ? 'Submit the form' : 'Gửi biểu mẫu'}</button>
        <output aria-live="polite"></output>
      </form>
    </dvc-provider>`;
  },
};
