import { INDUSTRIES, MARKETS, NEEDS } from '@fhk/contracts';
import type { AudienceCode, LocalizedText } from '@fhk/contracts';
import { NormalizedText, normalizeWithSourceMap, sourceSpan } from '../text/text-normalizer';
import { AUDIENCE_TERMS } from './data/audience-terms.data';
import { BLOCKING_TERMS } from './data/blocking-terms.data';
import { FUJIAN_CITIES, FujianCityCode } from './data/fujian-cities.data';
import { GOODS_INDUSTRY_TERMS } from './data/industry-terms-goods.data';
import { SERVICES_INDUSTRY_TERMS } from './data/industry-terms-services.data';
import { TECH_INDUSTRY_TERMS } from './data/industry-terms-tech.data';
import { MARKET_TERMS } from './data/market-terms.data';
import { NEED_TERMS } from './data/need-terms.data';
import type { ConceptKind, ConceptRef, ConceptTerms } from './concept-kind';
import { ConceptMatcher, OpenTail } from './concept-matcher';

/**
 * The bilingual term dictionary: every industry, need and market code of the contracts
 * vocabulary, the audiences, and Fujian's cities, each with Chinese and English terms.
 * The contracts' Chinese labels are terms too; the English labels are not (they contain
 * words such as "Listing (IPO)" whose stem, "list", would match any list), so each concept
 * lists its English words explicitly.
 */
export interface ConceptEntry {
  readonly concept: ConceptRef;
  /** Labels from the contracts vocabulary (cities: from fujian-cities.data); null for audiences. */
  readonly labels: LocalizedText | null;
  readonly terms: ConceptTerms;
}

/** A concept found in a text: `matched` is the text as written (e.g. 資金池, Cash-Pooling). */
export type ConceptMatch = ConceptRef & {
  readonly matched: string;
  /** Offsets of `matched` in the text passed in (UTF-16 units). */
  readonly start: number;
  readonly end: number;
  /** The dictionary term that matched, normalised (资金池, "cash pool"). */
  readonly term: string;
};

export interface FindConceptsOptions {
  /** Only these kinds (default: all). */
  readonly kinds?: readonly ConceptKind[];
}

export const INDUSTRY_TERMS = { ...GOODS_INDUSTRY_TERMS, ...TECH_INDUSTRY_TERMS, ...SERVICES_INDUSTRY_TERMS } satisfies Record<
  keyof typeof INDUSTRIES,
  ConceptTerms
>;

const withLabels = (terms: ConceptTerms, labels: LocalizedText): ConceptTerms => ({
  zh: [labels['zh-Hant'], labels['zh-Hans'], ...terms.zh],
  en: terms.en,
});

function buildEntries(): ConceptEntry[] {
  const entries: ConceptEntry[] = [];
  for (const [code, terms] of Object.entries(INDUSTRY_TERMS) as [keyof typeof INDUSTRIES, ConceptTerms][]) {
    entries.push({ concept: { kind: 'industry', code }, labels: INDUSTRIES[code], terms: withLabels(terms, INDUSTRIES[code]) });
  }
  for (const [code, terms] of Object.entries(NEED_TERMS) as [keyof typeof NEEDS, ConceptTerms][]) {
    entries.push({ concept: { kind: 'need', code }, labels: NEEDS[code], terms: withLabels(terms, NEEDS[code]) });
  }
  for (const [code, terms] of Object.entries(MARKET_TERMS) as [keyof typeof MARKETS, ConceptTerms][]) {
    entries.push({ concept: { kind: 'market', code }, labels: MARKETS[code], terms: withLabels(terms, MARKETS[code]) });
  }
  for (const [code, terms] of Object.entries(AUDIENCE_TERMS) as [AudienceCode, ConceptTerms][]) {
    entries.push({ concept: { kind: 'audience', code }, labels: null, terms });
  }
  for (const [code, city] of Object.entries(FUJIAN_CITIES) as [FujianCityCode, (typeof FUJIAN_CITIES)[FujianCityCode]][]) {
    const terms = { zh: [city.labels['zh-Hant'], city.labels['zh-Hans'], ...city.zh], en: [city.labels.en, ...city.en] };
    entries.push({ concept: { kind: 'city', code }, labels: city.labels, terms });
  }
  return entries;
}

/** Every concept with its terms (labels included), in vocabulary order. */
export const TERM_DICTIONARY: readonly ConceptEntry[] = buildEntries();

let matcher: ConceptMatcher | undefined;

function conceptMatcher(): ConceptMatcher {
  if (!matcher) {
    const built = new ConceptMatcher();
    for (const entry of TERM_DICTIONARY) {
      for (const term of [...entry.terms.zh, ...entry.terms.en]) built.addTerm(term, entry.concept);
    }
    for (const term of BLOCKING_TERMS) built.addTerm(term, null);
    matcher = built;
  }
  return matcher;
}

/** The terms of one concept (labels included), or null for an unknown code. */
export function termsOf(kind: ConceptKind, code: string): ConceptTerms | null {
  return TERM_DICTIONARY.find((e) => e.concept.kind === kind && e.concept.code === code)?.terms ?? null;
}

/**
 * Concepts named in a text, in any of the three languages, in text order. One place can
 * name several concepts (港澳: Hong Kong and Macao; 茶展: tea and exhibiting).
 */
export function findConcepts(text: string, options: FindConceptsOptions = {}): ConceptMatch[] {
  return findConceptsInNormalized(normalizeWithSourceMap(text), options);
}

/**
 * Concepts of every kind per normalised text (normalisations are shared, text-normalizer.ts): a
 * firm's field is looked up for its classification, its product and description terms and its
 * city. Weak: they go when the normalisation does. `openTail`: see ConceptMatches.
 */
const CONCEPTS = new WeakMap<NormalizedText, { all: ConceptMatch[]; openTail: OpenTail | null }>();

/** findConcepts on text normalised already (lets callers normalise once). */
export function findConceptsInNormalized(normalized: NormalizedText, options: FindConceptsOptions = {}): ConceptMatch[] {
  const { all } = conceptsOf(normalized);
  // The kinds are chosen after matching: a concept of another kind still hides the terms inside it.
  const kinds = options.kinds ? new Set(options.kinds) : null;
  return kinds ? all.filter((m) => kinds.has(m.kind)) : all.slice();
}

/**
 * Whether the concepts of texts joined with whitespace are exactly each text's own concepts, in
 * order (offsets apart): no dictionary term can run from one text into a later one. When true,
 * the joined text need not be matched again.
 */
export function conceptsStayWithin(parts: readonly NormalizedText[]): boolean {
  return !conceptMatcher().mayMatchAcross(parts, (part) => conceptsOf(part).openTail);
}

function conceptsOf(normalized: NormalizedText): { all: ConceptMatch[]; openTail: OpenTail | null } {
  let cached = CONCEPTS.get(normalized);
  if (!cached) CONCEPTS.set(normalized, (cached = conceptsIn(normalized)));
  return cached;
}

function conceptsIn(normalized: NormalizedText): { all: ConceptMatch[]; openTail: OpenTail | null } {
  const found: ConceptMatch[] = [];
  const { matches, openTail } = conceptMatcher().matchText(normalized);
  for (const raw of matches) {
    const span = sourceSpan(normalized, raw.start, raw.end);
    const matched = normalized.source.slice(span.start, span.end);
    // A literal, not a spread of the concept: the same properties in the same order, without a copy loop.
    for (const concept of raw.target.concepts) found.push({ kind: concept.kind, code: concept.code, matched, start: span.start, end: span.end, term: raw.target.term } as ConceptMatch);
  }
  return { all: found, openTail };
}

/** Whether a term of the dictionary compiles to something matchable (used by the spec). */
export function isMatchableTerm(term: string): boolean {
  return new ConceptMatcher().addTerm(term, null);
}
