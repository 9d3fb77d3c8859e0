import { CalendarEventInputSchema, CatalogueItemInputSchema, EnterpriseInputSchema, INDUSTRIES, MARKETS, NEEDS, traditionalOnlyCharactersIn } from '@fhk/contracts';
import { analyzeText, findConcepts, FUJIAN_CITIES, FUJIAN_PREFECTURE_CODES } from '@fhk/matcher/core';
import { parseBenchOptions } from './bench-options';
import { randomFor, SAMPLE_ORGANISER, syntheticEnterprise, syntheticMatchRequest, syntheticOpportunity, syntheticSearchQuery, typo } from './synthetic-data.generator';
import { INDUSTRY_WEIGHTS, OPPORTUNITY_WORDS, PRODUCTS_BY_INDUSTRY, TEMPLATES } from './synthetic-vocabulary.data';

const FIRMS = 3000;
const firms = Array.from({ length: FIRMS }, (_, i) => syntheticEnterprise(7, i));
const share = (predicate: (f: (typeof firms)[number]) => boolean) => firms.filter(predicate).length / FIRMS;

describe('synthetic benchmark data', () => {
  it('is deterministic: the same seed gives the same records, another seed other records', () => {
    const again = Array.from({ length: 200 }, (_, i) => syntheticEnterprise(7, i));
    expect(again).toEqual(firms.slice(0, 200));
    expect(Array.from({ length: 50 }, (_, i) => syntheticOpportunity(7, i))).toEqual(Array.from({ length: 50 }, (_, i) => syntheticOpportunity(7, i)));
    expect(syntheticSearchQuery(7, 3)).toBe(syntheticSearchQuery(7, 3));
    const other = Array.from({ length: 200 }, (_, i) => syntheticEnterprise(8, i));
    expect(other.filter((f, i) => JSON.stringify(f) === JSON.stringify(firms[i])).length).toBeLessThan(5);
    // Streams are independent: the ad-hoc match requests are not the stored firms.
    expect(syntheticMatchRequest(7, 0)).not.toEqual(expect.objectContaining({ name: firms[0].name }));
  });

  it('draws uniform floats in [0, 1)', () => {
    const rng = randomFor(1, 'x', 0);
    const draws = Array.from({ length: 20_000 }, rng);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    for (const d of draws) buckets[Math.floor(d * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('generates firms the enterprise schema accepts, every one labelled SAMPLE', () => {
    for (const firm of firms) {
      const parsed = EnterpriseInputSchema.safeParse(firm);
      if (!parsed.success) throw new Error(`${firm.name}: ${JSON.stringify(parsed.error.issues)}`);
      expect(firm.name).toMatch(/^\[SAMPLE\] /);
    }
    expect(new Set(firms.map((f) => f.name)).size).toBe(FIRMS);
  });

  it('generates opportunities the calendar and catalogue schemas accept: 40 % events, 30 % programmes, 30 % providers, all SAMPLE', () => {
    const opportunities = Array.from({ length: 1000 }, (_, i) => syntheticOpportunity(7, i));
    for (const o of opportunities) {
      const schema = o.service === 'event-calendar' ? CalendarEventInputSchema : CatalogueItemInputSchema;
      const parsed = schema.safeParse(o.input);
      if (!parsed.success) throw new Error(`${o.input.id}: ${JSON.stringify(parsed.error.issues)}`);
      expect(o.input.sample).toBe(true);
      expect(o.input.notes).toMatch(/^SAMPLE: synthetic/);
      expect(o.input.name.en).toContain('(FICTITIOUS)');
      expect(o.input.name['zh-Hant']).toContain('虛構');
      expect(o.input.name['zh-Hans']).toContain('虚构');
      expect(o.input.measures).toEqual([]); // no invented provenance
      expect(traditionalOnlyCharactersIn(o.input.summary['zh-Hans'])).toEqual([]);
    }
    const count = (type: string) => opportunities.filter((o) => o.type === type).length;
    expect([count('event'), count('programme'), count('service-provider')]).toEqual([400, 300, 300]);
    expect(new Set(opportunities.map((o) => o.input.id)).size).toBe(1000);
  });

  it('labels firms and opportunities with words they do not share, that name no concept (labels never make a match)', () => {
    const words = (text: string) => new Set(analyzeText(text).tokens.filter((t) => t.kind !== 'cjk-char').map((t) => t.text));
    const firmLabel = words('[SAMPLE]');
    const o = syntheticOpportunity(7, 0).input;
    const labels = [...Object.values(OPPORTUNITY_WORDS.sample), ...Object.values(SAMPLE_ORGANISER), o.summary.en.split('.')[0], o.summary['zh-Hant'].split('。')[0], o.summary['zh-Hans'].split('。')[0]];
    for (const label of labels) {
      expect([...words(label)].filter((w) => firmLabel.has(w))).toEqual([]);
      expect(findConcepts(label)).toEqual([]);
    }
  });

  it('spreads firms over the three languages, every prefecture and every weighted industry', () => {
    const latinName = (f: (typeof firms)[number]) => /^\[SAMPLE\] [A-Za-z]/.test(f.name);
    const traditionalName = (f: (typeof firms)[number]) => traditionalOnlyCharactersIn(f.name).length > 0;
    expect(share(latinName)).toBeGreaterThan(0.15);
    expect(share(latinName)).toBeLessThan(0.25);
    expect(share(traditionalName)).toBeGreaterThan(0.15);
    expect(share((f) => !latinName(f) && !traditionalName(f))).toBeGreaterThan(0.35);

    const cityOf = (text: string) => Object.values(FUJIAN_CITIES).find((c) => [c.labels['zh-Hant'], c.labels['zh-Hans'], c.labels.en, ...c.zh].some((l) => text.includes(l)));
    const prefectures = new Set(firms.map((f) => cityOf(f.city)?.prefecture));
    for (const p of FUJIAN_PREFECTURE_CODES) expect(prefectures).toContain(p);

    const text = firms.map((f) => `${f.industry ?? ''} ${f.products ?? ''}`).join('\n');
    for (const [industry] of INDUSTRY_WEIGHTS) {
      const words = (PRODUCTS_BY_INDUSTRY[industry] ?? []).flatMap((p) => [p['zh-Hans'].split(' ')[0], p['zh-Hant'].split(' ')[0]]);
      expect(words.some((w) => text.includes(w))).toBe(true);
    }
  });

  it('has the noise of real profiles: terse and long texts, typos, mixed scripts, full-width Latin, missing sizes', () => {
    expect(share((f) => f.needs === undefined)).toBeGreaterThan(0.1); // terse: name and city, perhaps a product
    expect(share((f) => (f.products ?? '').length > 300)).toBeGreaterThan(0.04); // long: a brochure pasted in
    expect(share((f) => /[\uff21-\uff5a\uff10-\uff19]/.test(`${f.products}${f.needs}`))).toBeGreaterThan(0.005);
    expect(share((f) => /[\u4e00-\u9fff]/.test(f.name) && /[A-Za-z]{3,}/.test(`${f.products}`))).toBeGreaterThan(0.02);
    expect(share((f) => f.employees === null)).toBeGreaterThan(0.05);
    expect(share((f) => f.outreachConsent === true)).toBeGreaterThan(0.5);
    const known = new Set(
      [...Object.values(PRODUCTS_BY_INDUSTRY).flat().map((p) => p?.en ?? ''), ...Object.values(TEMPLATES).flatMap((t) => ('en' in t ? [t.en].flat() : [])), ...[INDUSTRIES, NEEDS, MARKETS].flatMap((v) => Object.values(v).map((l) => l.en))]
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{4,}/g),
    );
    const misspelt = (f: (typeof firms)[number]) => (`${f.products ?? ''} ${f.needs ?? ''}`.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => !known.has(w));
    expect(share(misspelt)).toBeGreaterThan(0.02);
  });

  it('makes one edit per typo and leaves short or non-Latin words alone', () => {
    const rng = randomFor(3, 'typo', 0);
    for (let i = 0; i < 200; i++) {
      const t = typo(rng, 'manufacturer');
      expect(t).not.toBe('manufacturer');
      expect(Math.abs(t.length - 'manufacturer'.length)).toBeLessThanOrEqual(1);
    }
    expect(typo(rng, 'LED')).toBe('LED');
    expect(typo(rng, '鐵觀音')).toBe('鐵觀音');
  });
});

describe('bench options', () => {
  it('defaults to sizes that fit ten minutes, and accepts explicit ascending sizes', () => {
    expect(parseBenchOptions([])).toMatchObject({ firmSizes: [2500, 5000], opportunitySizes: [1000, 4000], seed: 14 });
    expect(parseBenchOptions(['--firm-sizes', '10000,50000,100000', '--opportunities', '10000'])).toMatchObject({ firmSizes: [10000, 50000, 100000], opportunitySizes: [1000, 10000] });
    expect(parseBenchOptions([])).toMatchObject({ core: null });
    expect(parseBenchOptions(['--core', '--core-firm-sizes', '2000,4000'])).toMatchObject({ core: { opportunitySizes: [1000, 10000], firmSizes: [2000, 4000], distinctFirms: 10000 } });
    expect(parseBenchOptions([])).toMatchObject({ httpAdapters: ['express', 'fastify'] });
    expect(parseBenchOptions(['--http-adapters', 'fastify'])).toMatchObject({ httpAdapters: ['fastify'] });
    expect(() => parseBenchOptions(['--http-adapters', 'express,koa'])).toThrow(/--http-adapters.*"koa"/);
    expect(() => parseBenchOptions(['--http-adapters', 'express,express'])).toThrow(/twice/);
  });

  it('refuses a bad value naming the flag', () => {
    expect(() => parseBenchOptions(['--firms', 'many'])).toThrow(/--firms: must be a whole number/);
    expect(() => parseBenchOptions(['--firm-sizes', '100,50'])).toThrow(/--firm-sizes: sizes must be ascending/);
    expect(() => parseBenchOptions(['--frims', '5'])).toThrow(/frims/);
  });
});
