import { toMatchableEnterprise } from '@fhk/matcher/core';
import { AdHocAnalysisCache, AdHocProfile } from './ad-hoc-analysis-cache';

const profile = (over: Partial<AdHocProfile> = {}): AdHocProfile => ({
  name: '安溪鐵觀音茶業',
  city: '安溪',
  industry: '',
  products: '鐵觀音 烏龍茶',
  needs: '參展 商標',
  markets: '',
  employees: null,
  ...over,
});

describe('AdHocAnalysisCache', () => {
  it('analyses a profile as toMatchableEnterprise does, and the same fields again only once', () => {
    const cache = new AdHocAnalysisCache(10_000);
    const first = cache.analysisOf(profile());
    expect(first).toEqual(toMatchableEnterprise(profile()));
    expect(cache.analysisOf(profile())).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('tells profiles apart by every field the analysis reads', () => {
    const cache = new AdHocAnalysisCache(10_000);
    const base = cache.analysisOf(profile());
    const others = [{ name: '安溪茶' }, { city: '泉州' }, { industry: 'tea' }, { products: '白茶' }, { needs: '融資' }, { markets: '東盟' }, { employees: 50 }].map((o) =>
      cache.analysisOf(profile(o)),
    );
    for (const other of others) expect(other).not.toBe(base);
    expect(cache.analysisOf(profile({ needs: '融資' })).classification).toEqual(toMatchableEnterprise(profile({ needs: '融資' })).classification);
    expect(cache.size).toBe(8);
  });

  it('keeps at most its characters, dropping the least recently used first', () => {
    const one = profile({ name: 'a' });
    const size = JSON.stringify(Object.values(one)).length;
    const cache = new AdHocAnalysisCache(2 * size);
    const a = cache.analysisOf(one);
    const b = cache.analysisOf(profile({ name: 'b' }));
    expect(cache.analysisOf(one)).toBe(a); // a is now the most recent
    cache.analysisOf(profile({ name: 'c' })); // b goes
    expect(cache.size).toBe(2);
    expect(cache.analysisOf(one)).toBe(a);
    expect(cache.analysisOf(profile({ name: 'b' }))).not.toBe(b);
  });

  it('does not keep a profile longer than its whole budget', () => {
    const cache = new AdHocAnalysisCache(10);
    const big = profile();
    expect(cache.analysisOf(big)).not.toBe(cache.analysisOf(big));
    expect(cache.size).toBe(0);
  });
});
