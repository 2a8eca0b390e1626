import { fixture, html } from '@open-wc/testing';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';

runElementSuite({
  tag: 'dvc-provider',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    'around content': () =>
      fixture(html`<dvc-provider api-base=${FAKE_PORTAL_BASE} locale="vi"><p>Nội dung của trang</p><a href="#top">Lên đầu trang</a></dvc-provider>`),
  },
  notApplicable: {
    headingLevel: 'it renders only its children',
    notConfigured: 'it is what configures the elements inside it',
    lang: 'it has no text of its own: it renders only its children',
    abortOnRemoval: 'it calls nothing itself: the elements inside it do',
  },
});
