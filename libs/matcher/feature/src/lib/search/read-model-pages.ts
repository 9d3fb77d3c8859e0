import { DocumentStore, StoredDocument } from '@fhk/platform/store';

/** Rows read from the read model per query when the whole of it is walked. */
const PAGE_SIZE = 500;

/**
 * Every row of a read-model collection, tombstones included, in pages in id order. Keyset paging
 * by id alone (after the last id read): each page reads only its own rows along the key. Offsets,
 * or a filter on `deleted` (its index, then a sort of every live row per page), made walks quadratic.
 */
export async function* readModelPages<T extends StoredDocument>(store: DocumentStore, collection: string): AsyncIterable<T[]> {
  for (let after: string | null = null; ; ) {
    const page: T[] = await store.find<T>(collection, {
      where: after === null ? {} : { id: { $gt: after } },
      orderBy: [['id', 'asc']],
      limit: PAGE_SIZE,
    });
    if (page.length === 0) return;
    after = page[page.length - 1].id;
    yield page;
  }
}
