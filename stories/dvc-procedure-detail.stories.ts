import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/detail';
import { catalogPortal } from './support/catalog-story.js';
import type { FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  code: string;
}

function render(args: Args, options: FakePortalOptions = {}) {
  const { client } = catalogPortal(options);
  return framed(args, html`<dvc-provider .client=${client} lang=${args.lang} theme=${args.theme}>
    <dvc-procedure-detail code=${args.code}></dvc-procedure-detail>
  </dvc-provider>`);
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-procedure-detail',
  component: 'dvc-procedure-detail',
  args: { code: '1.001193', lang: 'vi', theme: 'light', width: '52rem' },
  argTypes: {
    ...FRAME_ARG_TYPES,
    code: {
      control: 'select',
      options: ['1.001193', '1.000894', '1.001978', '2.000815', '1.009794', '1.009974', '1.012792', '2.001980', '9.999999'],
    },
  },
  render: (args) => render(args),
  parameters: componentDocs(
    'A procedure\'s detail: time and fees per channel, documents (originals, copies, form templates), agencies, legal basis, online level, and "Apply online", which fires `dvc-procedure-select` with the code.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const BirthRegistration: Story = {};
export const CriminalRecordWithFees: Story = { args: { code: '1.001978' } };
export const CasesOfDocuments: Story = { args: { code: '1.009794' } };
export const UsdFeesInHours: Story = { args: { code: '1.009974' } };
export const InformationOnly: Story = { args: { code: '2.001980' } };
export const LongName320px: Story = { args: { code: '1.012792', width: '320px' } };
export const Loading: Story = { render: (args) => render(args, { latencyMs: 600_000 }) };
export const NotFound: Story = { args: { code: '9.999999' } };
export const ServerError: Story = { render: (args) => render(args, { failure: 'server-error' }) };
export const Offline: Story = { render: (args) => render(args, { failure: 'offline' }) };
export const Dark: Story = { args: { theme: 'dark' } };
export const English: Story = { args: { lang: 'en', code: '1.001978' } };
export const EnglishDark320px: Story = { args: { lang: 'en', theme: 'dark', width: '320px', code: '1.009794' } };
