import { expect } from '@open-wc/testing';
import { clearPending, deletePending, listPending, purgeOld, savePending } from './pending-files.js';
import { clearBrowserState, pdfFile } from '@dvc-kit/testing/dossier-helpers';

describe('pending upload files (IndexedDB)', () => {
  beforeEach(clearBrowserState);

  it('keeps a file per draft until it is deleted, with its bytes', async () => {
    await savePending({ key: 'k1', draftId: 'd1', componentId: 'c1', fileName: 'a.pdf', contentType: 'application/pdf', blob: pdfFile('a.pdf', 1234) });
    await savePending({ key: 'k2', draftId: 'd2', componentId: 'c1', fileName: 'b.pdf', contentType: 'application/pdf', blob: pdfFile('b.pdf', 10) });
    const [file] = await listPending('d1');
    expect(file!.fileName).to.equal('a.pdf');
    expect(file!.blob.size).to.equal(1234);
    expect(new TextDecoder().decode(await file!.blob.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
    await deletePending('k1');
    expect(await listPending('d1')).to.deep.equal([]);
    await clearPending('d2');
    expect(await listPending('d2')).to.deep.equal([]);
  });

  it('forgets files of a draft abandoned for more than a day', async () => {
    await savePending({ key: 'k1', draftId: 'd1', componentId: 'c1', fileName: 'a.pdf', contentType: 'application/pdf', blob: pdfFile('a.pdf') });
    await purgeOld(Date.now() + 25 * 60 * 60 * 1000);
    expect(await listPending('d1')).to.deep.equal([]);
  });
});
