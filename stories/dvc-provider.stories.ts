import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dvc-kit/elements/provider';
import '@dvc-kit/elements/login';
import '@dvc-kit/elements/search';
import { storyPortal } from '@dvc-kit/testing/fake-sign-in';
import { CITIZEN } from '@dvc-kit/testing/fake-people';
import { backdrop, componentDocs } from './support/element-story.js';

interface Args {
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-provider',
  component: 'dvc-provider',
  args: { locale: 'vi', theme: 'light' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => {
    const { client, auth } = storyPortal({ me: CITIZEN });
    return html`<div style="padding:1rem;background:${backdrop(args.theme)}">
      <dvc-provider .client=${client} .auth=${auth} locale=${args.locale} theme=${args.theme}>
        <div style="display:grid;gap:1.5rem;max-width:52rem">
          <dvc-login mode="popup"></dvc-login>
          <dvc-procedure-search></dvc-procedure-search>
        </div>
      </dvc-provider>
    </div>`;
  },
  parameters: componentDocs(
    '`<dvc-provider>` shares one client, the sign-in and session, the locale and the theme with every dvc- element inside it. A nearer `lang` attribute still wins over `locale`.',
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const SharedContext: Story = {};
export const SharedContextEnglish: Story = { args: { locale: 'en' } };
export const SharedContextDark: Story = { args: { theme: 'dark' } };
/** The search keeps Vietnamese because of its own lang="vi", inside an English provider. */
export const NearestLangWins: Story = {
  args: { locale: 'en' },
  render: (args) => {
    const { client, auth } = storyPortal({ me: CITIZEN });
    return html`<dvc-provider .client=${client} .auth=${auth} locale=${args.locale}>
      <div style="display:grid;gap:1.5rem;max-width:52rem">
        <dvc-login mode="popup"></dvc-login>
        <dvc-procedure-search lang="vi"></dvc-procedure-search>
      </div>
    </dvc-provider>`;
  },
};
