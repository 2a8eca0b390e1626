import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/login';
import type { DvcLogin } from '@dvc-kit/elements';
import { storyPortal } from '@dvc-kit/testing/fake-sign-in';
import { until } from '@dvc-kit/testing/until';
import { BUSINESS, CITIZEN, LONG_NAME_CITIZEN } from '@dvc-kit/testing/fake-people';
import { componentDocs, FRAME_ARG_TYPES, framed, type FrameArgs } from './support/element-story.js';
import type { Me } from '@dvc-kit/spec';

interface Args extends FrameArgs {
  mode: 'redirect' | 'popup';
}

type Setup = { me?: Me; signedIn?: boolean; outcome?: 'ok' | 'cancelled' | 'unreachable' | 'expired-attempt' | 'blocked'; lifetimeMs?: number };

function render(args: Args, setup: Setup = {}) {
  const { client, auth } = storyPortal({ me: setup.me ?? CITIZEN, ...setup });
  return framed(args, html`<dvc-provider .client=${client} .auth=${auth} lang=${args.lang} theme=${args.theme}>
    <dvc-login mode=${args.mode}></dvc-login>
  </dvc-provider>`);
}

const login = (canvas: HTMLElement) => canvas.querySelector('dvc-login') as DvcLogin;
const clickSignIn = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = login(canvasElement);
  await el.updateComplete;
  (el.shadowRoot!.querySelector('[part="button"]') as HTMLButtonElement).click();
};
const waitFor = (part: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await clickSignIn({ canvasElement });
  await until(() => login(canvasElement).shadowRoot!.querySelector(`[part~="${part}"]`));
};

const meta: Meta<Args> = {
  title: 'Elements/dvc-login',
  component: 'dvc-login',
  args: { mode: 'popup', lang: 'vi', theme: 'light', width: '40rem' },
  argTypes: {
    ...FRAME_ARG_TYPES,
    mode: { control: 'inline-radio', options: ['redirect', 'popup'] },
  },
  render: (args) => render(args),
  parameters: componentDocs(
    'Sign in with the national e-ID (neutral button, no official logos). Redirect or popup; signed-in state with name and masked ID; errors for an unreachable provider, a cancelled or an expired sign-in. Fires `dvc-session-change` and `dvc-auth-error`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const SignedOut: Story = {};
export const Redirecting: Story = { args: { mode: 'redirect' }, play: clickSignIn };
export const WaitingForPopup: Story = { play: clickSignIn };
export const SignedInCitizen: Story = { render: (args) => render(args, { signedIn: true }) };
export const SignedInBusiness: Story = { render: (args) => render(args, { me: BUSINESS, signedIn: true }) };
export const SignsInWithPopup: Story = { play: waitFor('name') };
export const ErrorProviderUnreachable: Story = { render: (args) => render(args, { outcome: 'unreachable' }), play: waitFor('error') };
export const ErrorCancelled: Story = { render: (args) => render(args, { outcome: 'cancelled' }), play: waitFor('error') };
export const ErrorExpiredAttempt: Story = { render: (args) => render(args, { outcome: 'expired-attempt' }), play: waitFor('error') };
export const ErrorPopupBlocked: Story = { render: (args) => render(args, { outcome: 'blocked' }), play: waitFor('error') };
/** The session ends two seconds after sign-in: the element shows the expiry message. */
export const SessionExpires: Story = {
  render: (args) => render(args, { lifetimeMs: 2000 }),
  play: waitFor('name'),
};
export const NotConfigured: Story = {
  render: (args) => html`<dvc-login lang=${args.lang} theme=${args.theme}></dvc-login>`,
  play: waitFor('error'),
};
export const LongName320px: Story = { args: { width: '320px' }, render: (args) => render(args, { me: LONG_NAME_CITIZEN, signedIn: true }) };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => render(args, { signedIn: true }) };
export const DarkSignedOut: Story = { args: { theme: 'dark' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishSignedIn: Story = { args: { lang: 'en' }, render: (args) => render(args, { signedIn: true }) };
export const EnglishError: Story = { args: { lang: 'en' }, render: (args) => render(args, { outcome: 'cancelled' }), play: waitFor('error') };
