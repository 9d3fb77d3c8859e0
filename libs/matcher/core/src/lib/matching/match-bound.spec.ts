import { mulberry32 } from '@fhk/shared/util';
import { feedbackAdjuster } from './feedback-adjuster';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { penaltyVariant as variant } from './penalty-variants.fixtures';
import { scoreBounds, withBoundArrays } from './match-bound';
import { matchScore } from './match-scorer';
import { FeedbackAdjuster, MatchableEnterprise } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { toMatchableEnterprise } from './matchable-enterprise';

/**
 * Forward matching prunes with `scoreBounds`: it is only right if no pair scores above its bound.
 * Checked on seeded generated data for every firm × opportunity, with and without feedback, and
 * for feedback without `maxFactor` (then the bound asks for each factor). The shipped data is
 * checked the same way in tools/eval/match-bound-shipped.spec.ts.
 */
function boundViolations(firms: readonly MatchableEnterprise[], corpus: OpportunityCorpus, today: string, feedback?: FeedbackAdjuster): { pairs: number; positive: number; violations: string[] } {
  let pairs = 0;
  let positive = 0;
  const violations: string[] = [];
  for (const e of firms) {
    const view = corpus.firmView(e);
    const ctx = { today, language: e.classification.language, idf: corpus.idf, keywords: view.keywords, feedback };
    const { bound, candidates } = scoreBounds(e, corpus, view, { today, types: null, feedback });
    const candidate = new Set(candidates);
    view.postings.profiles.forEach((o, i) => {
      pairs++;
      const { score } = matchScore(e, o, ctx);
      if (score > 0) positive++;
      if (score > bound[i] || (score > 0 && !candidate.has(i))) violations.push(`${e.id ?? e.profile.name} × ${o.type}:${o.id}: score ${score}, bound ${bound[i]}`);
    });
  }
  return { pairs, positive, violations };
}

describe('the score bound of forward matching (generated data)', () => {
  const rng = mulberry32(83);
  const items = Array.from({ length: 140 }, (_, i) => variant(opportunity(rng, i), i));
  const firms = [
    ...Array.from({ length: 120 }, (_, i) => firm(rng, i)),
    toMatchableEnterprise({ name: '樣本', city: '廈門' }),
    toMatchableEnterprise({ name: 'y', city: '', products: 'granite', needs: '不需要上市，已在香港註冊公司' }),
    toMatchableEnterprise({ name: 'z', city: '泉州', industry: '石材', needs: '想在香港上市', employees: 5 }),
  ];
  const corpus = new OpportunityCorpus(profilesOf(items), { orderByKey: true });

  it('is at least the score of every pair, and every pair scoring above zero is a candidate', () => {
    const { pairs, positive, violations } = boundViolations(firms, corpus, TODAY);
    expect(violations).toEqual([]);
    expect(pairs).toBe(firms.length * corpus.size);
    expect(positive).toBeGreaterThan(firms.length);
  });

  it('holds with feedback, bounded by its largest factor or asked for each item', () => {
    const [a, b, c] = corpus.profiles;
    const adjust = feedbackAdjuster(
      corpus,
      [
        { opportunityType: a.type, opportunityId: a.id, reason: 'useful' },
        { opportunityType: b.type, opportunityId: b.id, reason: 'wrong-market' },
        { opportunityType: c.type, opportunityId: c.id, reason: 'wrong-industry' },
      ],
      new Map([[`${corpus.profiles[7].type}:${corpus.profiles[7].id}`, { useful: 3 }]]),
    );
    expect(adjust.maxFactor).toBeGreaterThan(1);
    expect(boundViolations(firms, corpus, TODAY, adjust).violations).toEqual([]);
    const withoutMax: FeedbackAdjuster = (o) => adjust(o);
    expect(withoutMax.maxFactor).toBeUndefined();
    expect(boundViolations(firms, corpus, TODAY, withoutMax).violations).toEqual([]);
  });

  it('holds on other days (past editions, deadlines)', () => {
    for (const today of ['2025-01-15', '2027-06-30']) expect(boundViolations(firms.slice(0, 60), corpus, today).violations).toEqual([]);
  });

  it('is tight enough to prune: most candidates are bounded below the best scores', () => {
    let below = 0;
    let all = 0;
    for (const e of firms.slice(0, 60)) {
      const view = corpus.firmView(e);
      const { bound, candidates } = scoreBounds(e, corpus, view, { today: TODAY, types: null });
      const ctx = { today: TODAY, language: e.classification.language, idf: corpus.idf, keywords: view.keywords };
      const scores = [...candidates].map((i) => matchScore(e, view.postings.profiles[i], ctx).score).sort((x, y) => y - x);
      const tenth = scores[Math.min(9, scores.length - 1)] ?? 0;
      for (const i of candidates) {
        all++;
        if (bound[i] < tenth) below++;
      }
    }
    expect(below / all).toBeGreaterThan(0.3);
  });

  it('gives the same bounds in pooled arrays, one firm after another (zero again outside the candidates)', () => {
    const pooled: unknown[] = [];
    for (const e of firms.slice(0, 40)) {
      const options = { today: TODAY, types: null };
      const fresh = scoreBounds(e, corpus, corpus.firmView(e), options);
      const view = corpus.firmView(e);
      withBoundArrays(view, () => {
        const { bound, candidates } = scoreBounds(e, corpus, view, options);
        pooled.push(bound.buffer);
        expect([...candidates]).toEqual([...fresh.candidates]);
        expect([...bound]).toEqual([...fresh.bound]);
        // Only the first call of a view is lent the arrays.
        expect(scoreBounds(e, corpus, view, options).bound.buffer).not.toBe(bound.buffer);
      });
    }
    // The arrays were reused: one pair for requests one after another.
    expect(new Set(pooled).size).toBe(1);
  });
});
