import { deserialize, serialize } from 'node:v8';
import { mulberry32 } from '@fhk/shared/util';
import { FirmPartsInterner, StringInterner } from './analysis-interner';
import { compactMatchable } from './enterprise-index';
import { firmText, opportunity, profilesOf } from './generated-matching.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';
import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { withSharedTokens } from './opportunity-profile';

/** Generated firms' analyses as `toMatchableEnterprise` makes them (with the classification's index tokens). */
const rng = mulberry32(1414);
const plain: MatchableEnterprise[] = Array.from({ length: 300 }, (_, i) => toMatchableEnterprise(firmText(rng, i)));
const withoutTokens = (m: MatchableEnterprise) => ({ ...m, classification: { ...m.classification, tokens: [] } });
/** The same analysis through `v8.serialize`, as a firm snapshot restores it (sharing nothing). */
const restored = (m: MatchableEnterprise) => deserialize(serialize(m)) as MatchableEnterprise;

describe('FirmPartsInterner', () => {
  it('gives every generated analysis back deep-equal, the index tokens aside, in the same key and item order', () => {
    for (const m of plain) {
      const shared = compactMatchable(m);
      expect(shared).toEqual(withoutTokens(m));
      expect(JSON.stringify(shared)).toBe(JSON.stringify(withoutTokens(m)));
      expect(JSON.stringify(compactMatchable(restored(m)))).toBe(JSON.stringify(withoutTokens(m)));
    }
  });

  it('keeps of an entity given as the profile only the fields read after analysis, whatever else it holds', () => {
    const entity = {
      ...firmText(mulberry32(7), 0),
      version: 3,
      ownerId: 'owner-1',
      contact: { person: '林女士', role: '', email: 'lin@tea.example', phone: '', wechat: '' },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const analysed = toMatchableEnterprise(entity);
    // Given the entity itself as its profile (as the worker pool's analyses come back, ADR 0022).
    const shared = new FirmPartsInterner().share({ ...analysed, profile: entity });
    for (const m of [analysed, shared]) {
      expect(Object.keys(m.profile)).toEqual(['name', 'city', 'products', 'needs', 'employees']);
      expect(m.profile).toEqual({ name: entity.name, city: entity.city, products: entity.products, needs: entity.needs, employees: entity.employees });
    }
    expect(shared).toEqual(withoutTokens(analysed));
    expect(JSON.stringify(shared)).not.toContain('lin@tea.example');
  });

  it('shares terms, evidence and cities between firms, restored ones too', () => {
    const interner = new FirmPartsInterner();
    const a = interner.share(plain[0]);
    const b = interner.share(restored(plain[0]));
    expect(b).not.toBe(a);
    expect(b.productTerms.length).toBeGreaterThan(0);
    b.productTerms.forEach((t, k) => expect(t).toBe(a.productTerms[k]));
    b.descriptionTerms.forEach((t, k) => expect(t).toBe(a.descriptionTerms[k]));
    const evidence = (m: MatchableEnterprise) => [...m.classification.industries, ...m.classification.needs, ...m.classification.markets].flatMap((c) => c.evidence);
    expect(evidence(b).length).toBeGreaterThan(0);
    evidence(b).forEach((e, k) => expect(e).toBe(evidence(a)[k]));
    const withCity = plain.find((m) => m.classification.city)!;
    expect(interner.share(restored(withCity)).classification.city).toBe(interner.share(withCity).classification.city);
    expect(a.classification.tokens).toEqual([]);
  });

  it('shares whole concepts and short lists between firms restored apart, and keeps lists of different parts apart', () => {
    const interner = new FirmPartsInterner();
    const base = plain.find((m) => m.classification.industries.length && m.classification.industries.length <= 8 && m.classification.serves.length)!;
    const a = interner.share(restored(base));
    const b = interner.share(restored(base));
    expect(b.classification.industries).toBe(a.classification.industries);
    expect(b.classification.industries[0]).toBe(a.classification.industries[0]);
    expect(b.classification.serves).toBe(a.classification.serves);
    // One concept more, or one of another weight: another list, the parts that are equal still shared.
    const concept = base.classification.industries[0];
    const longer = interner.share({ ...base, classification: { ...base.classification, industries: [...base.classification.industries, { ...concept, code: 'toys' as typeof concept.code }] } });
    expect(longer.classification.industries).not.toBe(a.classification.industries);
    expect(longer.classification.industries[0]).toBe(a.classification.industries[0]);
    const weaker = interner.share({ ...base, classification: { ...base.classification, industries: [{ ...concept, weight: concept.weight / 2 }] } });
    expect(weaker.classification.industries[0]).not.toBe(a.classification.industries[0]);
    expect(weaker.classification.industries[0]).toEqual({ ...concept, weight: concept.weight / 2 });
    expect(weaker.classification.industries[0].evidence).toBe(a.classification.industries[0].evidence);
    const serves = interner.share({ ...base, classification: { ...base.classification, serves: [...base.classification.serves].reverse().concat(['x' as never]) } });
    expect(serves.classification.serves).toEqual([...base.classification.serves].reverse().concat(['x' as never]));
  });

  it('never shares parts that differ in any field', () => {
    const interner = new FirmPartsInterner();
    const base = plain.find((m) => m.productTerms.length && m.classification.industries.some((c) => c.evidence.length))!;
    const term = base.productTerms[0];
    const concept = base.classification.industries.find((c) => c.evidence.length)!;
    const ev = concept.evidence[0];
    const variants = [
      { ...term },
      { ...term, weight: term.weight + 0.5 },
      { ...term, surface: `${term.surface}x` },
      { ...term, token: `${term.token}x` },
      // The same characters split differently between the fields.
      { ...term, token: `${term.token}|`, surface: term.surface.slice(1) },
    ];
    const shared = variants.map((t) => interner.share({ ...base, productTerms: [t] }).productTerms[0]);
    shared.forEach((t, k) => expect(t).toEqual(variants[k]));
    expect(new Set(shared.slice(1)).size).toBe(4);
    const evidenceVariants = [{ ...ev, start: ev.start + 1 }, { ...ev, end: ev.end + 1 }, { ...ev, matched: `${ev.matched}x` }, { ...ev, field: 'name' }];
    for (const v of evidenceVariants) {
      const m = interner.share({ ...base, classification: { ...base.classification, industries: [{ ...concept, evidence: [v] }] } });
      expect(m.classification.industries[0].evidence[0]).toEqual(v);
    }
  });

  it('never changes the analysis it is given (its parts may be the analysis cache’s)', () => {
    const m = plain[1];
    const before = JSON.stringify(m);
    const terms = m.productTerms;
    new FirmPartsInterner().share(m);
    expect(JSON.stringify(m)).toBe(before);
    expect(m.productTerms).toBe(terms);
  });

  it('holds at most its bound, and shares again after dropping a table', () => {
    const interner = new FirmPartsInterner(20);
    for (const m of plain.slice(0, 100)) {
      interner.share(m);
      // Six tables (strings, terms, evidence, cities, concepts, lists), each within the bound.
      expect(interner.size).toBeLessThanOrEqual(6 * 20);
    }
    const again = interner.share(plain[100]);
    expect(interner.share(restored(plain[100])).productTerms).toEqual(again.productTerms);
  });
});

describe('StringInterner', () => {
  it('gives one copy of equal strings, equal to them, and stays within its bound', () => {
    const strings = new StringInterner(10);
    const long = '鐵觀音烏龍茶及茶葉禮盒 oolong tea gift boxes';
    const word = long.slice(0, 20);
    const first = strings.string(word);
    expect(first).toBe(word);
    expect(strings.string(long.slice(0, 20))).toBe(first);
    for (let i = 0; i < 100; i++) {
      expect(strings.string(`w${i}`)).toBe(`w${i}`);
      expect(strings.size).toBeLessThanOrEqual(10);
    }
  });
});

describe('withSharedTokens', () => {
  /** A profile as JSON text, Maps and Sets (of any realm: `v8.deserialize` makes them in the main one) as their entries in iteration order. */
  const entries = (p: OpportunityProfile) =>
    JSON.stringify(p, (_, v: unknown) => {
      const tag = Object.prototype.toString.call(v);
      return tag === '[object Map]' ? { map: [...(v as Map<unknown, unknown>)] } : tag === '[object Set]' ? { set: [...(v as Set<unknown>)] } : v;
    });

  it('gives a restored opportunity back with the same entries in the same order, and leaves the one given alone', () => {
    const profiles = profilesOf(Array.from({ length: 120 }, (_, i) => opportunity(rng, i)));
    for (const p of profiles) {
      const copy = deserialize(serialize(p)) as OpportunityProfile;
      const before = entries(copy);
      const shared = withSharedTokens(copy);
      expect(entries(shared)).toBe(entries(p));
      expect(entries(copy)).toBe(before);
      expect(shared.text.zh.length).toBe(p.text.zh.length);
    }
  });
});
