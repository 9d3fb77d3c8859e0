import { mulberry32 } from '@fhk/shared/util';
import type { Locale } from '@fhk/contracts';
import { EnterpriseIndex } from './enterprise-index';
import { feedbackAdjuster } from './feedback-adjuster';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { event, programme } from './opportunity.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';
import { matchScore, MATCH_WEIGHTS, scoreMatch } from './match-scorer';
import { reasonMask } from './match-tally';
import { FeedbackAdjuster, MatchableEnterprise, MatchContext, MatchReason, OpportunityType } from './match-types';
import { scoreBounds } from './match-bound';
import { matchOpportunities, matchOpportunitiesBounded } from './opportunity-matcher';
import { topEnterprises } from './outreach-ranking';
import { OpportunityCorpus } from './opportunity-corpus';
import { opportunityKey } from './opportunity-groups';

/**
 * The score-only pass ranks with numbers and explains only what it returns. These property tests
 * compare it, on seeded generated data, with the full path it replaced: every candidate scored
 * *and explained* (`scoreMatch`), then ranked, filtered, collapsed and diversified from its reasons.
 */

/** The full path of forward matching, as it was before the score-only pass (the oracle). */
function forwardFromExplainedScores(e: MatchableEnterprise, corpus: OpportunityCorpus, options: { today: string; limit: number; language?: Locale; types?: OpportunityType[]; feedback?: FeedbackAdjuster }) {
  const ctx: MatchContext = { today: options.today, language: options.language ?? e.classification.language, idf: corpus.idf, keywords: corpus.keywords, feedback: options.feedback };
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const order = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || a.id.localeCompare(b.id);
  const all = corpus.profiles
    .filter((o) => !types || types.has(o.type))
    .map((o) => ({ o, id: o.id, ...scoreMatch(e, o, ctx) }))
    .filter((s) => s.score > 0)
    .sort(order);
  let kept = all.filter((s) => s.score >= MATCH_WEIGHTS.threshold);
  const partial = kept.length === 0;
  const excluding = new Set(['direction', 'industry-mismatch', 'declined-need', 'done-need', 'feedback']);
  if (partial) kept = all.filter((s) => s.score >= 0.2 && !s.reasons.some((r) => excluding.has(r.code) && r.contribution < 0));
  const groups = new Set<string>();
  const collapsed = kept.filter((s) => {
    const g = corpus.groupOf(opportunityKey(s.o));
    return groups.has(g) ? false : !!groups.add(g);
  });
  // Diversification read from the reasons: the first need reason's first code.
  const needOf = (s: { o: { type: string }; reasons: readonly MatchReason[] }) => s.reasons.find((r) => r.code === 'need')?.codes[0] ?? s.o.type;
  const head: typeof collapsed = [];
  const pool = [...collapsed];
  const used = new Map<string, number>();
  while (head.length < 10 && pool.length) {
    let at = pool.findIndex((s) => s.score >= pool[0].score * 0.8 && (used.get(needOf(s)) ?? 0) < 2);
    if (at < 0) {
      used.clear();
      at = 0;
    }
    const [s] = pool.splice(at, 1);
    used.set(needOf(s), (used.get(needOf(s)) ?? 0) + 1);
    head.push(s);
  }
  // A slot in the top ten for each strongly stated need (two to five of them) that no result there serves.
  const strong = e.classification.needs.filter((n) => n.weight >= 0.6).map((n) => n.code);
  let ranked = [...head, ...pool];
  if (strong.length >= 2 && strong.length <= 5 && ranked.length > 10) {
    const serves = (s: (typeof ranked)[number], need: string) => (s.o.needs.get(need as never) ?? 0) >= 0.7 && !s.reasons.some((r) => excluding.has(r.code) && r.contribution < 0);
    const tenth = [...ranked].sort(order)[9].score;
    const top = ranked.slice(0, 10);
    const rest = ranked.slice(10);
    const slots: typeof ranked = [];
    for (const need of strong) {
      if (![...top, ...slots].some((s) => serves(s, need))) {
        const best = rest.find((s) => s.score >= tenth * 0.7 && serves(s, need));
        if (best) slots.push(...rest.splice(rest.indexOf(best), 1));
      }
    }
    const moved: typeof ranked = [];
    for (let i = top.length - 1; i >= 0 && moved.length < slots.length; i--) {
      const only = strong.some((need) => serves(top[i], need) && ![...top, ...slots].some((x) => x !== top[i] && serves(x, need)));
      if (!only) moved.unshift(...top.splice(i, 1));
    }
    ranked = [...top, ...slots.slice(0, moved.length), ...moved, ...slots.slice(moved.length), ...rest];
  }
  return { partial, shown: ranked.slice(0, options.limit).map((s) => ({ type: s.o.type, id: s.id, score: s.score, reasons: s.reasons })) };
}

describe('the score-only pass gives the results of explaining every candidate (generated data)', () => {
  const rng = mulberry32(61);
  const items = Array.from({ length: 90 }, (_, i) => opportunity(rng, i));
  const firms = [
    ...Array.from({ length: 100 }, (_, i) => firm(rng, i)),
    // Weak profiles: partial results, or none.
    toMatchableEnterprise({ name: '樣本', city: '廈門' }),
    toMatchableEnterprise({ name: 'x', city: 'Fuzhou', markets: 'ASEAN' }),
    toMatchableEnterprise({ name: 'y', city: '', products: 'granite', needs: '不需要上市，已在香港註冊公司' }),
    toMatchableEnterprise({ name: 'v', city: '泉州', needs: '不需要上市' }),
  ];
  const corpus = new OpportunityCorpus(profilesOf(items), { orderByKey: true });
  const languages: Array<Locale | undefined> = [undefined, 'en', 'zh-Hant', 'zh-Hans'];

  it('scores every pair as the explaining pass does: score, the need served, the negative reasons', () => {
    const feedback = feedbackAdjuster(corpus, [
      { opportunityType: corpus.profiles[0].type, opportunityId: corpus.profiles[0].id, reason: 'wrong-industry' },
      { opportunityType: corpus.profiles[5].type, opportunityId: corpus.profiles[5].id, reason: 'useful' },
    ]);
    let positive = 0;
    for (const fb of [undefined, feedback]) {
      const ctx: MatchContext = { today: TODAY, language: 'en', idf: corpus.idf, keywords: corpus.keywords, feedback: fb };
      for (const e of firms) {
        for (const o of corpus.profiles) {
          const full = scoreMatch(e, o, ctx);
          const fast = matchScore(e, o, ctx);
          if (full.score > 0) positive++;
          expect(fast).toEqual({
            score: full.score,
            need: full.reasons.find((r) => r.code === 'need')?.codes[0] ?? null,
            negative: reasonMask(full.reasons.filter((r) => r.contribution < 0).map((r) => r.code)),
          });
        }
      }
    }
    expect(positive).toBeGreaterThan(firms.length);
  });

  it('forward match: the same results, order, scores and reasons as the full path', () => {
    let partials = 0;
    firms.forEach((e, i) => {
      const options = { today: TODAY, limit: [5, 20, 60][i % 3], language: languages[i % 4], types: i % 5 === 0 ? (['event', 'programme'] as OpportunityType[]) : undefined };
      const fast = matchOpportunities(e, corpus, options);
      const full = forwardFromExplainedScores(e, corpus, options);
      expect(fast.map((m) => ({ type: m.type, id: m.id, score: m.score, reasons: m.reasons }))).toEqual(full.shown);
      if (fast.length) expect(fast[0].partial).toBe(full.partial);
      if (fast[0]?.partial) partials++;
    });
    expect(partials).toBeGreaterThan(0);
  });

  it('forward match with feedback: the same results as the full path', () => {
    // The weak profiles' partial results, after feedback, carry an excluding reason (feedback).
    for (const e of [...firms.slice(0, 40), ...firms.slice(100)]) {
      const first = matchOpportunities(e, corpus, { today: TODAY, limit: 10 });
      const feedback = feedbackAdjuster(
        corpus,
        first.slice(0, 3).map((m, k) => ({ opportunityType: m.type, opportunityId: m.id, reason: (['not-interested', 'useful', 'wrong-market'] as const)[k] })),
      );
      const fast = matchOpportunities(e, corpus, { today: TODAY, limit: 20, feedback });
      expect(fast.map((m) => ({ type: m.type, id: m.id, score: m.score, reasons: m.reasons }))).toEqual(forwardFromExplainedScores(e, corpus, { today: TODAY, limit: 20, feedback }).shown);
    }
  });

  it('partial results leave out those an excluding reason took points from, as the full path does', () => {
    const city = { 'zh-Hant': '廈門', 'zh-Hans': '厦门', en: 'Xiamen' };
    const small = new OpportunityCorpus(profilesOf([1, 2, 3].map((n) => event(`fair-${n}`, `Fair ${n}`, `展會${n}`, [], { markets: ['asean'] }, { city }))));
    const e = toMatchableEnterprise({ name: '樣本', city: '廈門' });
    expect(matchOpportunities(e, small, { today: TODAY }).map((m) => [m.id, m.partial])).toEqual([['fair-1', true], ['fair-2', true], ['fair-3', true]]);
    // Feedback on one: it leaves the list, the similar ones (same market) keep 0.3 points but carry the feedback penalty.
    const feedback = feedbackAdjuster(small, [{ opportunityType: 'event', opportunityId: 'fair-1', reason: 'wrong-market' }]);
    expect(scoreMatch(e, small.get('event', 'fair-2')!, { today: TODAY, language: 'en', idf: small.idf, keywords: small.keywords, feedback }).score).toBeGreaterThanOrEqual(0.2);
    expect(matchOpportunities(e, small, { today: TODAY, feedback })).toEqual([]);
    expect(forwardFromExplainedScores(e, small, { today: TODAY, limit: 20, feedback }).shown).toEqual([]);
  });

  /** No pruning: every candidate's bound is infinite, so every candidate is scored. */
  const unpruned: typeof scoreBounds = (...args) => {
    const b = scoreBounds(...args);
    return { candidates: b.candidates, bound: b.bound.map(() => Infinity) };
  };
  const view = (ms: ReturnType<typeof matchOpportunities>) => ms.map((m) => ({ type: m.type, id: m.id, score: m.score, partial: m.partial, reasons: m.reasons, related: m.related }));

  it('pruning by score bounds: exactly the results of scoring every candidate (limits, types, feedback with and without its largest factor)', () => {
    const feedback = feedbackAdjuster(corpus, [
      { opportunityType: corpus.profiles[3].type, opportunityId: corpus.profiles[3].id, reason: 'useful' },
      { opportunityType: corpus.profiles[8].type, opportunityId: corpus.profiles[8].id, reason: 'wrong-industry' },
    ]);
    const askEach: FeedbackAdjuster = (o) => feedback(o);
    let compared = 0;
    firms.forEach((e, i) => {
      for (const limit of [1, 5, 10, 20, 60]) {
        const options = { today: TODAY, limit, language: languages[i % 4], types: i % 5 === 0 ? (['event', 'service-provider'] as OpportunityType[]) : undefined, feedback: [undefined, feedback, askEach][i % 3] };
        expect(view(matchOpportunities(e, corpus, options))).toEqual(view(matchOpportunitiesBounded(e, corpus, options, unpruned)));
        compared++;
      }
    });
    expect(compared).toBe(firms.length * 5);
  });

  it("related: the result group's other members as the corpus lists them (membersOf), of the types asked for, in its order", () => {
    // A programme of the same name beside every fourth event (events of one name and their programme are one group).
    const tours = items.filter((x, i) => i % 12 === 0).map((x, i) => programme(`tour-${i}`, x.name.en, x.name['zh-Hant'], [], { needs: ['exhibit-find-buyers', 'brand-building'], industries: ['tea'] }));
    const grouped = new OpportunityCorpus(profilesOf([...items, ...tours]), { orderByKey: true });
    let related = 0;
    firms.forEach((e, i) => {
      const types = i % 3 === 0 ? (['event', 'programme'] as OpportunityType[]) : i % 3 === 1 ? (['event'] as OpportunityType[]) : undefined;
      for (const m of matchOpportunities(e, grouped, { today: TODAY, limit: 60, types })) {
        const self = grouped.get(m.type, m.id)!;
        const expected = grouped
          .membersOf(grouped.groupOf(opportunityKey(self)))
          .filter((x) => x !== self && (!types || types.includes(x.type)))
          .map((x) => ({ type: x.type, id: x.id, title: x.title }));
        expect(m.related).toEqual(expected);
        related += expected.length;
      }
    });
    // The generated data must collapse enough for the comparison to mean something.
    expect(related).toBeGreaterThan(20);
  });

  it('the comparison catches a bound that is too low (scaled by 0.7)', () => {
    const broken: typeof scoreBounds = (...args) => {
      const b = scoreBounds(...args);
      return { candidates: b.candidates, bound: b.bound.map((x) => x * 0.7) };
    };
    const differ = firms.filter((e) => JSON.stringify(view(matchOpportunities(e, corpus, { today: TODAY, limit: 20 }))) !== JSON.stringify(view(matchOpportunitiesBounded(e, corpus, { today: TODAY, limit: 20 }, broken))));
    expect(differ.length).toBeGreaterThan(0);
  });

  it('outreach: the same page, total, scores and reasons as explaining every firm', () => {
    const stored = firms.filter((e) => e.id);
    const index = new EnterpriseIndex();
    for (const e of stored) index.upsert(e);
    for (const o of corpus.profiles) {
      const ctx: MatchContext = { today: TODAY, language: 'zh-Hans', idf: corpus.idf, keywords: corpus.keywords };
      const full = stored
        .map((e) => ({ id: e.id!, ...scoreMatch(e, o, ctx) }))
        .filter((s) => s.score >= MATCH_WEIGHTS.threshold)
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      for (const [offset, limit] of [[0, 10], [4, 7]]) {
        const page = topEnterprises(o, index.candidatesFor(o), corpus, { today: TODAY, language: 'zh-Hans', offset, limit });
        expect(page.total).toBe(full.length);
        expect(page.items.map((m) => ({ id: m.id, score: m.score, reasons: m.reasons }))).toEqual(full.slice(offset, offset + limit));
      }
    }
  });
});
