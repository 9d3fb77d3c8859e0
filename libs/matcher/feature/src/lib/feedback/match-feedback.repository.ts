import { Inject, Injectable } from '@nestjs/common';
import { MatchFeedbackReason } from '@fhk/contracts';
import { PeerFeedback, ResultFeedback } from '@fhk/matcher/core';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import { FeedbackRow, MATCH_FEEDBACK_LOG, MATCH_FEEDBACK_PEERS, MATCH_FEEDBACK_READ_MODEL, MatchFeedbackLogEntry, PeerFeedbackRow } from './match-feedback.collections';

/** Reads of the feedback read model (what matching applies) and of the log (what was said). */
@Injectable()
export class MatchFeedbackRepository {
  constructor(@Inject(DOCUMENT_STORE) private readonly store: DocumentStore) {}

  /** One firm's latest word on each result. */
  async ofEnterprise(enterpriseId: string): Promise<ResultFeedback[]> {
    const rows = await this.store.find<FeedbackRow>(MATCH_FEEDBACK_READ_MODEL, { where: { enterpriseId }, orderBy: [['id', 'asc']] });
    return rows.map((r) => ({ opportunityType: r.opportunityType, opportunityId: r.opportunityId, reason: r.reason }));
  }

  /** Feedback counts of the firms of one industry, per opportunity (`type:id`). */
  async ofIndustry(industry: string | null): Promise<Map<string, Partial<Record<MatchFeedbackReason, number>>>> {
    if (!industry) return new Map();
    const rows = await this.store.find<PeerFeedbackRow>(MATCH_FEEDBACK_PEERS, { where: { industry }, orderBy: [['id', 'asc']] });
    return new Map(rows.map((r) => [r.opportunityKey, r.counts]));
  }

  /** Peer counts keyed by opportunity group, as the core's adjuster reads them. */
  async peersByGroup(industry: string | null, groupOf: (key: string) => string): Promise<PeerFeedback> {
    const byGroup = new Map<string, Partial<Record<MatchFeedbackReason, number>>>();
    for (const [key, counts] of await this.ofIndustry(industry)) {
      const group = groupOf(key);
      const merged = { ...(byGroup.get(group) ?? {}) };
      for (const [reason, n] of Object.entries(counts) as Array<[MatchFeedbackReason, number]>) merged[reason] = (merged[reason] ?? 0) + n;
      byGroup.set(group, merged);
    }
    return byGroup;
  }

  log(enterpriseId: string): Promise<MatchFeedbackLogEntry[]> {
    return this.store.find<MatchFeedbackLogEntry>(MATCH_FEEDBACK_LOG, { where: { enterpriseId }, orderBy: [['id', 'asc']] });
  }
}
