/** The paging members every list response carries. */
export interface PageInfo {
  /** This page's items. */
  items: readonly unknown[];
  /** Items over all pages. */
  total: number;
  /** This page's number, from 1. */
  page: number;
  /** Items per page. */
  pageSize: number;
}

/**
 * Yields pages from 1 until the last one, fetching each only when the consumer
 * asks (a `break` stops fetching). Stops on an empty page too, so a total that
 * changes while walking cannot loop forever.
 *
 * @param fetchPage - loads page `n` (from 1)
 */
export async function* iteratePages<P extends PageInfo>(fetchPage: (page: number) => Promise<P>): AsyncGenerator<P, void, undefined> {
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    yield result;
    if (result.items.length === 0 || page * result.pageSize >= result.total) return;
  }
}
