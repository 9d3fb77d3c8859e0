import { DocumentStore, WriteOperation } from '@fhk/platform/store';
import { EnterpriseRow, OpportunityRow, ReadModelCollections } from './read-model.collections';
import { PreparedSearchDocuments, withSearchDocument } from '../search/stored-search-document';

/** The row an event describes, before it is compared with what a set of collections holds. */
export type RowChange = { collection: 'enterprises'; row: EnterpriseRow } | { collection: 'opportunities'; row: OpportunityRow };

/**
 * The writes that bring `target` up to `changes`: per row only the newest change, and only where
 * it is newer than the stored row. Each put carries the version it read, so a concurrent writer
 * makes the commit fail (VersionConflictError) instead of being overwritten. A written row carries its
 * search document (analysed here, once per new version: an older or repeated change costs nothing;
 * a firm's taken from `prepared` when it was analysed ahead, ADR 0022).
 */
export async function newerOnlyWrites(store: DocumentStore, target: ReadModelCollections, changes: RowChange[], prepared?: PreparedSearchDocuments): Promise<WriteOperation[]> {
  const newest = new Map<string, RowChange>();
  for (const change of changes) {
    const key = `${change.collection}\u0000${change.row.id}`;
    const seen = newest.get(key);
    if (!seen || seen.row.version < change.row.version) newest.set(key, change);
  }
  const writes: WriteOperation[] = [];
  for (const { collection, row } of newest.values()) {
    const name = target[collection];
    const current = await store.get<EnterpriseRow | OpportunityRow>(name, row.id);
    if (current && current.version >= row.version) continue;
    writes.push({ op: 'put', collection: name, document: withSearchDocument(collection, row, prepared), expectedVersion: current ? current.version : null });
  }
  return writes;
}
