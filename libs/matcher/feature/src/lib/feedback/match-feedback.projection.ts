import { Inject, Injectable } from '@nestjs/common';
import { MatchFeedback, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { EventProjection } from '@fhk/platform/outbox';
import { DOCUMENT_STORE, DocumentStore, StoredDocument, WriteOperation } from '@fhk/platform/store';
import { ReadModelStaging } from '../read-model/read-model-staging';
import { FeedbackCollections, FeedbackRow, feedbackRowId, LIVE_FEEDBACK, PeerFeedbackRow, peerRowId, STAGING_FEEDBACK } from './match-feedback.collections';

/** Reads one row of the feedback collections (from the store, or from a batch's writes over it). */
export type FeedbackRowReader = <T extends StoredDocument>(collection: string, id: string) => Promise<T | null>;

/**
 * The writes that apply one feedback fact to a set of feedback collections: the firm's latest word
 * per result, and per industry the number of firms' words per result (a firm's later word moves
 * its vote). An older or the same fact changes nothing, so applying a fact twice is harmless.
 */
export async function feedbackWrites(f: MatchFeedback, target: FeedbackCollections, read: FeedbackRowReader): Promise<WriteOperation[]> {
  const id = feedbackRowId(f.enterpriseId, f.opportunityType, f.opportunityId);
  const current = await read<FeedbackRow>(target.latest, id);
  if (current && current.feedbackId >= f.id) return []; // an older fact arriving late changes nothing
  const row: FeedbackRow = {
    id,
    enterpriseId: f.enterpriseId,
    opportunityType: f.opportunityType,
    opportunityId: f.opportunityId,
    reason: f.reason,
    feedbackId: f.id,
    version: (current?.version ?? 0) + 1,
  };
  const writes: WriteOperation[] = [{ op: 'put', collection: target.latest, document: row, expectedVersion: current ? current.version : null }];
  if (f.industry) {
    const key = `${f.opportunityType}:${f.opportunityId}`;
    const peerId = peerRowId(f.industry, key);
    const peer = await read<PeerFeedbackRow>(target.peers, peerId);
    const counts = { ...(peer?.counts ?? {}) };
    if (current) counts[current.reason] = Math.max(0, (counts[current.reason] ?? 0) - 1);
    counts[f.reason] = (counts[f.reason] ?? 0) + 1;
    const next: PeerFeedbackRow = { id: peerId, industry: f.industry, opportunityKey: key, counts, version: (peer?.version ?? 0) + 1 };
    writes.push({ op: 'put', collection: target.peers, document: next, expectedVersion: peer ? peer.version : null });
  }
  return writes;
}

/**
 * Facts replayed into the staging feedback collections by a read-model rebuild, committed in
 * batches: each fact sees the rows the earlier facts of its batch wrote, and each put expects the
 * version the store holds, so a live fact written to staging meanwhile makes the commit fail
 * (and the rebuild recompute the batch) instead of being overwritten.
 */
export class FeedbackReplayBatch {
  private facts: MatchFeedback[] = [];

  constructor(
    private readonly store: DocumentStore,
    private readonly target: FeedbackCollections = STAGING_FEEDBACK,
  ) {}

  add(fact: MatchFeedback): void {
    this.facts.push(fact);
  }

  get size(): number {
    return this.facts.length;
  }

  /** Empties the batch (after its writes were committed). */
  clear(): void {
    this.facts = [];
  }

  /** The writes that apply every fact of the batch, in order, to what the target holds now. */
  async writes(): Promise<WriteOperation[]> {
    const pending = new Map<string, { collection: string; document: StoredDocument; storedVersion: number | null }>();
    const key = (collection: string, id: string) => `${collection}\u0000${id}`;
    const read: FeedbackRowReader = async <T extends StoredDocument>(collection: string, id: string) =>
      (pending.get(key(collection, id))?.document as T | undefined) ?? this.store.get<T>(collection, id);
    for (const fact of this.facts) {
      for (const op of await feedbackWrites(fact, this.target, read)) {
        if (op.op !== 'put') continue;
        const seen = pending.get(key(op.collection, op.document.id));
        pending.set(key(op.collection, op.document.id), { collection: op.collection, document: op.document, storedVersion: seen ? seen.storedVersion : (op.expectedVersion ?? null) });
      }
    }
    return [...pending.values()].map((p) => ({ op: 'put' as const, collection: p.collection, document: p.document, expectedVersion: p.storedVersion }));
  }
}

/**
 * Projects feedback facts into what matching reads (see feedbackWrites). Applied exactly once in
 * effect by the reliable consumer (the writes commit with its processed marker). While a rebuild
 * holds the staging read model, every fact is written to the staging feedback collections too.
 */
@Injectable()
export class MatchFeedbackProjection {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly staging: ReadModelStaging,
  ) {}

  projection(): EventProjection<MatchFeedback> {
    return { definition: MatchFeedbackRecordedEvent, project: (event) => this.writes(event.data) };
  }

  async writes(f: MatchFeedback): Promise<WriteOperation[]> {
    const read: FeedbackRowReader = (collection, id) => this.store.get(collection, id);
    const live = await feedbackWrites(f, LIVE_FEEDBACK, read);
    if (!(await this.staging.current())) return live;
    return [...live, ...(await feedbackWrites(f, STAGING_FEEDBACK, read))];
  }
}
