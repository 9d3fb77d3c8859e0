import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';

/** A firm of an outreach ranking: its exact score, without reasons (those are written per page). */
export interface RankedFirm {
  readonly enterprise: MatchableEnterprise;
  readonly id: string;
  readonly score: number;
}

interface Entry {
  readonly opportunity: OpportunityProfile;
  readonly corpus: OpportunityCorpus;
  readonly revision: number;
  readonly today: string;
  /** How deep the ranking was taken (`offset + limit`); `ranked` holds fewer when fewer firms scored. */
  readonly depth: number;
  readonly ranked: readonly RankedFirm[];
  readonly total: number;
}

/**
 * The outreach rankings asked for lately (`topEnterprises`), so that the next page and a repeat
 * view cost the reasons of one page, not a ranking: the best `offset + limit` firms with their
 * scores and the total, per caller key (the firms and filters), opportunity, corpus (the object and
 * its revision) and day. A ranking answers any page within its depth, or every page when it holds
 * every firm above the threshold. At most `capacity` rankings are kept, the least recently used
 * dropped first; one holds at most `offset + limit` references (500 + offset by the route's limit).
 */
export class OutreachCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 128) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, opportunity: OpportunityProfile, corpus: OpportunityCorpus, today: string, depth: number): { ranked: readonly RankedFirm[]; total: number } | null {
    const id = this.idOf(key, opportunity);
    const entry = this.entries.get(id);
    if (!entry) return null;
    const current = entry.opportunity === opportunity && entry.corpus === corpus && entry.revision === corpus.revision && entry.today === today;
    if (!current) {
      this.entries.delete(id);
      return null;
    }
    if (depth > entry.depth && entry.ranked.length >= entry.depth) return null;
    // Most recently used last (a Map keeps insertion order).
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  set(key: string, opportunity: OpportunityProfile, corpus: OpportunityCorpus, today: string, depth: number, ranking: { ranked: readonly RankedFirm[]; total: number }): void {
    if (this.capacity <= 0) return;
    const id = this.idOf(key, opportunity);
    this.entries.delete(id);
    this.entries.set(id, { opportunity, corpus, revision: corpus.revision, today, depth, ranked: ranking.ranked, total: ranking.total });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }

  private idOf(key: string, o: OpportunityProfile): string {
    return `${o.type}\u0000${o.id}\u0000${key}`;
  }
}
