import type { CalendarEvent } from '@fhk/contracts';
import { scoreMatch } from './match-scorer';
import { toMatchableEnterprise } from './matchable-enterprise';
import { matchOpportunities } from './opportunity-matcher';
import { OpportunityCorpus } from './opportunity-corpus';
import { toOpportunityProfile } from './opportunity-profile';

const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
function fair(id: string, over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    slug: id,
    kind: 'calendar-event',
    version: 1,
    eventType: 'fair',
    name: text('國際茶展', 'International Tea Fair'),
    summary: text('茶葉貿易展', 'A tea trade fair'),
    tags: { industries: ['tea'], needs: ['exhibit-find-buyers'], markets: ['hong-kong', 'asean'], audiences: ['exhibitors', 'buyers'], serves: ['fujian-going-out'] },
    measures: [8],
    officialUrl: null,
    sample: false,
    tentative: false,
    notes: null,
    requires: [],
    organiser: text('香港貿發局', 'HKTDC'),
    city: text('香港', 'Hong Kong'),
    venue: null,
    recurrence: { frequency: 'annual', usualMonth: 8 },
    nextEdition: null,
    ...over,
  };
}
const teaFirm = toMatchableEnterprise({ name: '安溪茶業', city: '安溪', industry: '茶葉', products: '鐵觀音', needs: '參展 找買家', markets: '東盟', employees: 40 });
const ctx = (corpus: OpportunityCorpus, language: 'zh-Hant' | 'en' = 'en') => ({ today: '2026-11-24', language, idf: corpus.idf, keywords: corpus.keywords });

describe('scoreMatch', () => {
  it('explains every point of the score with reasons in the requested language', () => {
    const corpus = OpportunityCorpus.fromEntities([fair('tea-fair')]);
    const { score, reasons } = scoreMatch(teaFirm, corpus.profiles[0], ctx(corpus, 'zh-Hant'));
    expect(score).toBeGreaterThan(0);
    expect(reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['industry', 'need', 'target-market', 'next-edition']));
    expect(reasons.find((r) => r.code === 'industry')).toMatchObject({ codes: ['tea'], text: expect.stringContaining('茶葉') });
    expect(reasons.find((r) => r.code === 'target-market')?.text).toBe('面向目標市場：東盟');
    expect(score).toBeCloseTo(reasons.reduce((s, r) => s + r.contribution, 0), 2);
  });

  it('gives no score, and no result, without a topical reason', () => {
    const corpus = OpportunityCorpus.fromEntities([fair('tea-fair', { nextEdition: { startDate: '2027-08-12', endDate: '2027-08-14', applicationDeadline: '2027-01-31', dateStatus: 'confirmed' } })]);
    const toyFirm = toMatchableEnterprise({ name: 'Toy Co', city: 'Shantou', products: 'plush toys', needs: 'legal advice' });
    expect(scoreMatch(toyFirm, corpus.profiles[0], ctx(corpus))).toEqual({ score: 0, reasons: [] });
    expect(matchOpportunities(toyFirm, corpus, { today: '2026-11-24' })).toEqual([]);
  });

  it('ranks a past edition below an upcoming one, and rewards a deadline that is still open', () => {
    const corpus = OpportunityCorpus.fromEntities([
      fair('past', { nextEdition: { startDate: '2026-08-10', endDate: '2026-08-12', applicationDeadline: null, dateStatus: 'confirmed' } }),
      fair('upcoming', { nextEdition: { startDate: '2027-08-10', endDate: '2027-08-12', applicationDeadline: '2027-03-01', dateStatus: 'confirmed' } }),
    ]);
    const results = matchOpportunities(teaFirm, corpus, { today: '2026-11-24', language: 'en' });
    expect(results.map((r) => r.id)).toEqual(['upcoming', 'past']);
    expect(results[0].reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Next edition: 2027-08-10 – 2027-08-12', 'Application deadline: 2027-03-01']),
    );
  });

  it('prefers listing programmes for large firms over micro firms, saying why', () => {
    const listing = { ...fair('listing'), kind: 'programme' as const, category: 'listing', organisers: [], tags: { industries: [], needs: ['listing'], markets: [], audiences: ['enterprises'], serves: [] } };
    const { recurrence: _r, nextEdition: _n, eventType: _e, organiser: _o, city: _c, venue: _v, ...programme } = listing;
    const corpus = OpportunityCorpus.fromEntities([programme]);
    const big = toMatchableEnterprise({ name: 'Big', city: 'Ningde', needs: 'IPO in Hong Kong', employees: 3000 });
    const tiny = toMatchableEnterprise({ name: 'Tiny', city: 'Ningde', needs: 'IPO in Hong Kong', employees: 5 });
    const bigScore = scoreMatch(big, corpus.profiles[0], ctx(corpus));
    expect(bigScore.reasons.map((r) => r.text)).toContain('Suits a firm of 3000 staff');
    expect(bigScore.score).toBeGreaterThan(scoreMatch(tiny, corpus.profiles[0], ctx(corpus)).score);
  });

  it('does not match areas', () => {
    expect(toOpportunityProfile({ ...fair('x'), kind: 'area', number: 1 } as never)).toBeNull();
  });
});

describe('industry-specific opportunities', () => {
  it('are not offered to firms of another known industry on shared needs alone', () => {
    const corpus = OpportunityCorpus.fromEntities([fair('tea-fair')]);
    const toyMaker = toMatchableEnterprise({ name: '泉州玩具廠', city: '泉州', industry: '玩具', products: '毛絨玩具', needs: '參展 找買家' });
    const unknownIndustry = toMatchableEnterprise({ name: '某公司', city: '泉州', needs: '參展 找買家' });
    expect(matchOpportunities(toyMaker, corpus, { today: '2026-11-24' })).toEqual([]);
    expect(matchOpportunities(unknownIndustry, corpus, { today: '2026-11-24' }).map((r) => r.id)).toEqual(['tea-fair']);
  });
});
