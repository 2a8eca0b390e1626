import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PaymentStatus } from '@dvc-kit/spec';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/payment';
import { dossierStory, holding, shadowOf, storyOf, type DossierStory } from './support/dossier-story.js';
import { makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

type Args = FrameArgs;

const TAG = 'dvc-payment';

/** In a story the payment page cannot open: a stand-in window records where it was sent. */
function stubWindowOpen(): void {
  window.open = (() => ({ closed: false, close() {}, location: { href: '' } }) as unknown as Window) as typeof window.open;
}

function render(args: Args, status: 'awaiting_payment' | 'processing' = 'awaiting_payment', setup?: (s: DossierStory) => void) {
  const story = dossierStory();
  const dossier = story.dossiers.put(makeDossier(status));
  setup?.(story);
  return framed(args, holding(story, html`<dvc-provider .client=${story.client} .auth=${story.auth} lang=${args.lang} theme=${args.theme}>
    <dvc-payment dossier-code=${dossier.code ?? ''} mode="popup" poll-interval="300"></dvc-payment>
  </dvc-provider>`));
}

/** Presses pay, then finishes the payment as the payment page would. */
function payAndFinish(outcome: Exclude<PaymentStatus, 'initiated'> | null) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    stubWindowOpen();
    const root = await shadowOf(canvasElement, TAG, '[part=pay-button]');
    root.querySelector<HTMLButtonElement>('[part=pay-button]')!.click();
    const story = storyOf(canvasElement);
    const start = Date.now();
    while (story.dossiers.payments.size === 0) {
      if (Date.now() - start > 5000) throw new Error('no payment started');
      await new Promise((r) => setTimeout(r, 25));
    }
    if (outcome) story.dossiers.completePayment([...story.dossiers.payments.keys()][0]!, outcome);
  };
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-payment',
  component: TAG,
  args: { lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: FRAME_ARG_TYPES,
  render: (args) => render(args),
  parameters: componentDocs(
    'Pays a dossier’s fees on the payment provider’s page (redirect or popup), confirms the result with the portal and shows the receipt. ' +
    'Declined and cancelled payments are explained and can be retried. Event: `dvc-payment-complete`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Due: Story = {};
export const WaitingForPaymentPage: Story = { play: payAndFinish(null) };
export const Succeeded: Story = { play: payAndFinish('succeeded') };
export const Declined: Story = { play: payAndFinish('failed') };
export const Cancelled: Story = { play: payAndFinish('cancelled') };
export const CouldNotStart: Story = {
  render: (args) => render(args, 'awaiting_payment', (s) => s.dossiers.failNext('payment', 'internal_error', 500)),
  play: payAndFinish(null),
};
export const NothingDue: Story = { render: (args) => render(args, 'processing') };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, play: payAndFinish('succeeded') };
