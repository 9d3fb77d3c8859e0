import { INDUSTRIES, INDUSTRY_CODES, NEED_CODES } from '@fhk/contracts';
import { findConcepts } from '../dictionary/term-dictionary';
import { CROSS_INDUSTRY_MEASURES, OPPORTUNITY_EVENT_SLUGS } from './industry-served-by.data';
import { industriesServedBy, INDUSTRY_TAXONOMY } from './industry-taxonomy';

describe('INDUSTRY_TAXONOMY', () => {
  it('has an entry for every industry code of the contracts, with the contracts labels', () => {
    expect(Object.keys(INDUSTRY_TAXONOMY).sort()).toEqual([...INDUSTRY_CODES].sort());
    for (const code of INDUSTRY_CODES) {
      expect(INDUSTRY_TAXONOMY[code].code).toBe(code);
      expect(INDUSTRY_TAXONOMY[code].labels).toBe(INDUSTRIES[code]);
    }
  });

  it('lists keywords that the dictionary resolves back to the industry', () => {
    for (const code of INDUSTRY_CODES) {
      const { zh, en } = INDUSTRY_TAXONOMY[code].keywords;
      expect(zh.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(findConcepts(zh[0]).some((m) => m.kind === 'industry' && m.code === code)).toBe(true);
    }
  });

  it('refers only to known event slugs, measure numbers 1-28 and need codes', () => {
    for (const { servedBy } of Object.values(INDUSTRY_TAXONOMY)) {
      for (const slug of servedBy.events) expect(OPPORTUNITY_EVENT_SLUGS).toContain(slug);
      for (const measure of servedBy.measures) expect(measure >= 1 && measure <= 28).toBe(true);
      for (const need of servedBy.typicalNeeds) expect(NEED_CODES).toContain(need);
    }
    expect(CROSS_INDUSTRY_MEASURES.every((m) => m >= 1 && m <= 28)).toBe(true);
  });

  it('uses every agreed event slug somewhere', () => {
    const used = new Set(Object.values(INDUSTRY_TAXONOMY).flatMap((e) => e.servedBy.events));
    expect([...OPPORTUNITY_EVENT_SLUGS].filter((s) => !used.has(s))).toEqual([]);
  });

  it('points tea at the tea fair and measure 8, and the fairs back at their industries', () => {
    expect(INDUSTRY_TAXONOMY.tea.servedBy.events).toContain('hong-kong-international-tea-fair');
    expect(INDUSTRY_TAXONOMY.tea.servedBy.measures).toContain(8);
    expect(industriesServedBy({ slug: 'hong-kong-toys-games-fair' })).toEqual(['toys-games']);
    expect(industriesServedBy({ slug: 'filmart' })).toEqual(['culture-creative']);
    expect(industriesServedBy({ measure: 24 })).toEqual(['chinese-medicine', 'healthcare']);
    expect(industriesServedBy({ measure: 8 })).toEqual(expect.arrayContaining(['tea', 'wine-spirits', 'electronics', 'watches-jewellery']));
    expect(industriesServedBy({})).toEqual([]);
  });
});
