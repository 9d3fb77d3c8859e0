import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogueItem, NEEDS, NeedCode, collectLocalizedTexts, traditionalOnlyCharactersIn } from '@fhk/contracts';
import {
  CATALOGUE_DATA_DIR,
  CATALOGUE_SEED_FILES,
  CATALOGUE_SEED_VERSION,
  CatalogueSeedError,
  loadCatalogueSeed,
} from './catalogue-seed';

type Kind = CatalogueItem['kind'];
type ItemOf<K extends Kind> = Extract<CatalogueItem, { kind: K }>;

/** The memorandum ships with the repository in docs/sources/ (override with FHK_MEMORANDUM_PATH). */
const MEMORANDUM_PATH =
  process.env['FHK_MEMORANDUM_PATH'] ??
  join(__dirname, '../../../../..', 'docs/sources/fujian-hk-memorandum-2026-06-22.zh-Hant.txt');

/** Area → measure numbers, from docs/sources/README.md. */
const AREA_MEASURES: Record<number, number[]> = {
  1: [1, 2],
  2: [3, 4],
  3: [5, 6, 7, 8],
  4: [9, 10, 11],
  5: [12],
  6: [13, 14, 15],
  7: [16, 17, 18, 19],
  8: [20, 21, 22],
  9: [23, 24, 25],
  10: [26, 27],
  11: [28],
};

/** Programmes, mechanisms and initiatives the memorandum names, with the measure each must cite. */
const REQUIRED_PROGRAMMES: Record<string, number> = {
  'hkex-fujian-listing-cooperation': 1,
  'listing-promotion-events': 2,
  'financing-matchmaking-events': 2,
  'silk-road-maritime': 3,
  'silk-road-flying': 3,
  'cross-boundary-one-lock': 4,
  'multimodal-transport': 4,
  'goglobal-task-force': 5,
  'fujian-enterprises-going-global-services-alliance': 5,
  'fujian-supply-chain-hong-kong-service-brands': 6,
  'invest-fujian-promotions': 7,
  'fujian-brands-hong-kong-macao-tour': 8,
  'hong-kong-data-stored-in-fujian': 9,
  'hong-kong-data-computed-in-fujian': 9,
  'joint-intelligent-computing-centre': 9,
  'fujian-hong-kong-sci-tech-industrial-park': 10,
  'joint-key-technology-research': 10,
  'technology-transfer-mechanism': 11,
  'maritime-silk-road-central-legal-affairs-district': 12,
  'diversified-dispute-resolution-system': 12,
  'fujian-hong-kong-arts-exchange': 13,
  'film-and-arts-ip-conversion-in-hong-kong': 14,
  'intangible-heritage-showcases': 15,
  'university-joint-programmes-and-faculty-exchange': 16,
  'sister-school-scheme': 17,
  'dse-admission-scheme': 18,
  'hong-kong-student-support-services': 19,
  'hong-kong-macao-youth-see-the-motherland': 20,
  'friends-of-wuyi-youth-study-exchange': 20,
  'citizenship-social-development-mainland-study-tours': 20,
  'wuyishan-biodiversity-conservation-internship': 20,
  'hong-kong-youth-start-up-service-platform': 21,
  'youth-exchange-and-internship-schemes': 21,
  'patriotic-education-platforms-polyu-pilot': 22,
  'fujian-hong-kong-macao-youth-tongxin-exchange-base': 22,
  'clinical-and-telemedicine-cooperation': 23,
  'chinese-medicine-cooperation': 24,
  'joint-drug-rd-and-clinical-trials': 25,
  'multi-destination-tourism-routes': 26,
  'high-speed-rail-plus-tourism': 27,
  'cruise-plus-tourism': 27,
  'cross-border-cruise-routes': 27,
  'residence-permit-for-hong-kong-macao-residents': 28,
  'mainland-travel-permit-full-use': 28,
};

const PROGRAMME_CATEGORIES = [
  'listing', 'financing', 'going-global', 'investment-promotion', 'trade-promotion', 'logistics', 'data',
  'technology', 'legal', 'culture', 'education', 'youth', 'health', 'tourism', 'facilitation',
];

/** Service categories of measures 6, 11 and 12, with the need code each must be tagged with. */
const REQUIRED_SERVICE_CATEGORIES: Record<string, NeedCode> = {
  'company-registration': 'company-registration',
  'fund-pooling-treasury': 'fund-pooling',
  'tax-compliance': 'tax-compliance',
  'trademarks-patents': 'trademark-patent',
  'legal-advice': 'legal-advice',
  'brand-building': 'brand-building',
  'technology-transfer': 'technology-transfer',
  'testing-certification': 'testing-certification',
  'ip-trading': 'ip-trading',
  'investment-financing': 'investment-financing',
  arbitration: 'arbitration',
  mediation: 'mediation',
};

/** Institutions named by the memorandum (with the measure that names them) or required as public knowledge (null). */
const REQUIRED_PROVIDERS: Record<string, number | null> = {
  hkex: 1,
  hktdc: 2,
  investhk: 2,
  hkstp: 10,
  cyberport: 10,
  hsitp: 10,
  'hong-kong-tourism-board': 27,
  polyu: 22,
  'companies-registry': null,
  'inland-revenue-department': null,
  'intellectual-property-department': null,
  hkiac: null,
  'hong-kong-mediation-centre': null,
  'department-of-justice': null,
  hkqaa: null,
  hkpc: null,
  hkma: null,
  'trade-and-industry-department': null,
  'hong-kong-design-centre': null,
};

const normalise = (s: string): string => s.replace(/\s+/g, '');

describe('catalogue seed', () => {
  const items = loadCatalogueSeed();
  const ofKind = <K extends Kind>(kind: K): Array<ItemOf<K>> => items.filter((i): i is ItemOf<K> => i.kind === kind);
  const areas = ofKind('area');
  const measures = ofKind('measure');
  const programmes = ofKind('programme');
  const categories = ofKind('service-category');
  const providers = ofKind('service-provider');
  const bySlug = new Map(items.map((i) => [i.slug, i]));

  it('loads and validates every file with the current data version, pretty-printed with 2 spaces', () => {
    expect(items.length).toBeGreaterThan(100);
    for (const { file, kind } of CATALOGUE_SEED_FILES) {
      const raw = readFileSync(join(CATALOGUE_DATA_DIR, file), 'utf8');
      const parsed = JSON.parse(raw) as { dataVersion: string; kind: string };
      expect(parsed.dataVersion).toBe(CATALOGUE_SEED_VERSION);
      expect(parsed.kind).toBe(kind);
      expect(raw).toBe(JSON.stringify(parsed, null, 2) + '\n');
    }
  });

  it('has unique ids, each equal to its slug, and version 1 for seed items', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id).toBe(item.slug);
      expect(item.version).toBe(1);
    }
  });

  it('has exactly the 11 areas, each listing its measures as in the README table', () => {
    expect(areas.map((a) => a.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const area of areas) expect(area.measures).toEqual(AREA_MEASURES[area.number]);
  });

  it('has exactly the 28 measures, each in the right area and citing itself', () => {
    expect(measures.map((m) => m.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    for (const measure of measures) {
      expect(AREA_MEASURES[measure.areaNumber]).toContain(measure.number);
      expect(measure.measures).toEqual([measure.number]);
    }
  });

  it('keeps each measure’s zh-Hant text verbatim from the memorandum, without a number prefix', () => {
    if (!existsSync(MEMORANDUM_PATH)) {
      throw new Error(`memorandum not found at ${MEMORANDUM_PATH}; set FHK_MEMORANDUM_PATH`);
    }
    const memorandum = normalise(readFileSync(MEMORANDUM_PATH, 'utf8'));
    for (const measure of measures) {
      const text = measure.text['zh-Hant'];
      expect(text).not.toMatch(/^\s*\d+\s*[.．、]/);
      expect({ number: measure.number, found: memorandum.includes(normalise(text)) }).toEqual({ number: measure.number, found: true });
      // The whole measure, not a fragment: it runs from its number to the next measure or area heading.
      const start = memorandum.indexOf(`${measure.number}.${normalise(text)}`);
      expect(start).toBeGreaterThanOrEqual(0);
      const after = memorandum.slice(start + `${measure.number}.`.length + normalise(text).length);
      expect(after === '' || /^(\d+\.|[一二三四五六七八九十]+、)/.test(after)).toBe(true);
    }
  });

  it('names parties with three-language labels for measures that name them', () => {
    for (const n of [1, 2, 5, 10, 12, 22, 26, 27]) {
      const measure = measures.find((m) => m.number === n);
      expect(measure?.parties.length).toBeGreaterThan(0);
    }
    const m27 = measures.find((m) => m.number === 27);
    expect(m27?.parties.map((p) => p['zh-Hant'])).toEqual(expect.arrayContaining(['香港旅發局', '廈門市文旅局']));
  });

  it('contains every programme the memorandum names, linked to its measure', () => {
    for (const [slug, measure] of Object.entries(REQUIRED_PROGRAMMES)) {
      const item = bySlug.get(slug);
      expect({ slug, kind: item?.kind }).toEqual({ slug, kind: 'programme' });
      expect({ slug, measures: item?.measures }).toEqual({ slug, measures: expect.arrayContaining([measure]) });
    }
    for (const programme of programmes) expect(PROGRAMME_CATEGORIES).toContain(programme.category);
  });

  it('links every measure to at least one programme', () => {
    const cited = new Set(programmes.flatMap((p) => p.measures));
    for (let n = 1; n <= 28; n++) expect({ n, cited: cited.has(n) }).toEqual({ n, cited: true });
  });

  it('contains the professional service categories, each tagged with its need code', () => {
    expect(categories.map((c) => c.slug).sort()).toEqual(Object.keys(REQUIRED_SERVICE_CATEGORIES).sort());
    for (const category of categories) {
      const need = REQUIRED_SERVICE_CATEGORIES[category.slug];
      expect(NEEDS[need]).toBeDefined();
      expect({ slug: category.slug, needs: category.tags.needs }).toEqual({ slug: category.slug, needs: expect.arrayContaining([need]) });
    }
    const pooling = bySlug.get('fund-pooling-treasury');
    expect(pooling?.summary['zh-Hant']).toContain('資金池');
    expect(pooling?.summary['zh-Hans']).toContain('资金池');
    expect(pooling?.summary.en.toLowerCase()).toContain('cash pooling');
  });

  it('contains the institutions, with provenance or a public-knowledge note', () => {
    for (const [slug, measure] of Object.entries(REQUIRED_PROVIDERS)) {
      const item = bySlug.get(slug);
      expect({ slug, kind: item?.kind }).toEqual({ slug, kind: 'service-provider' });
      if (measure !== null) expect({ slug, measures: item?.measures }).toEqual({ slug, measures: expect.arrayContaining([measure]) });
    }
    for (const provider of providers) {
      if (provider.measures.length === 0) expect(provider.notes ?? '').toMatch(/public knowledge/i);
    }
  });

  it('marks the bodies that inform, set policy or accredit rather than serve firms (role), and no others', () => {
    const informing = providers.filter((p) => p.role === 'informs').map((p) => p.slug).sort();
    expect(informing).toEqual(['department-of-justice', 'hkctc', 'hkmaal']);
    expect(providers.every((p) => p.role === undefined || p.role === 'serves' || p.role === 'informs')).toBe(true);
  });

  it('references only existing service categories from providers', () => {
    const categorySlugs = new Set(categories.map((c) => c.slug));
    for (const provider of providers) {
      for (const slug of provider.serviceCategories) {
        expect({ provider: provider.slug, category: slug, exists: categorySlugs.has(slug) }).toEqual({
          provider: provider.slug,
          category: slug,
          exists: true,
        });
      }
    }
    for (const category of categories) {
      expect(providers.some((p) => p.serviceCategories.includes(category.slug))).toBe(true);
    }
  });

  it('cites only measures that exist', () => {
    const numbers = new Set(measures.map((m) => m.number));
    for (const item of items) for (const n of item.measures) expect(numbers.has(n)).toBe(true);
  });

  it('has non-empty zh-Hant, zh-Hans and en names and summaries', () => {
    for (const item of items) {
      for (const field of [item.name, item.summary]) {
        expect(field['zh-Hant'].trim()).not.toBe('');
        expect(field['zh-Hans'].trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
      }
    }
  });

  it('keeps zh-Hans free of Traditional-only characters', () => {
    const texts = items.flatMap((item) => collectLocalizedTexts(item, item.id));
    expect(texts.length).toBeGreaterThan(items.length * 2);
    const offenders = texts
      .map(({ path, text }) => ({ path, chars: traditionalOnlyCharactersIn(text['zh-Hans']) }))
      .filter((o) => o.chars.length > 0);
    expect(offenders).toEqual([]);
  });

  it('labels sample items and explains every tentative item', () => {
    for (const item of items) {
      if (item.tentative) expect({ id: item.id, notes: (item.notes ?? '').trim().length > 0 }).toEqual({ id: item.id, notes: true });
      const sampleFirm = item.kind === 'service-provider' && item.providerType === 'sample-firm';
      if (item.sample || sampleFirm) {
        expect(item.sample).toBe(true);
        expect(sampleFirm || item.kind !== 'service-provider').toBe(true);
        expect(item.name.en).toContain('(Sample)');
        expect(item.name['zh-Hant']).toContain('（示例）');
        expect(item.name['zh-Hans']).toContain('（示例）');
      }
    }
  });

  it('reports the file, index, id and field of an invalid item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-seed-'));
    try {
      const good = areas[0];
      const broken = { ...areas[1], id: 'area-02-broken', slug: 'area-02-broken', name: { ...areas[1].name, en: ' ' } };
      writeFileSync(join(dir, 'areas.json'), JSON.stringify({ dataVersion: CATALOGUE_SEED_VERSION, kind: 'area', items: [good, broken] }));
      expect(() => loadCatalogueSeed(dir)).toThrow(CatalogueSeedError);
      expect(() => loadCatalogueSeed(dir)).toThrow(/areas\.json: items\[1\] \(id "area-02-broken"\): field name\.en/);
      writeFileSync(join(dir, 'areas.json'), JSON.stringify({ dataVersion: '1999-01-01.1', kind: 'area', items: [] }));
      expect(() => loadCatalogueSeed(dir)).toThrow(/areas\.json: field dataVersion/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
