import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DossierStatus } from '@dvc-kit/spec';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/status';
import { dossierStory, dropInto, pdf, shadowOf } from './support/dossier-story.js';
import { makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

type Args = FrameArgs;

const TAG = 'dvc-dossier-status';

/** Renders the element over a fake portal holding one dossier in `status` (or several for the list). */
function render(args: Args, status: DossierStatus | 'list' | 'missing' | 'signed-out', overrides: Parameters<typeof makeDossier>[1] = {}) {
  const story = dossierStory({ signedIn: status !== 'signed-out' });
  let code = '';
  if (status === 'list') {
    story.dossiers.put(makeDossier('processing'));
    story.dossiers.put(makeDossier('awaiting_supplement', { id: '5b0d8c1a-2f43-4d2e-9a61-0c7f1e2d3a4b', code: '000.00.01.H26-261112-0019' }));
    story.dossiers.put(makeDossier('returned', { id: '8a6e0f8e-1f7e-4a38-9a55-1f1f3c0a7d10', code: '000.00.01.H26-261103-0007' }));
  } else if (status === 'missing') {
    code = '000.00.01.H26-261116-9999';
  } else if (status !== 'signed-out') {
    code = story.dossiers.put(makeDossier(status, overrides)).code ?? '';
  }
  return framed(args, html`<dvc-provider .client=${story.client} .auth=${story.auth} lang=${args.lang} theme=${args.theme}>
    <dvc-dossier-status code=${code} payment-mode="popup"></dvc-dossier-status>
  </dvc-provider>`);
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-dossier-status',
  component: TAG,
  args: { lang: 'vi', theme: 'light', width: '48rem' },
  argTypes: FRAME_ARG_TYPES,
  render: (args) => render(args, 'processing'),
  parameters: componentDocs(
    'Where a dossier is: its status in words (the national portal’s labels, vi/en), a timeline with due dates and overdue marks, ' +
    'a supplement request answered by uploading the missing documents, and payment when the agency asks for fees. ' +
    'Events: `dvc-dossier-load`, `dvc-supplement-submit`, `dvc-upload-progress`, `dvc-error`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const MyDossiers: Story = { render: (args) => render(args, 'list') };
export const Submitted: Story = { render: (args) => render(args, 'submitted') };
export const Received: Story = { render: (args) => render(args, 'received') };
export const Rejected: Story = { render: (args) => render(args, 'rejected') };
export const Processing: Story = { render: (args) => render(args, 'processing') };
export const Overdue: Story = { render: (args) => render(args, 'processing', { dueAt: '2026-01-05T10:00:00Z' }) };
export const AwaitingSupplement: Story = { render: (args) => render(args, 'awaiting_supplement') };
export const SupplementUploaded: Story = {
  render: (args) => render(args, 'awaiting_supplement'),
  play: async ({ canvasElement }) => {
    await shadowOf(canvasElement, TAG, '[part=supplement] .slot');
    dropInto(canvasElement, TAG, 0, [pdf('giay-chung-sinh-ro-net.pdf', 300 * 1024, 7)]);
    await shadowOf(canvasElement, TAG, '.file.done', 15_000);
  },
};
export const AwaitingPayment: Story = { render: (args) => render(args, 'awaiting_payment') };
export const Withdrawn: Story = { render: (args) => render(args, 'withdrawn') };
export const Suspended: Story = { render: (args) => render(args, 'suspended') };
export const Processed: Story = { render: (args) => render(args, 'processed') };
export const Returned: Story = { render: (args) => render(args, 'returned') };
export const NotFound: Story = { render: (args) => render(args, 'missing') };
export const SignedOut: Story = { render: (args) => render(args, 'signed-out') };
export const English: Story = { args: { lang: 'en' }, render: (args) => render(args, 'awaiting_supplement') };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => render(args, 'returned') };
