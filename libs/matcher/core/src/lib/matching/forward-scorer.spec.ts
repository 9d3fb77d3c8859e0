import { mulberry32 } from '@fhk/shared/util';
import type { Locale, NeedCode } from '@fhk/contracts';
import { feedbackAdjuster } from './feedback-adjuster';
import { FirmHits, firmHitsOf, SLOTS, withFirmHits } from './firm-hits';
import { forwardScorer, forwardScorerWith, plainScorer, ScorerFactory } from './forward-scorer';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { scoreBounds } from './match-bound';
import { MATCH_WEIGHTS } from './match-scorer';
import { FeedbackAdjuster, MatchableEnterprise, MatchContext, OpportunityType } from './match-types';
import { toMatchableEnterprise } from './matchable-enterprise';
import { OpportunityCorpus } from './opportunity-corpus';
import { matchOpportunities, matchOpportunitiesBounded } from './opportunity-matcher';
import { programme } from './opportunity.fixtures';
import { penaltyVariant } from './penalty-variants.fixtures';

/**
 * Forward matching scores candidates with `forwardScorer` (typed arrays by ordinal, the rules'
 * arithmetic in the rules' order) instead of `matchScore` on the profile. These property tests
 * compare the two on seeded generated data: every pair (score, need, negative reasons), on other
 * days and with feedback, and the forward results; a scorer with one weight off is caught.
 */
describe('the ordinal scorer of forward matching gives the scores of matchScore (generated data)', () => {
  const rng = mulberry32(97);
  const items = [
    ...Array.from({ length: 140 }, (_, i) => penaltyVariant(opportunity(rng, i), i)),
    // Mainly for a need some firms below decline or have done, and also for one they want.
    ...(['listing', 'trademark-patent', 'company-registration'] as NeedCode[]).map((main, i) =>
      programme(`m${i}`, `Programme ${main}`, `計劃${i}`, [], { industries: [], needs: [main, i ? 'exhibit-find-buyers' : 'investment-financing'], markets: [] }),
    ),
    // A product word only two items have (rare enough to count: the generated words are in too many).
    ...['zircon', 'zircon jewellery'].map((en, i) => programme(`z${i}`, `Programme ${en}`, `計劃鋯石${i}`, [], { industries: [], needs: ['exhibit-find-buyers'], markets: [] })),
  ];
  const firms = [
    ...Array.from({ length: 120 }, (_, i) => firm(rng, i)),
    toMatchableEnterprise({ name: '樣本', city: '廈門' }),
    toMatchableEnterprise({ name: 'v', city: '', products: 'zircon', needs: 'exhibitions to find buyers' }),
    toMatchableEnterprise({ name: 'y', city: '', products: 'granite', needs: '不需要上市，已在香港註冊公司' }),
    toMatchableEnterprise({ name: 'z', city: '泉州', industry: '石材', needs: '想在香港上市', employees: 5 }),
    toMatchableEnterprise({ name: 'w', city: '福州', industry: '鋰電池', needs: '想在香港上市、發債', employees: 800 }),
    // Needs put off for later weigh less than MINOR_NEED: items meeting only them keep part of the no-need penalty.
    toMatchableEnterprise({ name: 'u', city: '漳州', products: '陶瓷', needs: '想參加展會找買家，以後再考慮融資' }),
    toMatchableEnterprise({ name: 't', city: 'Xiamen', products: 'furniture', needs: 'Exhibitions to find buyers; later maybe financing and a listing', employees: 300 }),
    // Wants some needs and declines or has done others: an item whose main need is one of those keeps the penalty.
    ...['想參加展會找買家、融資，不需要上市', '想找買家和融資，已經註冊商標', 'We want financing and buyers; no need for a listing; already registered a company'].map((needs, i) =>
      toMatchableEnterprise({ name: `d${i}`, city: '泉州', products: 'granite sneakers', needs }),
    ),
  ];
  const corpus = new OpportunityCorpus(profilesOf(items), { orderByKey: true });
  const [a, b, c] = corpus.profiles;
  const adjust = feedbackAdjuster(corpus, [
    { opportunityType: a.type, opportunityId: a.id, reason: 'useful' },
    { opportunityType: b.type, opportunityId: b.id, reason: 'wrong-market' },
    { opportunityType: c.type, opportunityId: c.id, reason: 'wrong-industry' },
  ]);

  /** Pairs where `scorer` differs from the plain path, and how many pairs scored above zero. */
  function differences(scorer: ScorerFactory, today: string, feedback?: FeedbackAdjuster): { positive: number; differ: string[] } {
    let positive = 0;
    const differ: string[] = [];
    for (const e of firms) {
      const view = corpus.firmView(e);
      const ctx: MatchContext = { today, language: e.classification.language, idf: corpus.idf, keywords: view.keywords, mayName: view.mayName, feedback };
      const fast = scorer(e, corpus, view, ctx);
      const plain = plainScorer(e, corpus, view, ctx);
      for (let o = 0; o < view.postings.size; o++) {
        const [x, y] = [fast(o), plain(o)];
        if (y.score > 0) positive++;
        if (x.score !== y.score || x.need !== y.need || x.negative !== y.negative) differ.push(`${e.profile.name} × ${view.postings.profiles[o].id}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
      }
    }
    return { positive, differ };
  }

  it('scores every pair as matchScore does: score, need served, negative reasons', () => {
    const { positive, differ } = differences(forwardScorer, TODAY);
    expect(differ).toEqual([]);
    expect(positive).toBeGreaterThan(firms.length * 5);
  });

  it('does so with feedback (with and without its largest factor) and on other days', () => {
    const withoutMax: FeedbackAdjuster = (o) => adjust(o);
    for (const feedback of [adjust, withoutMax]) expect(differences(forwardScorer, TODAY, feedback).differ).toEqual([]);
    for (const today of ['2025-01-15', '2027-01-05', '2027-06-30']) expect(differences(forwardScorer, today).differ).toEqual([]);
  });

  it('catches a scorer with one weight off by a thousandth', () => {
    expect(differences(forwardScorerWith({ ...MATCH_WEIGHTS, upcoming: 0.301 }), TODAY).differ.length).toBeGreaterThan(0);
    expect(differences(forwardScorerWith({ ...MATCH_WEIGHTS, city: 0.499 }), TODAY).differ.length).toBeGreaterThan(0);
  });

  it('pooled hit arrays (reused firm after firm, zeroed between) read as fresh ones', () => {
    /** What the bound and the scorer read: every array, the slots and needs only below their counts. */
    const read = (h: FirmHits) =>
      Array.from(h.hits, (bits, o) => [
        bits,
        h.industry[o],
        h.industryMax[o],
        h.need[o],
        h.needMax[o],
        h.product[o],
        h.markets[o],
        h.industryCount[o],
        h.needCount[o],
        ...Array.from({ length: Math.min(SLOTS, h.industryCount[o]) }, (_, k) => h.industryValues[o * SLOTS + k]),
        ...Array.from({ length: Math.min(SLOTS, h.needCount[o]) }, (_, k) => h.needValues[o * SLOTS + k]),
        ...(h.needCount[o] ? [h.firstNeed[o], h.strongestNeed[o]] : []),
      ]);
    let touched = 0;
    const written = new Set<number>();
    for (const e of [...firms, ...firms.slice(0, 10).reverse()]) {
      const fresh = read(firmHitsOf(e, corpus, corpus.firmView(e)));
      const view = corpus.firmView(e);
      const pooled = withFirmHits(e, corpus, view, () => read(firmHitsOf(e, corpus, view)));
      expect(pooled).toEqual(fresh);
      touched += fresh.filter(([bits]) => bits !== 0).length;
      // Each value is written somewhere (so a value left unzeroed would show in the next firm's).
      fresh.forEach((row, o) => row.slice(0, 9).forEach((v, k) => v !== 0 && written.add(k) && o >= 0));
    }
    expect(touched).toBeGreaterThan(firms.length * 5);
    expect([...written].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('forward match: the same results as scoring with matchScore, pruned or not (limits, types, languages, feedback)', () => {
    const unpruned: typeof scoreBounds = (...args) => {
      const bounds = scoreBounds(...args);
      return { candidates: bounds.candidates, bound: bounds.bound.map(() => Infinity) };
    };
    const view = (e: MatchableEnterprise, options: Parameters<typeof matchOpportunities>[2], bounds: typeof scoreBounds, scorer: ScorerFactory) =>
      matchOpportunitiesBounded(e, corpus, options, bounds, scorer).map((m) => ({ id: m.id, score: m.score, partial: m.partial, reasons: m.reasons, related: m.related }));
    const languages: Array<Locale | undefined> = [undefined, 'en', 'zh-Hant', 'zh-Hans'];
    let shown = 0;
    firms.forEach((e, i) => {
      const options = {
        today: TODAY,
        limit: [1, 5, 20, 60][i % 4],
        language: languages[i % 4],
        types: i % 5 === 0 ? (['event', 'programme'] as OpportunityType[]) : undefined,
        feedback: i % 3 === 0 ? adjust : undefined,
      };
      const fast = matchOpportunities(e, corpus, options).map((m) => ({ id: m.id, score: m.score, partial: m.partial, reasons: m.reasons, related: m.related }));
      expect(fast).toEqual(view(e, options, scoreBounds, plainScorer));
      expect(fast).toEqual(view(e, options, unpruned, plainScorer));
      shown += fast.length;
    });
    expect(shown).toBeGreaterThan(firms.length);
  });
});
