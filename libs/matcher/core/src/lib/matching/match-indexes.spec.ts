import { mulberry32 } from '@fhk/shared/util';
import { compactMatchable, EnterpriseIndex } from './enterprise-index';
import { scoreMatch } from './match-scorer';
import { toMatchableEnterprise } from './matchable-enterprise';
import { MatchableEnterprise, OpportunityProfile, textLanguageOf } from './match-types';
import { event } from './opportunity.fixtures';
import { firm, opportunity, pick, profilesOf, TODAY } from './generated-matching.fixtures';
import { matchOpportunities } from './opportunity-matcher';
import { rankEnterprises, topEnterprises } from './outreach-ranking';
import { OpportunityCorpus } from './opportunity-corpus';
import { toOpportunityProfile } from './opportunity-profile';
import { TopK } from './top-k';

/**
 * Property tests: the indexes (candidates, incremental corpus, bounded top-k) must give exactly
 * what scoring every pair gives, on generated data (seeded, so a failure can be replayed).
 */
/** The text relevance of the corpus before the indexes: BM25 of every opportunity, scaled by the best. */
function bruteKeywords(corpus: OpportunityCorpus, e: MatchableEnterprise, o: OpportunityProfile) {
  const all = corpus.profiles;
  const n = Math.max(1, all.length);
  const raw = (p: OpportunityProfile) => {
    let score = 0;
    const terms: Array<[string, number]> = [];
    for (const term of e.descriptionTerms) {
      const language = textLanguageOf(term.token);
      const tf = p.text[language].counts.get(term.token);
      if (!tf) continue;
      const d = all.filter((q) => q.text[language].counts.has(term.token)).length;
      const average = all.reduce((s, q) => s + q.text[language].length, 0) / n;
      const norm = 1 - 0.75 + (0.75 * p.text[language].length) / average;
      const part = term.weight * Math.log(1 + (n - d + 0.5) / (d + 0.5)) * ((tf * 2.2) / (tf + 1.2 * norm));
      score += part;
      terms.push([term.surface, part]);
    }
    return { score, terms };
  };
  const best = Math.max(0, ...all.map((p) => raw(p).score));
  const { score, terms } = raw(o);
  return { value: best > 0 ? score / best : 0, terms: [...new Set(terms.sort((a, b) => b[1] - a[1]).map(([s]) => s))].slice(0, 4) };
}

describe('matching indexes equal scoring every pair (generated data)', () => {
  const rng = mulberry32(14);
  const items = Array.from({ length: 72 }, (_, i) => opportunity(rng, i));
  const firms = Array.from({ length: 120 }, (_, i) => firm(rng, i));
  const corpus = new OpportunityCorpus(profilesOf(items));
  const ctx = { today: TODAY, language: 'en' as const, idf: corpus.idf, keywords: corpus.keywords };

  it('the data is varied enough to test anything (some pairs score, most do not, events are named)', () => {
    const scored = firms.flatMap((e) => corpus.profiles.map((o) => scoreMatch(e, o, ctx).score)).filter((s) => s > 0).length;
    expect(scored).toBeGreaterThan(firms.length);
    expect(scored).toBeLessThan(firms.length * corpus.size);
    expect(firms.some((e) => corpus.profiles.some((o) => scoreMatch(e, o, ctx).reasons.some((r) => r.code === 'named-event')))).toBe(true);
  });

  it('forward candidates hold every opportunity a firm scores above zero with', () => {
    for (const e of firms) {
      const candidates = new Set(corpus.candidatesFor(e));
      const missed = corpus.profiles.filter((o) => !candidates.has(o) && scoreMatch(e, o, ctx).score > 0);
      expect(missed.map((o) => o.id)).toEqual([]);
    }
  });

  it('reverse candidates hold every firm an opportunity scores above zero with', () => {
    const index = new EnterpriseIndex();
    for (const e of firms) index.upsert(e);
    for (const o of corpus.profiles) {
      const candidates = new Set(index.candidatesFor(o).map((e) => e.id));
      const missed = firms.filter((e) => !candidates.has(e.id) && scoreMatch(e, o, ctx).score > 0);
      expect(missed.map((e) => e.id)).toEqual([]);
    }
  });

  it('text relevance from the postings equals BM25 over every opportunity', () => {
    for (const e of firms.slice(0, 40)) for (const o of corpus.profiles) expect(corpus.keywords(e, o)).toEqual(bruteKeywords(corpus, e, o));
  });

  it('an outreach page from candidates and the bounded heap equals ranking every firm and slicing', () => {
    const index = new EnterpriseIndex();
    for (const e of firms) index.upsert(e);
    for (const o of corpus.profiles) {
      const all = rankEnterprises(o, firms, corpus, { today: TODAY, language: 'zh-Hant' });
      for (const [offset, limit] of [[0, 5], [3, 10], [0, 1000]]) {
        const page = topEnterprises(o, index.candidatesFor(o), corpus, { today: TODAY, language: 'zh-Hant', offset, limit });
        expect(page.total).toBe(all.length);
        expect(page.items).toEqual(all.slice(offset, offset + limit));
      }
    }
  });

  it('an incrementally updated corpus and index answer as if rebuilt from the same items', () => {
    const live = new Map(items.map((item) => [item.id, item]));
    const incremental = new OpportunityCorpus(profilesOf([...live.values()]), { orderByKey: true });
    const index = new EnterpriseIndex();
    const firmsNow = new Map<string, MatchableEnterprise>();
    for (const e of firms) {
      index.upsert(e);
      firmsNow.set(e.id!, e);
    }
    for (let step = 0; step < 60; step++) {
      const r = rng();
      if (r < 0.4) {
        const item = opportunity(rng, Math.floor(rng() * 120));
        live.set(item.id, item);
        incremental.upsert(toOpportunityProfile(item)!);
      } else if (r < 0.6 && live.size) {
        const id = pick(rng, [...live.keys()]);
        const p = toOpportunityProfile(live.get(id)!)!;
        live.delete(id);
        expect(incremental.remove(p.type, p.id)).toBe(true);
      } else if (r < 0.85) {
        const e = firm(rng, Math.floor(rng() * 200));
        firmsNow.set(e.id!, e);
        index.upsert(e);
      } else {
        const id = pick(rng, [...firmsNow.keys()]);
        firmsNow.delete(id);
        expect(index.remove(id)).toBe(true);
      }
    }
    const rebuilt = new OpportunityCorpus(
      profilesOf([...live.values()]).sort((a, b) => (`${a.type}:${a.id}` < `${b.type}:${b.id}` ? -1 : 1)),
    );
    expect(incremental.profiles.map((p) => `${p.type}:${p.id}`)).toEqual(rebuilt.profiles.map((p) => `${p.type}:${p.id}`));
    expect(index.size).toBe(firmsNow.size);
    const strip = (results: unknown) => JSON.parse(JSON.stringify(results));
    for (const e of [...firmsNow.values()].slice(0, 60)) {
      expect(strip(matchOpportunities(e, incremental, { today: TODAY, limit: 50 }))).toEqual(strip(matchOpportunities(e, rebuilt, { today: TODAY, limit: 50 })));
    }
    for (const o of incremental.profiles) {
      const expected = rankEnterprises(rebuilt.get(o.type, o.id)!, firmsNow.values(), rebuilt, { today: TODAY, language: 'en' });
      const page = topEnterprises(o, index.candidatesFor(o), incremental, { today: TODAY, language: 'en', offset: 0, limit: 20 });
      expect(page.total).toBe(expected.length);
      expect(strip(page.items.map((m) => [m.id, m.score, m.reasons]))).toEqual(strip(expected.slice(0, 20).map((m) => [m.id, m.score, m.reasons])));
    }
  });

  it('finds a firm that shares nothing with an event but its name, in both directions', () => {
    const week = toOpportunityProfile(event('hk-asia-year', 'Hong Kong Asia Year', '香港亞洲年', [], {}, { summary: { 'zh-Hant': '', 'zh-Hans': '', en: '' } }))!;
    const small = new OpportunityCorpus([week, ...corpus.profiles.slice(0, 10)]);
    const namer = compactMatchable(toMatchableEnterprise({ id: 'f-namer', name: 'A', city: '', needs: 'hong kong asia year' }));
    const topical = scoreMatch(namer, week, { ...ctx, idf: small.idf, keywords: small.keywords }).reasons.filter((r) => r.contribution > 0).map((r) => r.code);
    expect(topical).toEqual(['named-event']);
    expect(small.candidatesFor(namer)).toContain(week);
    const index = new EnterpriseIndex();
    for (const e of [...firms.slice(0, 20), namer]) index.upsert(e);
    expect(index.candidatesFor(week).map((e) => e.id)).toContain('f-namer');
  });

  it('refuses to index a firm without an id', () => {
    expect(() => new EnterpriseIndex().upsert(toMatchableEnterprise({ name: 'x', city: '' }))).toThrow(/needs an id/);
  });
});

describe('TopK', () => {
  it('keeps the k best under a total order, as sorting everything would', () => {
    const rng = mulberry32(3);
    for (const k of [0, 1, 7, 50, 500]) {
      const xs = Array.from({ length: 300 }, (_, i) => ({ score: Math.floor(rng() * 20), id: `x${i}` }));
      const order = (a: (typeof xs)[number], b: (typeof xs)[number]) => b.score - a.score || a.id.localeCompare(b.id);
      const top = new TopK(k, order);
      for (const x of xs) top.push(x);
      expect(top.count).toBe(300);
      expect(top.sorted()).toEqual([...xs].sort(order).slice(0, k));
    }
  });

  it('with k = Infinity keeps arrival order for ties (a stable sort)', () => {
    const top = new TopK<{ s: number; n: number }>(Infinity, (a, b) => b.s - a.s);
    [3, 1, 3, 2, 1].forEach((s, n) => top.push({ s, n }));
    expect(top.sorted().map((x) => x.n)).toEqual([0, 2, 3, 1, 4]);
  });
});
