/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import type { Session } from '../context/portal-api.js';
import { FakeAuth } from '@dvc-kit/testing/fake-auth';
import './define.js';
import type { DvcProvider } from './dvc-provider.component.js';

/** Shows what it receives from the provider. */
class ProviderProbe extends DvcBaseElement {
  get sharedSession(): Session | null {
    return this.session;
  }
  get sharedLocale() {
    return this.locale;
  }
  protected override render() {
    return litHtml`<span>${this.locale} ${this.session?.me.name ?? '-'}</span>`;
  }
}
customElements.define('test-provider-probe', ProviderProbe);

const an: Session = { me: { sub: 'citizen-an', name: 'Nguyễn Văn An' } as Session['me'], expiresAt: null };
const binh: Session = { me: { sub: 'citizen-binh', name: 'Trần Thị Bình' } as Session['me'], expiresAt: null };

async function mount(auth: FakeAuth | null = null) {
  const provider = await fixture<DvcProvider>(html`<dvc-provider locale="en" theme="dark" .auth=${auth}>
    <test-provider-probe></test-provider-probe>
  </dvc-provider>`);
  const probe = provider.querySelector('test-provider-probe') as ProviderProbe;
  await probe.updateComplete;
  return { provider, probe };
}

describe('<dvc-provider>', () => {
  it('lays its children out as if it were not there', async () => {
    const { provider, probe } = await mount();
    expect(getComputedStyle(provider).display).to.equal('contents');
    const slot = provider.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([probe]);
    expect(provider.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('shares its locale and theme, and their changes', async () => {
    const { provider, probe } = await mount();
    expect(probe.sharedLocale).to.equal('en');
    expect(probe.getAttribute('data-dvc-theme')).to.equal('dark');
    provider.locale = 'vi';
    provider.theme = 'light';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.sharedLocale).to.equal('vi');
    expect(probe.getAttribute('data-dvc-theme')).to.equal('light');
  });

  it('keeps the shared session current from its auth, and lets go of an auth it no longer holds', async () => {
    const first = new FakeAuth(an, an);
    const { provider, probe } = await mount(first);
    expect(probe.sharedSession?.me.sub).to.equal('citizen-an');
    await first.signOut();
    await probe.updateComplete;
    expect(probe.sharedSession).to.equal(null);

    const second = new FakeAuth(binh, binh);
    provider.auth = second;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.sharedSession?.me.sub).to.equal('citizen-binh');
    first.set(an);
    await probe.updateComplete;
    expect(probe.sharedSession?.me.sub, 'the old auth no longer speaks for the page').to.equal('citizen-binh');
    expect(probe.shadowRoot!.textContent).to.contain('Trần Thị Bình');
  });
});
