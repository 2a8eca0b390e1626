import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/upload';
import { dossierStory, dropInto, exeNamedPdf, holding, pdf, press, shadowOf, storyOf, type DossierStory } from './support/dossier-story.js';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  procedure: string;
}

type Ctx = { canvasElement: HTMLElement };
const TAG = 'dvc-dossier-upload';

function render(args: Args, setup: Parameters<typeof dossierStory>[0] = {}, prepare?: (s: DossierStory) => void) {
  const story = dossierStory(setup);
  prepare?.(story);
  // Each story starts with no remembered draft.
  sessionStorage.removeItem(`dvc-kit:dossier-draft:${args.procedure}`);
  return framed(args, holding(story, html`<dvc-provider .client=${story.client} .auth=${story.auth} lang=${args.lang} theme=${args.theme}>
    <dvc-dossier-upload procedure=${args.procedure}></dvc-dossier-upload>
  </dvc-provider>`));
}

const ready = (canvas: HTMLElement) => shadowOf(canvas, TAG, '.slot');

const meta: Meta<Args> = {
  title: 'Elements/dvc-dossier-upload',
  component: TAG,
  args: { procedure: '1.001193', lang: 'vi', theme: 'light', width: '48rem' },
  argTypes: {
    ...FRAME_ARG_TYPES,
    procedure: { control: 'inline-radio', options: ['1.001193', '1.005383'] },
  },
  render: (args) => render(args),
  parameters: componentDocs(
    'Submit a dossier online: one slot per dossier component, files by picker, drag and drop or paste, checked by their bytes before upload, ' +
    'resumable tus uploads with pause, retry and remove, a draft that survives a reload, a review step, an idempotent submit and a printable receipt. ' +
    'Form-associated. Events: `dvc-dossier-draft`, `dvc-upload-progress`, `dvc-dossier-submit`, `dvc-error`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing uploaded yet. */
export const Empty: Story = { play: async ({ canvasElement }: Ctx) => void (await ready(canvasElement)) };

/** A procedure with two cases: the person chooses one first. */
export const ChooseCase: Story = { args: { procedure: '1.005383' } };

export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const NarrowScreen: Story = { args: { width: '20rem' } };

export const SignedOut: Story = { render: (args) => render(args, { signedIn: false }) };

/** A file on its way: the upload is held mid-way so the progress bar stays visible. */
export const Uploading: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    const story = storyOf(canvasElement);
    dropInto(canvasElement, TAG, 1, [pdf('giay-chung-sinh.pdf', 3 * 1024 * 1024)]);
    await shadowOf(canvasElement, TAG, '.file.uploading progress');
    // Let the first chunk through, then hold the rest.
    await new Promise((r) => setTimeout(r, 900));
    story.dossiers.stallUploads = true;
  },
};

/** The person paused an upload. */
export const Paused: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    storyOf(canvasElement).dossiers.stallUploads = true;
    dropInto(canvasElement, TAG, 1, [pdf('giay-chung-sinh.pdf', 2 * 1024 * 1024)]);
    const root = await shadowOf(canvasElement, TAG, '.file.uploading');
    press(root, 'Tạm dừng');
  },
};

/** The connection dropped: uploads wait and continue by themselves. */
export const Offline: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    storyOf(canvasElement).dossiers.stallUploads = true;
    dropInto(canvasElement, TAG, 0, [pdf('to-khai.pdf', 2 * 1024 * 1024)]);
    await shadowOf(canvasElement, TAG, '.file.uploading');
    window.dispatchEvent(new Event('offline'));
  },
};

/** The server could not be reached: retry or remove. */
export const Failed: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    storyOf(canvasElement).dossiers.failNext('upload', 'internal_error', 500);
    dropInto(canvasElement, TAG, 0, [pdf('to-khai.pdf', 200 * 1024)]);
    await shadowOf(canvasElement, TAG, '.file.failed');
  },
};

/** An executable renamed .pdf is refused before a byte is sent. */
export const RejectedType: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    dropInto(canvasElement, TAG, 1, [exeNamedPdf()]);
    await shadowOf(canvasElement, TAG, '.notice');
  },
};

/** A 21 MB scan is refused before upload, with what to do about it. */
export const TooLarge: Story = {
  play: async ({ canvasElement }: Ctx) => {
    await ready(canvasElement);
    dropInto(canvasElement, TAG, 1, [new File([new Uint8Array(21 * 1024 * 1024)], 'ban-scan-600dpi.pdf', { type: 'application/pdf' })]);
    await shadowOf(canvasElement, TAG, '.notice');
  },
};

async function uploadRequired(canvas: HTMLElement): Promise<ShadowRoot> {
  await ready(canvas);
  dropInto(canvas, TAG, 0, [pdf('to-khai-khai-sinh.pdf', 150 * 1024, 1)]);
  dropInto(canvas, TAG, 1, [pdf('giay-chung-sinh.pdf', 250 * 1024, 2)]);
  const start = Date.now();
  let root = await shadowOf(canvas, TAG, '.slot');
  while (root.querySelectorAll('.file.done').length < 2) {
    if (Date.now() - start > 15_000) throw new Error('uploads did not finish');
    await new Promise((r) => setTimeout(r, 50));
    root = await shadowOf(canvas, TAG, '.slot');
  }
  return root;
}

/** Every required document is uploaded. */
export const ReadyToReview: Story = { play: async ({ canvasElement }: Ctx) => void (await uploadRequired(canvasElement)) };

/** The review step before submitting. */
export const Review: Story = {
  play: async ({ canvasElement }: Ctx) => {
    const root = await uploadRequired(canvasElement);
    press(root, 'Tiếp tục');
    await shadowOf(canvasElement, TAG, '[data-step-heading]');
  },
};

/** The answer to the submit was lost; pressing again submits once only. */
export const SubmitFailed: Story = {
  play: async ({ canvasElement }: Ctx) => {
    const root = await uploadRequired(canvasElement);
    press(root, 'Tiếp tục');
    const review = await shadowOf(canvasElement, TAG, 'dl.summary');
    storyOf(canvasElement).dossiers.dropNext('submit');
    press(review, 'Nộp hồ sơ');
    await shadowOf(canvasElement, TAG, '.message');
  },
};

/** Submitted: the receipt with the dossier code, due date and fees. */
export const Submitted: Story = {
  play: async ({ canvasElement }: Ctx) => {
    const root = await uploadRequired(canvasElement);
    press(root, 'Tiếp tục');
    const review = await shadowOf(canvasElement, TAG, 'dl.summary');
    press(review, 'Nộp hồ sơ');
    await shadowOf(canvasElement, TAG, '[part=receipt]');
  },
};

// The agency form's own buttons: the browser's default buttons are 21px tall and sit 4px apart,
// under the 24px target size WCAG 2.2 asks for (axe: target-size).
const AGENCY_BUTTON = 'min-height:2.75rem;padding:0 1rem;font:inherit';

/** Inside a form: its value and validity join the form's. */
export const InAForm: Story = {
  render: (args) => {
    const story = dossierStory();
    return html`<form style="display:grid;gap:1rem;max-width:${args.width}" @submit=${(e: Event) => e.preventDefault()}>
      <dvc-provider .client=${story.client} .auth=${story.auth} lang=${args.lang}>
        <dvc-dossier-upload name="dossier" procedure=${args.procedure}></dvc-dossier-upload>
      </dvc-provider>
      <div style="display:flex;flex-wrap:wrap;gap:1rem">
        <button type="submit" style=${AGENCY_BUTTON}>Gửi biểu mẫu của cơ quan</button>
        <button type="reset" style=${AGENCY_BUTTON}>Làm lại</button>
      </div>
    </form>`;
  },
};
