/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DvcBaseElement, DvcElement } from './dvc-element.js';
import { defineElement } from './define.js';
import { configure, resetConfig } from '../context/configure.js';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import type { DvcProvider } from '../provider/dvc-provider.component.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../i18n/format.js';
import { toLocale } from '../i18n/locale.js';
import { FakeAuth } from '@dvc-kit/testing/fake-auth';
import type { Session } from '../context/portal-api.js';

/** A minimal element exposing the protected API for the tests. */
class ProbeElement extends DvcElement {
  get currentLocale() {
    return this.locale;
  }
  get currentClient() {
    return this.client;
  }
  get currentSession() {
    return this.session;
  }
  fire(cancelable = false) {
    return this.emit('dvc-procedure-select', { code: '1.001193' }, { cancelable });
  }
  protected override render() {
    return litHtml`<span>${this.locale}</span>`;
  }
}
defineElement('dvc-test-probe', ProbeElement);

/** An element on the light base (no client factory), like <dvc-login>. */
class LightProbe extends DvcBaseElement {
  get currentClient() {
    return this.client;
  }
}
defineElement('dvc-test-light-probe', LightProbe);

/** A host with its own shadow root, to check that lang and events cross it. */
class ShadowHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><dvc-test-probe></dvc-test-probe></div>';
  }
}
customElements.define('dvc-test-shadow-host', ShadowHost);

const fakeApi = (): PortalClient => createPortalClient({ baseUrl: 'http://127.0.0.1:9', fetch: async () => new Response('{}') });

describe('defineElement', () => {
  it('defining the same class twice is harmless', () => {
    class A extends HTMLElement {}
    expect(defineElement('dvc-test-a', A)).to.equal(true);
    expect(defineElement('dvc-test-a', A)).to.equal(false);
    expect(customElements.get('dvc-test-a')).to.equal(A);
  });
  it('a different class at a taken tag warns once and keeps the first', () => {
    class B extends HTMLElement {}
    class C extends HTMLElement {}
    defineElement('dvc-test-b', B);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineElement('dvc-test-b', C)).to.equal(false);
      expect(defineElement('dvc-test-b', C)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('dvc-test-b')).to.equal(B);
  });
});

describe('class modules and registration modules', () => {
  it('importing a class module defines no tag; the registration module does, and twice is harmless', async () => {
    const login = await import('../login/dvc-login.component.js');
    const search = await import('../procedure-search/dvc-procedure-search.component.js');
    const detail = await import('../procedure-detail/dvc-procedure-detail.component.js');
    expect(login.DvcLogin).to.be.a('function');
    expect(search.DvcProcedureSearch).to.be.a('function');
    expect(detail.DvcProcedureDetail).to.be.a('function');
    await import('../index.js'); // the package entry: classes and types only
    for (const tag of ['dvc-login', 'dvc-procedure-search', 'dvc-procedure-detail']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    await import('../all.js');
    expect(customElements.get('dvc-login')).to.equal(login.DvcLogin);
    expect(customElements.get('dvc-procedure-search')).to.equal(search.DvcProcedureSearch);
    expect(customElements.get('dvc-procedure-detail')).to.equal(detail.DvcProcedureDetail);
    // Defining again, as a second bundle would, changes nothing and throws nothing.
    expect(defineElement('dvc-login', login.DvcLogin)).to.equal(false);
  });
});

describe('DvcElement.emit', () => {
  it('dispatches a typed event that bubbles and leaves shadow roots', async () => {
    const host = await fixture<ShadowHost>(html`<dvc-test-shadow-host></dvc-test-shadow-host>`);
    const probe = host.shadowRoot!.querySelector('dvc-test-probe') as ProbeElement;
    setTimeout(() => probe.fire());
    const event = await oneEvent(document, 'dvc-procedure-select');
    expect(event.detail.code).to.equal('1.001193');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });
  it('returns false when a listener cancels a cancelable event', async () => {
    const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('dvc-procedure-select', stop);
    try {
      expect(probe.fire(true)).to.equal(false);
      expect(probe.fire(false)).to.equal(true);
    } finally {
      document.removeEventListener('dvc-procedure-select', stop);
    }
  });
});

describe('locale resolution', () => {
  afterEach(() => resetConfig());

  it('defaults to vi', async () => {
    const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    expect(probe.currentLocale).to.equal('vi');
  });
  it('follows the nearest lang, through shadow roots, and its changes', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="vi"><section lang="en-GB"><dvc-test-shadow-host></dvc-test-shadow-host></section></div>`);
    const probe = outer.querySelector('dvc-test-shadow-host')!.shadowRoot!.querySelector('dvc-test-probe') as ProbeElement;
    expect(probe.currentLocale).to.equal('en');
    outer.querySelector('section')!.setAttribute('lang', 'vi');
    await waitUntil(() => probe.currentLocale === 'vi', 'locale did not follow the lang change');
    outer.querySelector('section')!.setAttribute('lang', 'fr'); // unsupported: the walk continues upwards
    outer.setAttribute('lang', 'en');
    await waitUntil(() => probe.currentLocale === 'en');
  });
  it('takes the provider locale, and a nearer lang beats it', async () => {
    const provider = await fixture<DvcProvider>(html`<dvc-provider locale="en"><dvc-test-probe></dvc-test-probe><p lang="vi"><dvc-test-probe></dvc-test-probe></p></dvc-provider>`);
    const [first, second] = [...provider.querySelectorAll('dvc-test-probe')] as ProbeElement[];
    expect(first!.currentLocale).to.equal('en');
    expect(second!.currentLocale).to.equal('vi');
  });
  it('uses configure() when nothing nearer says', async () => {
    const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    configure({ locale: 'en' });
    await waitUntil(() => probe.currentLocale === 'en');
  });
  it('reads <html lang> last, after configure()', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
      await waitUntil(() => probe.currentLocale === 'en');
      configure({ locale: 'vi' });
      await waitUntil(() => probe.currentLocale === 'vi');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
  it('maps language tags', () => {
    expect(toLocale('vi-VN')).to.equal('vi');
    expect(toLocale('EN_us')).to.equal('en');
    expect(toLocale('fr')).to.equal(null);
    expect(toLocale(null)).to.equal(null);
  });
});

describe('shared context', () => {
  afterEach(() => resetConfig());

  it('hands the provider client to elements inside, even inside shadow roots', async () => {
    const api = fakeApi();
    const provider = await fixture<DvcProvider>(html`<dvc-provider .client=${api}><dvc-test-shadow-host></dvc-test-shadow-host></dvc-provider>`);
    const probe = provider.querySelector('dvc-test-shadow-host')!.shadowRoot!.querySelector('dvc-test-probe') as ProbeElement;
    expect(probe.currentClient === api).to.equal(true);
  });
  it('falls back to configure(), and api-base on the element wins over both', async () => {
    const api = fakeApi();
    configure({ client: api });
    const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    expect(probe.currentClient === api).to.equal(true);
    probe.apiBase = 'http://127.0.0.1:9/api/v1';
    expect(probe.currentClient === api).to.equal(false);
    expect(probe.currentClient?.apiUrl).to.equal('http://127.0.0.1:9/api/v1');
  });
  it('a provider with only api-base builds one shared client on first use, and a new one when api-base changes', async () => {
    const fetchStub = async () => new Response('{}');
    const provider = await fixture<DvcProvider>(html`<dvc-provider api-base="http://127.0.0.1:9" .fetch=${fetchStub}>
      <dvc-test-light-probe></dvc-test-light-probe><dvc-test-probe></dvc-test-probe><dvc-test-probe></dvc-test-probe>
    </dvc-provider>`);
    const light = provider.querySelector('dvc-test-light-probe') as LightProbe;
    const [a, b] = [...provider.querySelectorAll('dvc-test-probe')] as ProbeElement[];
    expect(light.currentClient === null).to.equal(true); // nothing built yet, and the light element cannot build
    expect(a!.currentClient?.apiUrl).to.equal('http://127.0.0.1:9/api/v1');
    // Identity checks as booleans: chai's diff of two client objects can hang the page.
    expect(b!.currentClient === a!.currentClient).to.equal(true);
    expect(light.currentClient === a!.currentClient).to.equal(true);
    expect(provider.effectiveClient === a!.currentClient).to.equal(true);
    provider.apiBase = 'http://127.0.0.1:10/api/v1';
    await provider.updateComplete;
    expect(a!.currentClient?.apiUrl).to.equal('http://127.0.0.1:10/api/v1');
  });
  it('configure({ apiBase }) builds one shared client, only for elements that call the API', async () => {
    configure({ apiBase: 'http://127.0.0.1:9', fetch: async () => new Response('{}') });
    const probe = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    const other = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    expect(probe.currentClient?.apiUrl).to.equal('http://127.0.0.1:9/api/v1');
    expect(other.currentClient === probe.currentClient).to.equal(true);
    const light = await fixture<LightProbe>(html`<dvc-test-light-probe></dvc-test-light-probe>`);
    expect(light.currentClient === probe.currentClient).to.equal(true); // already built: shared with everyone
    resetConfig();
    configure({ apiBase: 'http://127.0.0.1:9' });
    expect(light.currentClient === null).to.equal(true); // a light element alone never builds one
  });
  it('a session change of the configured auth reaches elements that read the session, without any configure() call', async () => {
    const me = { sub: 'citizen-an', name: 'Nguyễn Văn An' } as unknown as Session['me'];
    const auth = new FakeAuth({ me, expiresAt: null });
    let subscriptions = 0;
    const subscribe = auth.subscribe.bind(auth);
    auth.subscribe = (listener) => {
      subscriptions++;
      return subscribe(listener);
    };
    configure({ client: fakeApi(), auth });
    const reader = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    const bystander = await fixture<ProbeElement>(html`<dvc-test-probe></dvc-test-probe>`);
    expect(subscriptions, 'nobody read the session yet: the auth is left alone').to.equal(0);
    expect(reader.currentSession).to.equal(null);
    expect(subscriptions).to.equal(1);
    let renders = 0;
    const update = reader.requestUpdate.bind(reader);
    reader.requestUpdate = (...args: Parameters<ProbeElement['requestUpdate']>) => {
      renders++;
      update(...args);
    };
    await auth.signIn({ mode: 'popup' });
    expect(renders, 'the reader re-renders on sign-in').to.be.greaterThan(0);
    expect(reader.currentSession?.me.sub).to.equal('citizen-an');
    expect(bystander.currentSession?.me.sub).to.equal('citizen-an');
    reader.remove();
    bystander.remove();
    renders = 0;
    await auth.signOut();
    expect(renders, 'a removed element stops following').to.equal(0);
  });
  it('mirrors the theme from the element, else the provider, on data-dvc-theme', async () => {
    const provider = await fixture<DvcProvider>(html`<dvc-provider theme="dark"><dvc-test-probe></dvc-test-probe><dvc-test-probe theme="light"></dvc-test-probe></dvc-provider>`);
    const [a, b] = [...provider.querySelectorAll('dvc-test-probe')] as ProbeElement[];
    await a!.updateComplete;
    expect(a!.getAttribute('data-dvc-theme')).to.equal('dark');
    expect(b!.getAttribute('data-dvc-theme')).to.equal('light');
  });
});

describe('format', () => {
  it('writes dates dd/MM/yyyy in both locales, in Vietnam time', () => {
    expect(formatDate('2026-11-22', 'vi')).to.equal('22/11/2026');
    expect(formatDate('2026-11-22', 'en')).to.equal('22/11/2026');
    expect(formatDate('2026-11-21T18:30:00Z', 'vi')).to.equal('22/11/2026'); // 01:30 next day in Hà Nội
    expect(formatDate('not a date', 'vi')).to.equal('');
    expect(formatDateTime('2026-11-22T07:05:00Z', 'vi')).to.contain('14:05');
  });
  it('writes VND without decimals', () => {
    expect(formatMoney(100000, 'VND', 'vi').replace(/\s/g, ' ')).to.equal('100.000 ₫');
    expect(formatMoney(100000, 'VND', 'en')).to.match(/100,000/);
    expect(formatNumber(1234, 'vi')).to.equal('1.234');
  });
});
