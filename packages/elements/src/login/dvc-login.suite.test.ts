import { fixture, html } from '@open-wc/testing';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { inProvider } from '@dvc-kit/testing/element-helpers';
import { FakeAuth } from '@dvc-kit/testing/fake-auth';
import { FAKE_ME } from '@dvc-kit/testing/fake-dossiers';
import { until } from '@dvc-kit/testing/until';

const SESSION = { me: FAKE_ME, expiresAt: null };
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mount(auth: FakeAuth, what: string): Promise<HTMLElement> {
  const el = await inProvider(html`<dvc-login mode="popup"></dvc-login>`, { auth });
  await until(() => part(el, what), what);
  return el;
}

runElementSuite({
  tag: 'dvc-login',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    'signed out': () => mount(new FakeAuth(SESSION), 'button'),
    'signed in': () => mount(new FakeAuth(SESSION, SESSION), 'sign-out'),
    'sign-in failed': async () => {
      const auth = new FakeAuth(SESSION);
      auth.failWith = 'provider_unreachable';
      const el = await mount(auth, 'button');
      part(el, 'button')!.click();
      await until(() => part(el, 'retry'), 'the failure, with a retry');
      return el;
    },
  },
  notConfigured: async () => {
    const el = await fixture<HTMLElement>(html`<dvc-login mode="popup"></dvc-login>`);
    await until(() => part(el, 'button'), 'the sign-in button');
    part(el, 'button')!.click();
    return el;
  },
  notApplicable: {
    abortOnRemoval: 'it signs in through the auth layer and never calls the portal client',
    headingLevel: 'a sign-in button and its menu: nothing on it is a heading',
  },
});
