import { feedbackAdjuster, FeedbackReason, ResultFeedback, toMatchableEnterprise } from '@fhk/matcher/core';
import { buildRankers, EvaluationProfile, loadEvaluationSet, scoreRanking } from './evaluation';
import { mean } from './relevance-metrics';

export interface FeedbackSimulation {
  affected: number;
  before: number;
  after: number;
  reasons: FeedbackReason[];
}

/**
 * For every profile whose top ten holds an item graded 0, the firm marks the highest such item:
 * `wrong-industry` when it is made for an industry the firm is not in, else `not-interested`.
 * nDCG@10 of those profiles before and after re-ranking with that one piece of feedback.
 */
export async function simulateFeedback(profiles: EvaluationProfile[] = loadEvaluationSet()): Promise<FeedbackSimulation> {
  const rankers = await buildRankers();
  const groupOf = (key: string) => rankers.corpus.groupOf(key);
  const before: number[] = [];
  const after: number[] = [];
  for (const p of profiles) {
    const results = rankers.matcher(p.profile);
    const keys = results.map((m) => `${m.type}:${m.id}`);
    const wrong = results.find((m) => !p.judgments[`${m.type}:${m.id}`] && !m.related.some((r) => p.judgments[`${r.type}:${r.id}`]));
    if (!wrong) continue;
    // An event or programme made for an industry the firm is not in is "wrong industry"; anything else "not interested".
    const main = [...rankers.corpus.get(wrong.type, wrong.id)!.industries.entries()].find(([, w]) => w >= 1)?.[0];
    const firmIndustries = toMatchableEnterprise(p.profile).classification.industries.map((i) => i.code);
    const industryMismatch = (wrong.type === 'event' || wrong.type === 'programme') && !!main && !firmIndustries.includes(main);
    const feedback: ResultFeedback = { opportunityType: wrong.type, opportunityId: wrong.id, reason: industryMismatch ? 'wrong-industry' : 'not-interested' };
    const reranked = rankers.matcher(p.profile, feedbackAdjuster(rankers.corpus, [feedback])).map((m) => `${m.type}:${m.id}`);
    before.push(scoreRanking(keys, p.judgments, groupOf).ndcg10);
    after.push(scoreRanking(reranked, p.judgments, groupOf).ndcg10);
  }
  return { affected: before.length, before: mean(before), after: mean(after), reasons: ['wrong-industry', 'not-interested'] };
}
