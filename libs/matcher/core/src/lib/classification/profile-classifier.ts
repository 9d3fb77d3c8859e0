import { INDUSTRIES } from '@fhk/contracts';
import type { AudienceCode, IndustryCode, LocalizedText, Locale, MarketCode, NeedCode, ServesCode } from '@fhk/contracts';
import { firmServes } from '../understanding/firm-direction';
import { CLASSIFIER_NEED_WEIGHT, DEFERRED_NEED_WEIGHT, understandNeeds } from '../understanding/need-understanding';
import { FUJIAN_CITIES, FujianCityCode, FujianCityLevel, FujianPrefectureCode } from '../dictionary/data/fujian-cities.data';
import { ConceptMatch, findConcepts, findConceptsInNormalized } from '../dictionary/term-dictionary';
import { analyzeFieldsForIndex, indexFieldOf } from '../search/search-analyzer';
import { normalizeWithSourceMap } from '../text/text-normalizer';
import { detectLanguage } from '../text/language-detector';
import { ConceptScorer, WeightedConcept } from './concept-scorer';
import { SizeBand, sizeBandOf } from './enterprise-size';

/** The fields of an enterprise profile (EnterpriseInput of the contracts, or a subset). */
export interface EnterpriseProfileText {
  readonly name: string;
  readonly city: string;
  readonly industry?: string | null;
  readonly products?: string | null;
  readonly needs?: string | null;
  readonly markets?: string | null;
  readonly employees?: number | null;
  /** When the writer declared it; otherwise detected. */
  readonly language?: Locale | null;
}

export type ProfileField = 'name' | 'city' | 'industry' | 'products' | 'needs' | 'markets';

export interface CityResolution {
  readonly code: FujianCityCode;
  readonly prefecture: FujianPrefectureCode;
  readonly level: FujianCityLevel;
  readonly labels: LocalizedText;
  readonly field: ProfileField;
  readonly matched: string;
}

export interface EnterpriseClassification {
  /** The structured `industry` field's industry when it names one, else the strongest found. */
  readonly primaryIndustry: IndustryCode | null;
  readonly industries: readonly WeightedConcept<IndustryCode>[];
  readonly needs: readonly WeightedConcept<NeedCode>[];
  /** Needs the firm said it does not have ("不需要上市", "no need for a lawyer"). */
  readonly declinedNeeds: readonly NeedCode[];
  /** Needs the firm said it has met already ("已在香港註冊公司"). */
  readonly doneNeeds: readonly NeedCode[];
  /** Clauses of its needs in which nothing was understood, as written. */
  readonly notUnderstood: readonly string[];
  /** Whom, of the parties opportunities serve, the firm is (always a Fujian firm going out). */
  readonly serves: readonly ServesCode[];
  readonly markets: readonly WeightedConcept<MarketCode>[];
  readonly city: CityResolution | null;
  readonly sizeBand: SizeBand | null;
  readonly language: Locale;
  readonly languageSource: 'declared' | 'detected';
  /** Index tokens of all the text fields: `analyzeForIndex(enterpriseIndexText(profile))`, split (the search document's terms). */
  readonly tokens: readonly string[];
}

export interface OpportunityClassification {
  readonly industries: readonly WeightedConcept<IndustryCode>[];
  readonly needs: readonly WeightedConcept<NeedCode>[];
  readonly markets: readonly WeightedConcept<MarketCode>[];
  readonly audiences: readonly WeightedConcept<AudienceCode>[];
  readonly cities: readonly WeightedConcept<FujianCityCode>[];
  readonly language: Locale;
  readonly tokens: readonly string[];
}

/**
 * Where each kind of concept is read, and how much a mention there counts. Industries come
 * from what the firm is and makes; needs only from what it says it needs (a firm whose products
 * are "patented" does not need patents; one that needs a lawyer is not a law firm); markets
 * mostly from its markets, less from its needs ("expand into ASEAN") and products ("exported to
 * Europe").
 */
const INDUSTRY_FIELDS: Partial<Record<ProfileField, number>> = { industry: 3, products: 2, name: 1.5 };
const NEED_FIELDS: Partial<Record<ProfileField, number>> = { needs: 1 };
const MARKET_FIELDS: Partial<Record<ProfileField, number>> = { markets: 1, needs: 0.6, products: 0.3 };
const CITY_FIELDS: readonly ProfileField[] = ['city', 'name', 'products', 'needs'];
/** Structured fields first, so evidence lists them first. */
const TEXT_FIELDS: readonly ProfileField[] = ['industry', 'products', 'needs', 'markets', 'name', 'city'];
const LEVEL_SPECIFICITY: Record<FujianCityLevel, number> = { district: 3, county: 3, zone: 2, prefecture: 1 };

/** Evidence field of a need the classifier read from a whole clause (rather than a dictionary term). */
export const UNDERSTOOD_FIELD = 'needs:understood';
/** Appended to the evidence field of a need said of later (each field weighs on its own). */
const DEFERRED_SUFFIX = ':later';
/**
 * A need the firm names in the dictionary's words, and not for later, weighs at least this share
 * of its strongest: repeating one need ("仲裁……仲裁", "arbitration … the arbitral award") must not
 * turn the others into needs mentioned in passing. Chosen by 5-fold cross-validation on the
 * tuning split over 0.5–1 (ADR 0011, fourth round).
 */
export const EXPLICIT_NEED_FLOOR = 0.6;

/** Raises the weights of the needs in `explicit` to EXPLICIT_NEED_FLOOR, keeping strongest first. */
function withExplicitFloor(needs: readonly WeightedConcept<NeedCode>[], explicit: ReadonlySet<NeedCode>): WeightedConcept<NeedCode>[] {
  return needs
    .map((n, i) => ({ n: explicit.has(n.code) && n.weight < EXPLICIT_NEED_FLOOR ? { ...n, weight: EXPLICIT_NEED_FLOOR } : n, i }))
    .sort((a, b) => b.n.weight - a.n.weight || a.i - b.i)
    .map(({ n }) => n);
}

const evidenceOf = (field: string, m: ConceptMatch) => ({ field, matched: m.matched, start: m.start, end: m.end });

export function classifyEnterprise(profile: EnterpriseProfileText): EnterpriseClassification {
  const texts: Record<ProfileField, string> = {
    name: profile.name ?? '',
    city: profile.city ?? '',
    industry: profile.industry ?? '',
    products: profile.products ?? '',
    needs: profile.needs ?? '',
    markets: profile.markets ?? '',
  };
  const matches = Object.fromEntries(TEXT_FIELDS.map((f) => [f, texts[f] ? findConcepts(texts[f]) : []])) as Record<ProfileField, ConceptMatch[]>;

  const industries = new ConceptScorer<IndustryCode>();
  const needs = new ConceptScorer<NeedCode>();
  const markets = new ConceptScorer<MarketCode>();
  const understoodNeeds = understandNeeds(texts.needs, matches.needs);
  for (const m of understoodNeeds.wanted) {
    const weight = (NEED_FIELDS.needs ?? 1) * (m.explicit ? 1 : CLASSIFIER_NEED_WEIGHT) * (m.deferred ? DEFERRED_NEED_WEIGHT : 1);
    const field = `${m.source === 'classifier' ? UNDERSTOOD_FIELD : 'needs'}${m.deferred ? DEFERRED_SUFFIX : ''}`;
    needs.add(m.code, weight, { field, matched: m.matched, start: m.start, end: m.end });
  }
  const audiences = new Set<AudienceCode>();
  for (const field of TEXT_FIELDS) {
    for (const m of matches[field]) {
      if (m.kind === 'audience') audiences.add(m.code);
      if (m.kind === 'need') continue; // read clause by clause above, with negation
      const weight = m.kind === 'industry' ? INDUSTRY_FIELDS[field] : m.kind === 'market' ? MARKET_FIELDS[field] : undefined;
      if (weight === undefined) continue;
      if (m.kind === 'industry') industries.add(m.code, weight, evidenceOf(field, m));
      else if (m.kind === 'market') markets.add(m.code, weight, evidenceOf(field, m));
    }
  }
  const declared = declaredIndustry(texts.industry, matches.industry);
  if (declared && !industries.has(declared)) industries.add(declared, INDUSTRY_FIELDS.industry ?? 1, { field: 'industry', matched: texts.industry.trim(), start: 0, end: texts.industry.length });
  const industryList = industries.result(declared);

  const allText = TEXT_FIELDS.map((f) => texts[f]).filter(Boolean).join('\n');
  const explicit = new Set(understoodNeeds.wanted.filter((m) => m.explicit && !m.deferred).map((m) => m.code));
  const needList = withExplicitFloor(needs.result(), explicit);
  return {
    primaryIndustry: industryList[0]?.code ?? null,
    industries: industryList,
    needs: needList,
    declinedNeeds: understoodNeeds.declined,
    doneNeeds: understoodNeeds.done,
    notUnderstood: understoodNeeds.notUnderstood,
    serves: firmServes(industryList.map((i) => i.code), needList.map((n) => n.code), [...audiences]),
    markets: markets.result(),
    city: resolveCity((field) => matches[field]),
    sizeBand: sizeBandOf(profile.employees),
    language: profile.language ?? detectLanguage(allText),
    languageSource: profile.language ? 'declared' : 'detected',
    tokens: splitTokens(analyzeFieldsForIndex(enterpriseIndexFields(profile))),
  };
}

/**
 * The text a firm is indexed by: every field, one a line, in this order, empty ones as empty lines.
 * Analysed as `analyzeFieldsForIndex(enterpriseIndexFields(profile))`, which equals
 * `analyzeForIndex(enterpriseIndexText(profile))` and reuses the analyses of the fields the
 * classification makes anyway (the search document and the classification's tokens both ask).
 */
export function enterpriseIndexText(profile: EnterpriseProfileText): string {
  return enterpriseIndexFields(profile).join('\n');
}

/** The fields of enterpriseIndexText, in its order. */
export function enterpriseIndexFields(profile: EnterpriseProfileText): (string | null | undefined)[] {
  return [profile.name, profile.city, profile.industry, profile.products, profile.needs, profile.markets];
}

/** The industry the structured field names: a vocabulary code, or the first industry term in it. */
function declaredIndustry(field: string, found: readonly ConceptMatch[]): IndustryCode | null {
  const code = field.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(INDUSTRIES, code)) return code as IndustryCode;
  for (const m of found) if (m.kind === 'industry') return m.code;
  return null;
}

/**
 * The firm's place exactly as `classifyEnterprise` resolves it, reading only the fields it needs, in
 * order, until one names a place (usually the city field alone): the search index's city facet.
 */
export function enterpriseCity(profile: EnterpriseProfileText): CityResolution | null {
  return resolveCity((field) => {
    const text = profile[field] ?? '';
    return text ? findConcepts(text) : [];
  });
}

/** The most specific Fujian place in the first field (city, then name, products, needs) naming one. */
function resolveCity(matchesOf: (field: ProfileField) => readonly ConceptMatch[]): CityResolution | null {
  for (const field of CITY_FIELDS) {
    let best: CityResolution | null = null;
    for (const m of matchesOf(field)) {
      if (m.kind !== 'city') continue;
      const city = FUJIAN_CITIES[m.code];
      if (!best || LEVEL_SPECIFICITY[city.level] > LEVEL_SPECIFICITY[best.level]) {
        best = { code: m.code, prefecture: city.prefecture, level: city.level, labels: city.labels, field, matched: m.matched };
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * Concepts in a catalogue or calendar text (name, summary, measure text...), weighted by how
 * often they occur. Several texts (e.g. the three languages) may be passed; evidence offsets
 * then refer to the texts joined with newlines.
 */
export function classifyOpportunityText(text: string | readonly string[]): OpportunityClassification {
  const joined = typeof text === 'string' ? text : text.join('\n');
  const industries = new ConceptScorer<IndustryCode>();
  const needs = new ConceptScorer<NeedCode>();
  const markets = new ConceptScorer<MarketCode>();
  const audiences = new ConceptScorer<AudienceCode>();
  const cities = new ConceptScorer<FujianCityCode>();
  const normalized = normalizeWithSourceMap(joined);
  const concepts = findConceptsInNormalized(normalized);
  for (const m of concepts) {
    const evidence = evidenceOf('text', m);
    if (m.kind === 'industry') industries.add(m.code, 1, evidence);
    else if (m.kind === 'need') needs.add(m.code, 1, evidence);
    else if (m.kind === 'market') markets.add(m.code, 1, evidence);
    else if (m.kind === 'audience') audiences.add(m.code, 1, evidence);
    else cities.add(m.code, 1, evidence);
  }
  return {
    industries: industries.result(),
    needs: needs.result(),
    markets: markets.result(),
    audiences: audiences.result(),
    cities: cities.result(),
    language: detectLanguage(joined),
    tokens: splitTokens(indexFieldOf(normalized, concepts)),
  };
}

function splitTokens(field: string): string[] {
  return field ? field.split(' ') : [];
}
