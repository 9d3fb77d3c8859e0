import type { LocalizedText, Locale } from '@fhk/contracts';
import { MATCH_WEIGHTS, scoreMatch } from './match-scorer';
import { MatchableEnterprise, MatchReason, OpportunityProfile, OpportunityType } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';

export interface OpportunityMatch {
  readonly type: OpportunityType;
  readonly id: string;
  readonly title: LocalizedText;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly measures: readonly number[];
  readonly sample: boolean;
  readonly tentative: boolean;
}

export interface ForwardMatchOptions {
  readonly limit?: number;
  readonly types?: readonly OpportunityType[];
  readonly today: string;
  /** Defaults to the language the profile was written in. */
  readonly language?: Locale;
}

const byScoreThenId = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || a.id.localeCompare(b.id);

/** Enterprise → opportunities: every result above the threshold, best first, each with its reasons. */
export function matchOpportunities(enterprise: MatchableEnterprise, corpus: OpportunityCorpus, options: ForwardMatchOptions): OpportunityMatch[] {
  const language = options.language ?? enterprise.classification.language;
  const ctx = { today: options.today, language, idf: corpus.idf, keywords: corpus.keywords };
  const types = options.types?.length ? new Set(options.types) : null;
  const results: OpportunityMatch[] = [];
  for (const o of corpus.profiles) {
    if (types && !types.has(o.type)) continue;
    const { score, reasons } = scoreMatch(enterprise, o, ctx);
    if (score < MATCH_WEIGHTS.threshold) continue;
    results.push({ type: o.type, id: o.id, title: o.title, score, reasons, measures: o.measures, sample: o.sample, tentative: o.tentative });
  }
  return results.sort(byScoreThenId).slice(0, options.limit ?? 20);
}

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
  const ctx = { today: options.today, language: options.language, idf: corpus.idf, keywords: corpus.keywords };
  const results: EnterpriseMatch[] = [];
  for (const enterprise of enterprises) {
    const { score, reasons } = scoreMatch(enterprise, opportunity, ctx);
    if (score >= MATCH_WEIGHTS.threshold) results.push({ enterprise, id: enterprise.id ?? '', score, reasons });
  }
  return results.sort(byScoreThenId);
}
