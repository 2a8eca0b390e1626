/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { countText, pluralCategory } from './plural.js';
import { strings as searchStrings } from '../procedure-search/dvc-procedure-search.strings.js';
import { statusStrings } from '../dossier-status/dvc-dossier-status.strings.js';
import { uploadStrings } from '../dossier/dossier.strings.js';

describe('counts in words', () => {
  it('uses one/other in English and a single form in Vietnamese', () => {
    expect([0, 1, 2, 21].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'vi'))).to.deep.equal(['other', 'other', 'other']);
    expect(countText(1234, 'vi', { other: '{n} thủ tục' })).to.equal('1.234 thủ tục');
    expect(countText(1234, 'en', { one: '{n} procedure', other: '{n} procedures' })).to.equal('1,234 procedures');
  });

  it('says one of everything in the singular in English', () => {
    const en = searchStrings.en;
    expect(en.total(1, 'khai sinh')).to.equal('1 procedure found for “khai sinh”');
    expect(en.total(1, '')).to.equal('1 procedure');
    expect(en.total(2, '')).to.equal('2 procedures');
    expect(en.totalAnnounce(1)).to.equal('1 procedure found.');
    expect(en.suggestCount(1)).to.match(/^1 suggestion\./);
    expect(en.suggestCount(3)).to.match(/^3 suggestions\./);
    expect(statusStrings.en.dossierCount(1)).to.equal('You have 1 dossier.');
    expect(statusStrings.en.dossierCount(2)).to.equal('You have 2 dossiers.');
    expect(uploadStrings.en.copies(1, 1)).to.equal('1 original, 1 copy');
    expect(uploadStrings.en.copies(2, 3)).to.equal('2 originals, 3 copies');
    expect(uploadStrings.en.allowed('PDF', '20 MB', 1)).to.contain('at most 1 file.');
    expect(uploadStrings.en.rejectedCount('a.pdf', 1)).to.contain('at most 1 file per document');
  });

  it('keeps Vietnamese without plural forms, with its digit grouping', () => {
    const vi = searchStrings.vi;
    expect(vi.total(1, 'khai sinh')).to.equal('Tìm thấy 1 thủ tục cho “khai sinh”');
    expect(vi.total(12345, '')).to.equal('Có 12.345 thủ tục');
    expect(vi.suggestCount(1)).to.match(/^Có 1 gợi ý\./);
    expect(statusStrings.vi.dossierCount(2)).to.equal('Bạn có 2 hồ sơ.');
    expect(uploadStrings.vi.copies(1, 2)).to.equal('1 bản chính, 2 bản sao');
  });
});
