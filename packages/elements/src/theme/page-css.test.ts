/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import '../login/define.js';
import '../procedure-search/define.js';
import '../dossier-status/define.js';
import { FakeAuth } from '@dvc-kit/testing/fake-auth';
import { createFakePortal, FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';
import { makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { fakeSetup } from '@dvc-kit/testing/dossier-helpers';

// A host page's typography must not reach inside the elements through inheritance, and a page that
// shrinks its root font (the "62.5% trick") must not shrink them either.
const HOSTILE_PAGE = `
  html { font-size: 62.5%; }
  body { text-transform: uppercase; text-align: center; letter-spacing: .2em; word-spacing: 1em;
         line-height: 3; white-space: nowrap; font-style: italic; font-weight: 700; text-indent: 4em; }
`;

const TYPOGRAPHY_AT_REST = {
  textTransform: 'none',
  textAlign: 'start',
  letterSpacing: 'normal',
  wordSpacing: '0px',
  whiteSpace: 'normal',
  fontStyle: 'normal',
  fontWeight: '400',
  textIndent: '0px',
  fontSize: '16px',
  lineHeight: '24px',
};

function typography(node: Element) {
  const s = getComputedStyle(node);
  return {
    textTransform: s.textTransform,
    textAlign: s.textAlign,
    letterSpacing: s.letterSpacing,
    wordSpacing: s.wordSpacing,
    whiteSpace: s.whiteSpace,
    fontStyle: s.fontStyle,
    fontWeight: s.fontWeight,
    textIndent: s.textIndent,
    fontSize: s.fontSize,
    lineHeight: s.lineHeight,
  };
}

describe('page CSS stays outside the elements', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_PAGE;
    document.head.append(style);
  });
  after(() => style.remove());

  async function mountAll(width = '') {
    const portal = createFakePortal();
    const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
    const dossiers = fakeSetup();
    dossiers.portal.put(makeDossier('processing'));
    const auth = new FakeAuth({ me: { sub: 'citizen-an', name: 'Nguyễn Văn An' } as never, expiresAt: null });
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style=${width ? `width: ${width}` : ''}>
      <dvc-provider .auth=${auth} .client=${client}>
        <dvc-login></dvc-login>
        <dvc-procedure-search></dvc-procedure-search>
      </dvc-provider>
      <dvc-provider .client=${dossiers.client} .auth=${dossiers.auth}><dvc-dossier-status></dvc-dossier-status></dvc-provider>
    </div>`);
    const elements = [...wrapper.querySelectorAll('dvc-login, dvc-procedure-search, dvc-dossier-status')];
    await waitUntil(() => Boolean(wrapper.querySelector('dvc-dossier-status')!.shadowRoot!.querySelector('tbody tr')), 'status list', { timeout: 5000 });
    return elements;
  }

  it('the page really is hostile (the check can fail)', () => {
    expect(getComputedStyle(document.body).textTransform).to.equal('uppercase');
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
  });

  it('resets inherited typography on every host and in its text, and sizes from 16px, not the page root', async () => {
    for (const el of await mountAll()) {
      expect(typography(el), `${el.localName} host`).to.deep.equal(TYPOGRAPHY_AT_REST);
      // direction is the page's to decide (a right-to-left page keeps it).
      expect(getComputedStyle(el).direction, `${el.localName} direction`).to.equal('rtl');
      const text = el.shadowRoot!.querySelector('p, span, td, label')!;
      expect(getComputedStyle(text).textTransform, `${el.localName} text`).to.equal('none');
      expect(getComputedStyle(text).letterSpacing, `${el.localName} text`).to.equal('normal');
      expect(parseFloat(getComputedStyle(text).fontSize), `${el.localName} text size`).to.be.at.least(13);
    }
  });

  it('keeps its 44 px (36 px small) targets even when the page root is 10px', async () => {
    for (const el of await mountAll()) {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.btn')].filter((b) => b.getClientRects().length > 0);
      expect(buttons.length, `${el.localName} has a visible button`).to.be.greaterThan(0);
      for (const b of buttons) {
        // .small buttons (table rows) are 36 px by design; every other button keeps a 44 px target.
        const target = b.classList.contains('small') ? 36 : 44;
        expect(b.getBoundingClientRect().height, `${el.localName} ${b.textContent?.trim()}`).to.be.at.least(target);
      }
    }
  });

  it('reflows at 320 CSS px (a 1280 px window at 400% zoom) without sideways scrolling', async () => {
    for (const el of await mountAll('320px')) {
      const host = el as HTMLElement;
      expect(host.getBoundingClientRect().width, el.localName).to.be.at.most(320);
      const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
        (n) => n.getClientRects().length > 0 && n.getBoundingClientRect().width > 321 && getComputedStyle(n).overflowX === 'visible',
      );
      expect(wide.map((n) => `${n.localName}.${n.className}`), `${el.localName}: wider than 320 px`).to.deep.equal([]);
    }
  });
});
