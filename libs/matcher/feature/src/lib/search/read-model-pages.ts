import { DocumentStore, FindOptions, StoredDocument, StoredVersion } from '@fhk/platform/store';

/** Rows read from the read model per query when the whole of it is walked. */
const PAGE_SIZE = 500;

/**
 * Every row of a collection, tombstones included, in pages in id order, as `read` gives them (whole
 * rows, or ids and versions only). Keyset paging by id alone (after the last id read): each page reads
 * only its own rows along the key. Offsets, or a filter on `deleted` (its index, then a sort of every
 * live row per page), made walks quadratic.
 */
async function* keysetPages<T extends { id: string }>(read: (options: FindOptions) => Promise<T[]>): AsyncIterable<T[]> {
  for (let after: string | null = null; ; ) {
    const page: T[] = await read({ where: after === null ? {} : { id: { $gt: after } }, orderBy: [['id', 'asc']], limit: PAGE_SIZE });
    if (page.length === 0) return;
    after = page[page.length - 1].id;
    yield page;
  }
}

/** Every row of a read-model collection, tombstones included, in pages in id order. */
export const readModelPages = <T extends StoredDocument>(store: DocumentStore, collection: string): AsyncIterable<T[]> =>
  keysetPages((options) => store.find<T>(collection, options));

/**
 * The same walk as ids and versions only (`findVersions`): what a check of a snapshot's versions
 * against the read model needs, without reading or parsing any row whole.
 */
export const readModelVersionPages = (store: DocumentStore, collection: string): AsyncIterable<StoredVersion[]> =>
  keysetPages((options) => store.findVersions(collection, options));

/** The rows of these ids (those that exist), in id order: the few a version check found changed. */
export async function readModelRows<T extends StoredDocument>(store: DocumentStore, collection: string, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  return store.find<T>(collection, { where: { id: { $in: [...ids] } }, orderBy: [['id', 'asc']] });
}
