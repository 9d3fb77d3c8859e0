import { Inject, Injectable } from '@nestjs/common';
import { MatchFeedback, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { EventProjection } from '@fhk/platform/outbox';
import { DOCUMENT_STORE, DocumentStore, WriteOperation } from '@fhk/platform/store';
import { FeedbackRow, feedbackRowId, MATCH_FEEDBACK_PEERS, MATCH_FEEDBACK_READ_MODEL, PeerFeedbackRow, peerRowId } from './match-feedback.collections';

/**
 * Projects feedback facts into what matching reads: each firm's latest word per result, and per
 * industry the number of firms' words per result (a firm's later word moves its vote). Applied
 * exactly once in effect by the reliable consumer (the writes commit with its processed marker).
 */
@Injectable()
export class MatchFeedbackProjection {
  constructor(@Inject(DOCUMENT_STORE) private readonly store: DocumentStore) {}

  projection(): EventProjection<MatchFeedback> {
    return { definition: MatchFeedbackRecordedEvent, project: (event) => this.writes(event.data) };
  }

  async writes(f: MatchFeedback): Promise<WriteOperation[]> {
    const id = feedbackRowId(f.enterpriseId, f.opportunityType, f.opportunityId);
    const current = await this.store.get<FeedbackRow>(MATCH_FEEDBACK_READ_MODEL, id);
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
    const writes: WriteOperation[] = [{ op: 'put', collection: MATCH_FEEDBACK_READ_MODEL, document: row, expectedVersion: current ? current.version : null }];
    if (f.industry) {
      const key = `${f.opportunityType}:${f.opportunityId}`;
      const peerId = peerRowId(f.industry, key);
      const peer = await this.store.get<PeerFeedbackRow>(MATCH_FEEDBACK_PEERS, peerId);
      const counts = { ...(peer?.counts ?? {}) };
      if (current) counts[current.reason] = Math.max(0, (counts[current.reason] ?? 0) - 1);
      counts[f.reason] = (counts[f.reason] ?? 0) + 1;
      const next: PeerFeedbackRow = { id: peerId, industry: f.industry, opportunityKey: key, counts, version: (peer?.version ?? 0) + 1 };
      writes.push({ op: 'put', collection: MATCH_FEEDBACK_PEERS, document: next, expectedVersion: peer ? peer.version : null });
    }
    return writes;
  }
}
