import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createPortalClient } from '@dvc-kit/client';
import type { FormDefinition } from '@dvc-kit/spec';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/dossier-form';
import type { DvcDossierForm } from '@dvc-kit/elements/dossier-form/component';
import { fakeAuth } from '@dvc-kit/testing/fake-dossiers';
import { BIRTH_REGISTRATION_FORM, PERMANENT_RESIDENCE_FORM, createFakeFormDrafts, exampleAnswers } from '@dvc-kit/testing/fake-forms';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { shadowOf } from './support/dossier-story.js';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';

interface Args extends FrameArgs {
  procedure: string;
}

type Ctx = { canvasElement: HTMLElement };
const TAG = 'dvc-dossier-form';

interface Setup {
  /** Shown without loading it (the element then calls the portal only for a draft). */
  definition?: FormDefinition;
  /** Answers already saved in a draft dossier: the form loads them and saves as the person goes. */
  draft?: Record<string, unknown>;
  signedIn?: boolean;
  review?: boolean;
  portal?: FakePortalOptions;
}

function render(args: Args, setup: Setup = {}) {
  const portal = createFakePortal({ latencyMs: 200, ...setup.portal });
  const drafts = createFakeFormDrafts();
  portal.routes.push((request) => drafts.handle(request));
  const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
  const dossier = setup.draft ? drafts.draft(args.procedure, setup.draft).id : null;
  // Each story starts from nothing remembered in this tab.
  sessionStorage.removeItem(`dvc-kit:form-answers:procedure:${args.procedure}`);
  return framed(args, html`<dvc-provider .client=${client} .auth=${setup.signedIn ? fakeAuth() : null} lang=${args.lang} theme=${args.theme}>
    <dvc-dossier-form procedure=${args.procedure} dossier=${dossier ?? nothing} .definition=${setup.definition ?? null} ?review=${setup.review ?? false}>
    </dvc-dossier-form>
  </dvc-provider>`);
}

async function form(canvas: HTMLElement): Promise<DvcDossierForm> {
  await shadowOf(canvas, TAG, '[part~="section"]');
  return canvas.querySelector<DvcDossierForm>(TAG)!;
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-dossier-form',
  component: TAG,
  args: { procedure: '1.001193', lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: { ...FRAME_ARG_TYPES, procedure: { control: 'select', options: ['1.001193', '1.000894', '1.004222', '1.001612', '1.013225', '9.999999'] } },
  render: (args) => render(args),
  parameters: componentDocs(
    'A procedure\'s online application form (tờ khai): sections and questions from the portal\'s definition, prefilled from the e-ID, ' +
    'checked when each question is left and all at once by `validate()` (the portal\'s own check) with an error summary that takes focus, ' +
    'conditional questions and sections, repeatable groups, a draft saved as the person goes (`dossier`), and a review with a change button per section. ' +
    'Form-associated. Methods: `validate()`, `showErrors()`, `save()`, `reset()`, `focusSection()`. ' +
    'Events: `dvc-form-load`, `dvc-form-input`, `dvc-form-saved`, `dvc-form-invalid`, `dvc-form-change-section`, `dvc-error`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

/** Birth registration, nothing answered yet. */
export const Empty: Story = {};

/** Signed in: the applicant's own answers come from the e-ID; a draft dossier keeps what is typed. */
export const Prefilled: Story = {
  render: (args) => render(args, { draft: {}, signedIn: true }),
};

/** "Continue" pressed with the form empty: the summary takes focus, each message stands beside its question. */
export const WithErrors: Story = {
  play: async ({ canvasElement }: Ctx) => void (await form(canvasElement)).validate(),
};

/** "Có" to the father's question shows his section; "Khác" as the relationship asks which. */
export const Conditional: Story = {
  render: (args) => render(args, { draft: { applicant: { relationship: 'other' }, fatherDeclared: 'yes' } }),
};

/** A repeatable group: the household's members, two added. */
export const Repeatable: Story = {
  args: { procedure: '1.004222' },
  render: (args) => render(args, {
    definition: PERMANENT_RESIDENCE_FORM,
    draft: { members: [{ fullName: 'Lê Văn An', relationship: 'Con' }, { fullName: 'Lê Thị Bình', relationship: 'Con' }] },
  }),
  play: async ({ canvasElement }: Ctx) => (await form(canvasElement)).shadowRoot?.querySelector('[part~="group"]')?.scrollIntoView(),
};

/** The answers read back before submitting, a change button per section. */
export const Review: Story = {
  render: (args) => render(args, { draft: exampleAnswers(BIRTH_REGISTRATION_FORM), review: true }),
};

export const English: Story = { args: { lang: 'en' } };
export const EnglishWithErrors: Story = { args: { lang: 'en' }, play: WithErrors.play };
export const Dark: Story = { args: { theme: 'dark' } };
export const NarrowScreen: Story = { args: { width: '20rem' } };

/** A procedure without an online form keeps the file-only flow. */
export const NoForm: Story = { args: { procedure: '9.999999' } };
export const Loading: Story = { render: (args) => render(args, { portal: { latencyMs: 600_000 } }) };
export const LoadFailed: Story = { render: (args) => render(args, { portal: { failure: 'server-error' } }) };
