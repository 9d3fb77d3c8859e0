/**
 * An Orama index's snapshot as many small records (`snapshot-file.ts` in `@fhk/shared/util`), so
 * that no buffer the size of the index is ever read or deserialised at once: a head (format, spec,
 * the caller's meta), the kept documents a chunk at a time, then Orama's saved data one part at a
 * time (each top-level part, the default index's parts, and each exact-token field on its own).
 */
import { RawData } from '@orama/orama';
import { ResolvedIndexSpec, SearchDocument } from '@fhk/platform/search';

/**
 * The body's own format, beside the file's: bump it when what the records hold changes, so an older
 * snapshot is refused (and the index rebuilt) instead of misread. 2: exact-token postings packed in
 * typed arrays. 3: the body split into records (head, document chunks, Orama's parts).
 */
export const SEARCH_SNAPSHOT_FORMAT = 3;

/** Kept documents per record. */
const DOCUMENTS_PER_RECORD = 1000;

export interface SnapshotHead {
  format: number;
  spec: ResolvedIndexSpec;
  meta: unknown;
}

type SnapshotPart = ['documents', SearchDocument[]] | ['raw' | 'index' | 'exact', string, unknown];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of one index, in the order `SnapshotAssembly` takes them. */
export function snapshotRecords(head: SnapshotHead, raw: RawData, documents: readonly SearchDocument[]): unknown[] {
  const records: unknown[] = [head];
  for (let at = 0; at < documents.length; at += DOCUMENTS_PER_RECORD) records.push(['documents', documents.slice(at, at + DOCUMENTS_PER_RECORD)] satisfies SnapshotPart);
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'index' || !isObject(value)) {
      records.push(['raw', key, value] satisfies SnapshotPart);
      continue;
    }
    for (const [part, held] of Object.entries(value)) {
      if (part !== 'exactFields' || !isObject(held)) records.push(['index', part, held] satisfies SnapshotPart);
      else for (const [field, saved] of Object.entries(held)) records.push(['exact', field, saved] satisfies SnapshotPart);
    }
  }
  return records;
}

/**
 * Puts a snapshot's records together again as they are read: the head is checked first (`checkHead`
 * throws to refuse the snapshot before anything else is read), documents go to `takeDocuments` a
 * chunk at a time, Orama's parts are gathered into `raw`.
 */
export class SnapshotAssembly {
  head: SnapshotHead | null = null;
  readonly raw: Record<string, unknown> = {};
  private readonly index: Record<string, unknown> = {};
  private readonly exactFields: Record<string, unknown> = {};
  private indexed = false;

  constructor(
    private readonly checkHead: (head: Partial<SnapshotHead>) => void,
    private readonly takeDocuments: (documents: SearchDocument[]) => void,
  ) {}

  take(record: unknown, at: number): void {
    if (at === 0) {
      const head = (isObject(record) ? record : {}) as Partial<SnapshotHead>;
      this.checkHead(head);
      this.head = head as SnapshotHead;
      return;
    }
    if (!Array.isArray(record)) throw new Error('snapshot body is malformed');
    const [kind, key, value] = record as SnapshotPart;
    if (kind === 'documents' && Array.isArray(key)) this.takeDocuments(key);
    else if (kind === 'raw' && typeof key === 'string') this.raw[key] = value;
    else if ((kind === 'index' || kind === 'exact') && typeof key === 'string') {
      (kind === 'index' ? this.index : this.exactFields)[key] = value;
      this.indexed = true;
    } else throw new Error('snapshot body is malformed');
  }

  /** Orama's saved data as `save` gave it. */
  rawData(): RawData {
    if (!this.indexed) return this.raw as unknown as RawData;
    const index = Object.keys(this.exactFields).length > 0 ? { ...this.index, exactFields: this.exactFields } : this.index;
    return { ...this.raw, index } as unknown as RawData;
  }
}
