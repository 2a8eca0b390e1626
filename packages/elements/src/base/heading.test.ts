/// <reference types="mocha" />
import { expect, fixture } from '@open-wc/testing';
import { heading, headingLevel } from './heading.js';

describe('dossier headings', () => {
  it('keeps a page-chosen level within 1–6, and falls back to 2 for nonsense', () => {
    expect([0, 1, 3.4, 6, 9].map(headingLevel)).to.deep.equal([1, 1, 3, 6, 6]);
    expect(headingLevel(Number.NaN)).to.equal(2);
  });

  it('renders role="heading" with its level, and only the attributes given', async () => {
    const el = await fixture<HTMLElement>(heading(7, 'Giấy chứng sinh', { id: 'slot-c2-name', className: 'slot-name' }));
    expect(el.getAttribute('role')).to.equal('heading');
    expect(el.getAttribute('aria-level')).to.equal('6');
    expect(el.id).to.equal('slot-c2-name');
    expect(el.className).to.equal('slot-name');
    expect(el.hasAttribute('part')).to.equal(false);
    expect(el.textContent).to.equal('Giấy chứng sinh');
  });
});
