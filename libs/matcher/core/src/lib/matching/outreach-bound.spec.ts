import type { NeedCode } from '@fhk/contracts';
import { mulberry32 } from '@fhk/shared/util';
import { compactMatchable, EnterpriseIndex } from './enterprise-index';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';
import { programme } from './opportunity.fixtures';
import { penaltyVariant } from './penalty-variants.fixtures';
import { MATCH_WEIGHTS, matchScore, scoreMatch } from './match-scorer';
import { MatchableEnterprise, MatchContext } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { eventNamesOf } from './named-event';
import { MatchWeights, namingSlotsOf, outreachBounds } from './outreach-bound';
import { ANY_FIRM, keepsFirm, OutreachFilter } from './outreach-filter';

/**
 * The columnwise bounds of outreach (`outreachBounds`) hold every firm's exact score, on generated
 * data (seeded), and are tight: with every firm's best text relevance known, both bounds are the
 * score up to the slack. A bound built with one weight off by 0.01 is caught. The walk takes
 * exactly the candidates (`candidatesFor`) that the filter keeps (`keepsFirm`).
 */
const rng = mulberry32(1909);
const items = [
  ...Array.from({ length: 105 }, (_, i) => penaltyVariant(opportunity(rng, i), i)),
  // Items mainly for a listing, a patent, a bond issue: the size rule, and needs some firms below declined or met.
  ...(['listing', 'trademark-patent', 'bond-issuance'] as NeedCode[]).map((main, i) =>
    programme(`main${i}`, `Scheme for ${main} (sonar makers too)`, `方案${i}`, [], { industries: [], needs: [main, i === 1 ? 'investment-financing' : 'exhibit-find-buyers'], markets: [] }),
  ),
  // Words no concept covers, for product terms (one in the title: its bonus).
  programme('gimbal', 'Gimbal makers programme', '雲台計劃', [], { industries: [], needs: ['exhibit-find-buyers'], markets: [] }),
  programme('sonar', 'Programme for marine sonar and gimbal parts', '聲納計劃', [], { industries: [], needs: [], markets: [] }),
];
const special = [
  { needs: '不需要上市，已經申請專利', products: 'gimbal sonar', employees: 40 },
  { needs: 'We want buyers; no need for a listing; already registered a trademark', products: 'gimbal parts', employees: 2 },
  { needs: '想參展找買家，已經註冊商標', products: 'sonar', employees: 20 },
  { needs: '準備在香港上市', industry: '石材', employees: 3 },
  { needs: 'We plan a bond issue and a listing in Hong Kong', industry: 'textiles', employees: 1200 },
  { needs: '主要想參展找買家，日後或考慮融資', products: '家具 furniture', employees: 150 },
  { needs: '', industry: '茶葉', products: '烏龍茶' },
].map((x, i) => compactMatchable(toMatchableEnterprise({ id: `special-${i}`, name: `特例${i}`, city: i % 2 ? '泉州' : 'Xiamen', ...x })));
const firms = [...Array.from({ length: 300 }, (_, i) => firm(rng, i)), ...special];
const ctxOf = (corpus: OpportunityCorpus): MatchContext => ({ today: TODAY, language: 'en', idf: corpus.idf, keywords: corpus.keywords });
/** The score is rounded to thousandths after the bounds. */
const ROUNDING = 0.0005;

const indexOf = (es: readonly MatchableEnterprise[]) => {
  const index = new EnterpriseIndex();
  for (const e of es) index.upsert(e);
  return index;
};

/** Each firm's position in `slots` (-1: not there). */
const positionsIn = (index: EnterpriseIndex, slots: Int32Array) => {
  const at = new Map<number, number>();
  slots.forEach((slot, k) => at.set(slot, k));
  return (e: MatchableEnterprise) => at.get(index.slotOfFirm(e)) ?? -1;
};

/** Every pair whose exact score lies outside its bounds (`tight`: also those whose bounds are wider than the rounding); a firm not taken must score 0. */
function outside(corpus: OpportunityCorpus, index: EnterpriseIndex, options: { weights?: MatchWeights; tight?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const o of corpus.profiles) {
    const bounds = outreachBounds(o, index, corpus, TODAY, ANY_FIRM, options.weights);
    const positionOf = positionsIn(index, bounds.slots);
    firms.forEach((e) => {
      const k = positionOf(e);
      const score = matchScore(e, o, ctxOf(corpus)).score;
      if (k < 0) {
        if (score !== 0) out.push(`${o.id}/${e.id} ${score} not taken`);
        return;
      }
      if (bounds.open[k]) return;
      const { low, high } = { low: bounds.low[k], high: bounds.high[k] };
      if (!(low - ROUNDING <= score && score <= high + ROUNDING)) out.push(`${o.id}/${e.id} ${score} ∉ [${low}, ${high}]`);
      else if (options.tight && high - low > 1e-4) out.push(`${o.id}/${e.id} [${low}, ${high}] is loose`);
    });
  }
  return out;
}

describe('outreach bounds from the firm index', () => {
  it('the data reaches every rule the bounds decide: each topical reason and each penalty, events named, text relevance left open', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const codes = new Set<string>();
    let open = 0;
    let opened = 0;
    const index = indexOf(firms);
    for (const o of corpus.profiles) {
      const bounds = outreachBounds(o, index, corpus, TODAY, ANY_FIRM);
      bounds.open.forEach((x) => (opened += x));
      bounds.slots.forEach((_, k) => {
        if (bounds.high[k] - bounds.low[k] > 0.01 && !bounds.open[k]) open++;
      });
    }
    for (const o of corpus.profiles) for (const e of firms) for (const r of scoreMatch(e, o, ctxOf(corpus)).reasons) codes.add(r.code);
    const rules = ['industry', 'need', 'named-event', 'product-term', 'keyword', 'target-market', 'city', 'size-fit', 'upcoming-deadline', 'next-edition'];
    const penalties = ['direction', 'industry-mismatch', 'people-audience', 'size-mismatch', 'past-edition', 'sample', 'declined-need', 'done-need', 'precondition-unmet', 'no-need-met', 'inform-only'];
    expect([...rules, ...penalties].filter((code) => !codes.has(code))).toEqual([]);
    expect(open).toBeGreaterThan(200);
    expect(opened).toBeGreaterThan(50);
  });

  it('hold every exact score: from a fresh corpus (no best relevance known), and tight once every best is known', () => {
    const index = indexOf(firms);
    const fresh = new OpportunityCorpus(profilesOf(items));
    expect(outside(fresh, index)).toEqual([]);
    const warm = new OpportunityCorpus(profilesOf(items));
    for (const o of warm.profiles) for (const e of firms) warm.keywords(e, o);
    expect(outside(warm, index, { tight: true })).toEqual([]);
  });

  it('hold after firms are replaced and removed (the posting lists follow every change)', () => {
    const index = indexOf(firms);
    // Each of the first 100 firms replaced by another's analysis under its id, then back; 50 removed and re-added.
    for (let i = 0; i < 100; i++) index.upsert({ ...firms[299 - i], id: firms[i].id });
    for (let i = 0; i < 100; i++) index.upsert(firms[i]);
    for (let i = 100; i < 150; i++) index.remove(firms[i].id!);
    for (let i = 100; i < 150; i++) index.upsert(firms[i]);
    const warm = new OpportunityCorpus(profilesOf(items));
    for (const o of warm.profiles) for (const e of firms) warm.keywords(e, o);
    expect(outside(warm, index, { tight: true })).toEqual([]);
    expect(index.postings.bytes).toBeGreaterThan(0);
  });

  it.each(['industry', 'need', 'product', 'keyword', 'market', 'city', 'sizeFit', 'upcoming', 'deadline'] as const)('catch a broken bound: %s weight 0.01 too low', (weight) => {
    const warm = new OpportunityCorpus(profilesOf(items));
    for (const o of warm.profiles) for (const e of firms) warm.keywords(e, o);
    // Scores are rounded to thousandths: a weight 0.01 off moves many past the rounding.
    const weights = { ...MATCH_WEIGHTS, [weight]: MATCH_WEIGHTS[weight] - 0.01 };
    expect(outside(warm, indexOf(firms), { weights, tight: true })).not.toEqual([]);
  });
  /** The ids the walk takes for `filter`, against the candidates that `keepsFirm`, per opportunity (the differences). */
  const takenDifferences = (index: EnterpriseIndex, corpus: OpportunityCorpus, filter: OutreachFilter) => {
    const out: string[] = [];
    for (const o of corpus.profiles) {
      const taken = [...outreachBounds(o, index, corpus, TODAY, filter).slots].map((slot) => index.firmAt(slot)!.id).sort();
      const expected = index
        .candidatesFor(o)
        .filter((e) => keepsFirm(filter, e))
        .map((e) => e.id)
        .sort();
      if (taken.join() !== expected.join()) out.push(`${o.id}: ${taken.length} taken, ${expected.length} expected`);
    }
    return out;
  };
  const FILTERS: ReadonlyArray<[string, OutreachFilter]> = [
    ['none', ANY_FIRM],
    ['consenting', { consentingOnly: true }],
    ['at least 100 employees', { consentingOnly: false, minEmployees: 100 }],
    ['at most 300 employees, consenting', { consentingOnly: true, maxEmployees: 300 }],
    ['50 to 500 employees', { consentingOnly: false, minEmployees: 50, maxEmployees: 500 }],
    ['Quanzhou prefecture', { consentingOnly: false, prefectures: ['quanzhou'] }],
    ['Xiamen or Quanzhou, consenting', { consentingOnly: true, prefectures: ['xiamen', 'quanzhou'] }],
    ['a city as written', { consentingOnly: false, cityText: '州' }],
    ['tea firms', { consentingOnly: false, industry: 'tea' }],
    ['an industry no firm has', { consentingOnly: false, industry: 'unknown:nothing' }],
    ['all of them', { consentingOnly: true, minEmployees: 10, maxEmployees: 800, prefectures: ['quanzhou', 'fuzhou', 'xiamen'], industry: 'tea' }],
  ];

  it.each(FILTERS)('take exactly the candidates the filter keeps (%s), bounds computed for them alone', (_, filter) => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const index = indexOf(firms);
    expect(takenDifferences(index, corpus, filter)).toEqual([]);
  });

  it('the filters leave out firms, and each keeps some (the data tests them)', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const index = indexOf(firms);
    const count = (filter: OutreachFilter) => corpus.profiles.reduce((n, o) => n + outreachBounds(o, index, corpus, TODAY, filter).slots.length, 0);
    const all = count(ANY_FIRM);
    for (const [name, filter] of FILTERS.slice(1)) {
      const kept = count(filter);
      expect([name, kept < all]).toEqual([name, true]);
      if (name !== 'an industry no firm has') expect([name, kept > 0]).toEqual([name, true]);
    }
  });

  it('follow consent and size as they change (the columns are rewritten on every upsert), and leave nothing behind between walks', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const index = indexOf(firms);
    const consenting: OutreachFilter = { consentingOnly: true, minEmployees: 1 };
    // Every firm's consent flipped and its size stated or taken away.
    for (const e of firms.slice(0, 150))
      index.upsert({ ...e, outreachConsent: !e.outreachConsent, profile: { ...e.profile, employees: e.profile.employees == null ? 120 : null } });
    expect(takenDifferences(index, corpus, consenting)).toEqual([]);
    for (const e of firms.slice(0, 150)) index.upsert(e);
    expect(takenDifferences(index, corpus, consenting)).toEqual([]);
    // The same walk twice gives the same answer (positions, marks and sums cleared between walks).
    const o = corpus.profiles[0];
    const once = outreachBounds(o, index, corpus, TODAY, consenting);
    const again = outreachBounds(o, index, corpus, TODAY, consenting);
    expect([...again.slots, ...again.low, ...again.high]).toEqual([...once.slots, ...once.low, ...once.high]);
  });

  it('keep the firms naming each opportunity only while the index is unchanged: the same slots as the index finds, and a firm that starts or stops naming one is seen at once', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const named = corpus.profiles.filter((o) => eventNamesOf(o).length > 0);
    const namers = named.slice(0, 20).map((o, i) => compactMatchable(toMatchableEnterprise({ id: `namer-${i}`, name: `名${i}`, city: 'Xiamen', needs: `We want to exhibit at ${eventNamesOf(o)[0]}` })));
    const index = indexOf([...firms, ...namers]);
    const fresh = (o: (typeof named)[number]) => [...index.namingSlots(o)];
    // More opportunities than are kept, asked for twice in other orders: every answer the index's own.
    expect(named.length).toBeGreaterThan(64);
    for (const order of [named, [...named].reverse(), named.filter((_, i) => i % 3 === 0)]) {
      for (const o of order) expect([...namingSlotsOf(index, o)]).toEqual(fresh(o));
    }
    const o = named[0];
    const namer = index.slotOfFirm(namers[0]);
    expect(namingSlotsOf(index, o)).toContain(namer);
    // The firm no longer names it, then a new one does: both seen on the next walk.
    index.upsert({ ...namers[0], profile: { ...namers[0].profile, needs: 'We want buyers' } });
    expect(namingSlotsOf(index, o)).not.toContain(namer);
    const newcomer = compactMatchable(toMatchableEnterprise({ id: 'namer-new', name: '新', city: 'Xiamen', products: eventNamesOf(o)[0] }));
    index.upsert(newcomer);
    expect(namingSlotsOf(index, o)).toContain(index.slotOfFirm(newcomer));
    expect([...namingSlotsOf(index, o)]).toEqual(fresh(o));
  });
});
