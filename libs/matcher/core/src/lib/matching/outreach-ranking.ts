import type { Locale } from '@fhk/contracts';
import { MATCH_WEIGHTS, matchScore, scoreMatch } from './match-scorer';
import { MatchableEnterprise, MatchReason, OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { TopK } from './top-k';

const byScoreThenId = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || a.id.localeCompare(b.id);

export interface EnterpriseMatch {
  readonly enterprise: MatchableEnterprise;
  readonly id: string;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** Opportunity → enterprises, for outreach: every firm above the threshold, best first, with reasons. */
export function rankEnterprises(
  opportunity: OpportunityProfile,
  enterprises: Iterable<MatchableEnterprise>,
  corpus: OpportunityCorpus,
  options: { today: string; language: Locale },
): EnterpriseMatch[] {
  return topEnterprises(opportunity, enterprises, corpus, { ...options, offset: 0, limit: Infinity }).items;
}

/**
 * One page of `rankEnterprises` (`offset`, `limit`) and the total above the threshold, keeping
 * only `offset + limit` results at a time (a bounded heap, not a sort of every firm).
 */
export function topEnterprises(
  opportunity: OpportunityProfile,
  enterprises: Iterable<MatchableEnterprise>,
  corpus: OpportunityCorpus,
  options: { today: string; language: Locale; offset: number; limit: number },
): { total: number; items: EnterpriseMatch[] } {
  const ctx = { today: options.today, language: options.language, idf: corpus.idf, keywords: corpus.keywords };
  const top = new TopK<Omit<EnterpriseMatch, 'reasons'>>(options.offset + options.limit, byScoreThenId);
  for (const enterprise of enterprises) {
    const { score } = matchScore(enterprise, opportunity, ctx);
    if (score >= MATCH_WEIGHTS.threshold) top.push({ enterprise, id: enterprise.id ?? '', score });
  }
  // Reasons for the page only (the same rules as the score).
  const items = top.sorted().slice(options.offset).map((m) => ({ ...m, reasons: scoreMatch(m.enterprise, opportunity, ctx).reasons }));
  return { total: top.count, items };
}
