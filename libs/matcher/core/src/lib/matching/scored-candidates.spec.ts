import { mulberry32 } from '@fhk/shared/util';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { forwardScorer, ScorerFactory } from './forward-scorer';
import { scoreBounds } from './match-bound';
import { MatchableEnterprise } from './match-types';
import { provider, programme } from './opportunity.fixtures';
import { OpportunityCorpus } from './opportunity-corpus';
import { matchOpportunities, matchOpportunitiesBounded } from './opportunity-matcher';
import { idOrderOf } from './scored-candidates';
import { releaseFirmView } from './text-relevance';

/**
 * Forward matching keeps what it scores in arrays reused from one request to the next (the
 * scored candidates, the firm's relevance array) and ranks ties of score by each id's place in
 * the ids sorted once (`idOrderOf`). The results against the full path are compared in
 * score-pass.spec.ts; here, the parts that could go wrong by being reused or precomputed.
 */
describe('pooled scoring arrays and the id order of forward matching', () => {
  const rng = mulberry32(83);
  const corpus = new OpportunityCorpus(profilesOf(Array.from({ length: 80 }, (_, i) => opportunity(rng, i))), { orderByKey: true });
  const firms = Array.from({ length: 40 }, (_, i) => firm(rng, i));
  const json = (e: MatchableEnterprise, limit = 20) => JSON.stringify(matchOpportunities(e, corpus, { today: TODAY, limit }));

  it('id order: the sign of localeCompare for every pair, equal places for equal ids (the same id as two types, case, accents, digits, punctuation)', () => {
    const ids = ['b', 'B', 'a-b', 'ab', 'a_b', 'A-b', 'é', 'e', 'E', '10', '9', 'x', 'x', 'zz', 'Z', 'a b', '中', '甲'];
    const tags = { industries: [], needs: [], markets: [] };
    const items = ids.map((id, i) => (i % 2 ? provider(id, `Provider ${i}`, `服務${i}`, tags) : programme(id, `Programme ${i}`, `計劃${i}`, [], tags)));
    const small = new OpportunityCorpus(profilesOf(items));
    const { profiles } = small.postings();
    const order = idOrderOf(small.postings());
    const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    let pairs = 0;
    let codeUnitsDiffer = 0;
    for (let a = 0; a < profiles.length; a++) {
      for (let b = 0; b < profiles.length; b++) {
        expect(Math.sign(order[a] - order[b])).toBe(Math.sign(profiles[a].id.localeCompare(profiles[b].id)));
        if (Math.sign(codeUnits(profiles[a].id, profiles[b].id)) !== Math.sign(profiles[a].id.localeCompare(profiles[b].id))) codeUnitsDiffer++;
        pairs++;
      }
    }
    expect(pairs).toBe(profiles.length ** 2);
    expect(profiles.length).toBe(ids.length);
    // A comparison by code units (what a cheaper order would be) differs here: the check can fail.
    expect(codeUnitsDiffer).toBeGreaterThan(0);
    expect(idOrderOf(small.postings())).toBe(order);
  });

  it('requests one after another, in another order and again, give what each gives first (nothing left over in the pooled arrays)', () => {
    const first = firms.map((e, i) => json(e, [5, 20, 60][i % 3]));
    const reversed = [...firms.keys()].reverse().map((i) => json(firms[i], [5, 20, 60][i % 3]));
    expect(reversed.reverse()).toEqual(first);
    expect(firms.map((e, i) => json(e, [5, 20, 60][i % 3]))).toEqual(first);
    expect(first.filter((r) => r !== '[]').length).toBeGreaterThan(firms.length / 2);
  });

  it('a request run inside another (each pool lends a second set of arrays) changes neither', () => {
    const alone = firms.map((e) => json(e));
    let inner = '';
    for (const [i, e] of firms.entries()) {
      const other = firms[(i + 7) % firms.length];
      // A scorer that runs a whole match of another firm while the outer request holds its arrays.
      const nesting: ScorerFactory = (...args) => {
        inner = json(other);
        return forwardScorer(...args);
      };
      expect(JSON.stringify(matchOpportunitiesBounded(e, corpus, { today: TODAY, limit: 20 }, scoreBounds, nesting))).toBe(alone[i]);
      expect(inner).toBe(alone[(i + 7) % firms.length]);
    }
  });

  it('a released view gives its relevance array, zeroed, to the next view of the corpus version, once', () => {
    const [a, b] = firms.filter((e) => corpus.firmView(e).bestRelevance > 0);
    const fresh = Array.from(corpus.firmView(b).relevance);
    const first = corpus.firmView(a);
    releaseFirmView(first);
    releaseFirmView(first);
    const reused = corpus.firmView(b);
    expect(reused.relevance).toBe(first.relevance);
    expect(Array.from(reused.relevance)).toEqual(fresh);
    // Released twice, given once: the next view has an array of its own.
    expect(corpus.firmView(b).relevance).not.toBe(first.relevance);
  });
});
