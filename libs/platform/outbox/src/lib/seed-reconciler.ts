import { DocumentStore, StoredDocument } from '@fhk/platform/store';
import { createHash } from 'node:crypto';
import { EntityChangeWriter, VersionedEntity } from './entity-change-writer';

export const SEED_STATE_COLLECTION = 'seed_state';

/** What was last seeded for an id: the content hash and the version the seed wrote. */
interface SeedState extends StoredDocument {
  id: string;
  hash: string;
  seededVersion: number;
  dataVersion: string;
}

export interface SeedReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** The seed changed, but an admin edited the item since it was seeded: the edit is kept. */
  keptAdminEdits: string[];
}

export interface SeedProgress {
  (done: number, total: number): void;
}

const hashOf = (item: object): string => {
  const { version: _v, ...content } = item as { version?: number };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
};

/**
 * Loads shipped seed data idempotently. Re-running never duplicates (ids are stable); an item
 * whose seed content changed is updated only if nobody edited it since it was seeded; otherwise
 * the admin's edit is kept and reported.
 */
export async function reconcileSeed<T extends VersionedEntity>(
  store: DocumentStore,
  collection: string,
  writer: EntityChangeWriter<T>,
  items: T[],
  dataVersion: string,
  progress?: SeedProgress,
): Promise<SeedReport> {
  const report: SeedReport = { created: [], updated: [], unchanged: [], keptAdminEdits: [] };
  let done = 0;
  for (const item of items) {
    const hash = hashOf(item);
    const [current, state] = await Promise.all([
      store.get<T>(collection, item.id),
      store.get<SeedState>(SEED_STATE_COLLECTION, `${collection}:${item.id}`),
    ]);
    let written: T | null = null;
    if (!current) {
      written = await writer.create({ ...item, version: 1 });
      report.created.push(item.id);
    } else if (state?.hash === hash) {
      report.unchanged.push(item.id);
    } else if (state && state.seededVersion === current.version) {
      written = await writer.replace({ ...item, version: current.version + 1 });
      report.updated.push(item.id);
    } else {
      report.keptAdminEdits.push(item.id);
    }
    if (written) {
      const seedState: SeedState = { id: `${collection}:${item.id}`, hash, seededVersion: written.version, dataVersion };
      await store.commit([{ op: 'put', collection: SEED_STATE_COLLECTION, document: seedState }]);
    }
    progress?.(++done, items.length);
  }
  return report;
}
