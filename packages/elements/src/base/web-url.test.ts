import { expect } from '@open-wc/testing';
import { webUrl } from './web-url.js';

// Defence in depth behind the client's contract check: whatever reaches an href or `location`
// from portal data is absolute http(s), or nothing.
describe('webUrl', () => {
  it('keeps http(s) links and resolves relative ones against the API base', () => {
    expect(webUrl('https://dichvucong.gov.vn/p/1.001193')).to.equal('https://dichvucong.gov.vn/p/1.001193');
    expect(webUrl('/templates/to-khai.docx', 'http://127.0.0.1:4800/api/v1/')).to.equal(
      'http://127.0.0.1:4800/templates/to-khai.docx',
    );
  });

  it('drops script, data and malformed links', () => {
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'http://[bad']) {
      expect(webUrl(url), url).to.equal(null);
    }
    expect(webUrl('javascript:alert(1)', 'http://127.0.0.1:4800/')).to.equal(null);
    expect(webUrl(null)).to.equal(null);
    expect(webUrl('relative/without/base')).to.equal(null);
  });
});
