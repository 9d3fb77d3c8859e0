import {
  AudienceCode,
  CalendarEventInput,
  CatalogueItemInput,
  EnterpriseInput,
  INDUSTRIES,
  IndustryCode,
  Locale,
  LocalizedText,
  MARKETS,
  MarketCode,
  NEEDS,
  NeedCode,
} from '@fhk/contracts';
import { mulberry32 } from '@fhk/shared/util';
import { FUJIAN_CITIES } from '@fhk/matcher/core';
import {
  INDUSTRY_WEIGHTS,
  OPPORTUNITY_WORDS,
  PREFECTURE_WEIGHTS,
  PRODUCTS_BY_INDUSTRY,
  PROGRAMME_CATEGORIES,
  SERVICE_CATEGORY_BY_NEED,
  TEMPLATES,
  TRADE_NAMES,
} from './synthetic-vocabulary.data';

/**
 * Deterministic synthetic data for the benchmark: record `i` of a stream depends only on the seed,
 * the stream and `i`, so 10^5 profiles never sit in memory at once and any record can be rebuilt.
 * Everything is labelled: firm names "[SAMPLE]"; opportunities `sample: true`, a "SAMPLE:" note and
 * "(FICTITIOUS)"/"（虛構）" in their names, organisers and summaries (words no firm label shares, so
 * the labels themselves never make a firm match an opportunity).
 */

/** Floats in [0, 1) from a seeded PRNG (mulberry32), one stream per (seed, stream, index). */
export type Random = () => number;
export function randomFor(seed: number, stream: string, index: number): Random {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const c of `${stream}:${index}`) h = Math.imul(h ^ c.charCodeAt(0), 0x85ebca6b) >>> 0;
  return mulberry32((h ^ (h >>> 13)) >>> 0);
}

const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Random, p: number) => rng() < p;
const between = (rng: Random, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function weighted<T>(rng: Random, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}
function distinct<T>(rng: Random, count: number, draw: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 5; tries++) out.add(draw());
  return [...out];
}
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));

// ---------------------------------------------------------------------------------------------
// Noise: what real profiles look like.

/** One typo in a Latin word: a swap, a dropped or a doubled letter. */
export function typo(rng: Random, word: string): string {
  if (!/^[A-Za-z]{4,}$/.test(word)) return word;
  const i = between(rng, 1, word.length - 2);
  const kind = between(rng, 0, 2);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}
const withTypos = (rng: Random, text: string, rate: number) => text.replace(/[A-Za-z]{4,}/g, (w) => (chance(rng, rate) ? typo(rng, w) : w));
/** ASCII letters and digits as full-width forms (ＬＥＤ), as some Chinese keyboards type them. */
const fullWidth = (text: string) => text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const SEPARATORS = ['、', '，', ' ', ' / ', ';', ',  '];

// ---------------------------------------------------------------------------------------------
// Places, industries, products.

const CITIES = Object.values(FUJIAN_CITIES);
const pickIndustry = (rng: Random): IndustryCode => weighted(rng, INDUSTRY_WEIGHTS);
const productsOf = (industry: IndustryCode): LocalizedText[] => PRODUCTS_BY_INDUSTRY[industry] ?? [INDUSTRIES[industry]];
const NEED_CODES_LIST = Object.keys(NEEDS) as NeedCode[];
const MARKET_CODES_LIST = Object.keys(MARKETS) as MarketCode[];
const ENTERPRISE_NEEDS: Array<[NeedCode, number]> = NEED_CODES_LIST.map((n) => [
  n,
  ['exhibit-find-buyers', 'company-registration', 'brand-building', 'trademark-patent', 'investment-financing', 'overseas-expansion'].includes(n) ? 6 : 1,
]);
const ENTERPRISE_MARKETS: Array<[MarketCode, number]> = MARKET_CODES_LIST.map((m) => [m, m === 'hong-kong' ? 8 : m === 'asean' || m === 'global' ? 4 : 2]);

function pickCity(rng: Random, language: Locale): string {
  const prefecture = weighted(rng, PREFECTURE_WEIGHTS);
  const candidates = CITIES.filter((c) => c.prefecture === prefecture);
  const city = chance(rng, 0.5) ? (candidates.find((c) => c.level === 'prefecture') ?? candidates[0]) : pick(rng, candidates);
  const label = city.labels[language];
  if (language === 'en') return chance(rng, 0.3) ? `${label}, Fujian` : chance(rng, 0.1) ? label.toLowerCase() : label;
  if (chance(rng, 0.2) && city.zh.length) return pick(rng, city.zh);
  return chance(rng, 0.15) ? `福建${label}` : label;
}

/** The language of each field: mostly the profile's, sometimes the other Chinese script (mixed scripts). */
function fieldLanguage(rng: Random, language: Locale): Locale {
  if (language === 'en') return chance(rng, 0.05) ? 'zh-Hans' : 'en';
  if (chance(rng, 0.12)) return language === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  return chance(rng, 0.05) ? 'en' : language;
}

// ---------------------------------------------------------------------------------------------
// Enterprises.

export interface SyntheticEnterprise extends Omit<EnterpriseInput, 'language' | 'industry' | 'products' | 'needs' | 'markets' | 'employees' | 'outreachConsent' | 'contact'> {
  industry?: string;
  products?: string;
  needs?: string;
  markets?: string;
  employees?: number | null;
  language?: Locale | null;
  outreachConsent?: boolean;
}

/** Enterprise `i` of a stream ("firm" for stored profiles, "query" for ad-hoc match requests). */
export function syntheticEnterprise(seed: number, i: number, stream = 'firm'): SyntheticEnterprise {
  const rng = randomFor(seed, stream, i);
  const language = weighted<Locale>(rng, [
    ['zh-Hans', 5],
    ['zh-Hant', 3],
    ['en', 2],
  ]);
  const industry = pickIndustry(rng);
  const second = chance(rng, 0.25) ? pickIndustry(rng) : null;
  const trade = pick(rng, TRADE_NAMES);
  const city = pickCity(rng, language);
  const industryLabel = INDUSTRIES[industry][language];
  const name =
    language === 'en'
      ? `[SAMPLE] ${city.split(',')[0]} ${trade.en} ${industryLabel} ${TEMPLATES.legalForm.en}`
      : `[SAMPLE] ${city}${trade[language]}${industryLabel.split('及')[0]}${TEMPLATES.legalForm[language]}`;
  const profile: SyntheticEnterprise = { name: `${name} ${i}`, city };

  // Terse profiles: a name and a city, perhaps one product word.
  if (chance(rng, 0.15)) {
    if (chance(rng, 0.5)) profile.products = pick(rng, productsOf(industry))[fieldLanguage(rng, language)];
    return profile;
  }

  const productLanguage = fieldLanguage(rng, language);
  const products = distinct(rng, between(rng, 1, 3), () => pick(rng, productsOf(industry))[productLanguage]);
  if (second) products.push(pick(rng, productsOf(second))[productLanguage]);
  const markets = distinct(rng, between(rng, 0, 3), () => weighted(rng, ENTERPRISE_MARKETS)).map((m) => MARKETS[m][fieldLanguage(rng, language)]);
  const marketText = markets.join(pick(rng, SEPARATORS)) || MARKETS.global[productLanguage];
  let productText = fill(pick(rng, TEMPLATES.products[productLanguage]), { p: products.join(pick(rng, SEPARATORS)), m: marketText });
  // Long profiles: company history pasted from a brochure.
  if (chance(rng, 0.08)) {
    const sentences = Array.from({ length: between(rng, 10, 60) }, () =>
      fill(pick(rng, TEMPLATES.history[productLanguage]), { y: between(rng, 1985, 2022), k: between(rng, 2, 30) }),
    );
    productText = `${productText} ${sentences.join(productLanguage === 'en' ? ' ' : '')}`.slice(0, 4800);
  }
  const needLanguage = fieldLanguage(rng, language);
  const needs = distinct(rng, between(rng, 1, 3), () => weighted(rng, ENTERPRISE_NEEDS)).map((n) => {
    const label = NEEDS[n][needLanguage];
    return fill(pick(rng, TEMPLATES.needs[needLanguage]), { n: needLanguage === 'en' ? label.toLowerCase() : label });
  });

  profile.industry = chance(rng, 0.6) ? INDUSTRIES[industry][fieldLanguage(rng, language)] : chance(rng, 0.5) ? '' : products[0];
  profile.products = productText;
  profile.needs = needs.join(pick(rng, SEPARATORS));
  profile.markets = marketText;
  profile.employees = chance(rng, 0.1) ? null : Math.max(1, Math.round(Math.exp(1.5 + rng() * 6.5)));
  profile.outreachConsent = chance(rng, 0.7);
  if (chance(rng, 0.3)) profile.language = language;

  // Noise: typos in English, full-width Latin in Chinese, shouting, stray spaces.
  for (const field of ['products', 'needs', 'industry'] as const) {
    let value = profile[field] ?? '';
    if (/[A-Za-z]/.test(value)) value = withTypos(rng, value, 0.06);
    if (language !== 'en' && chance(rng, 0.05)) value = fullWidth(value);
    if (language === 'en' && chance(rng, 0.04)) value = value.toUpperCase();
    if (chance(rng, 0.1)) value = `  ${value.replace(/ /g, '  ')} `;
    profile[field] = value;
  }
  return profile;
}

/** The body of an ad-hoc `POST /api/match` request built from query profile `i`. */
export function syntheticMatchRequest(seed: number, i: number): Record<string, unknown> {
  const { outreachConsent: _consent, ...profile } = syntheticEnterprise(seed, i, 'query');
  return profile;
}

/** The whole text of a profile, as one string (what a plain search-engine query would be sent). */
export const profileText = (p: SyntheticEnterprise) => [p.name, p.city, p.industry, p.products, p.needs, p.markets].filter(Boolean).join(' ');

/** A search box query: one or two words a user would type, in any of the three languages, sometimes misspelt. */
export function syntheticSearchQuery(seed: number, i: number): string {
  const rng = randomFor(seed, 'search', i);
  const language = pick(rng, ['zh-Hant', 'zh-Hans', 'en'] as const);
  const kind = between(rng, 0, 2);
  if (kind === 0) return pick(rng, productsOf(pickIndustry(rng)))[language].split(' ')[0];
  if (kind === 1) return NEEDS[weighted(rng, ENTERPRISE_NEEDS)][language];
  const word = INDUSTRIES[pickIndustry(rng)][language];
  return language === 'en' && chance(rng, 0.2) ? typo(rng, word) : word;
}

// ---------------------------------------------------------------------------------------------
// Opportunities: events, programmes, service providers (all SAMPLE).

export type SyntheticOpportunity =
  | { service: 'event-calendar'; type: 'event'; input: CalendarEventInput }
  | { service: 'measure-catalogue'; type: 'programme' | 'service-provider'; input: CatalogueItemInput };

const localized = (f: (l: Locale) => string): LocalizedText => ({ 'zh-Hant': f('zh-Hant'), 'zh-Hans': f('zh-Hans'), en: f('en') });
const pad = (n: number) => String(n).padStart(2, '0');
export const SAMPLE_ORGANISER: LocalizedText = { 'zh-Hant': '虛構主辦機構', 'zh-Hans': '虚构主办机构', en: 'Fictitious organiser' };

/** Opportunity `i`: 40 % events, 30 % programmes, 30 % service providers, interleaved. */
export function syntheticOpportunity(seed: number, i: number): SyntheticOpportunity {
  const rng = randomFor(seed, 'opportunity', i);
  const slot = i % 10;
  const kind = slot < 4 ? 'event' : slot < 7 ? 'programme' : 'service-provider';
  const industries = distinct(rng, between(rng, 1, 3), () => pickIndustry(rng));
  const needs = distinct(rng, between(rng, 1, 3), () => weighted(rng, ENTERPRISE_NEEDS));
  const markets = distinct<MarketCode>(rng, between(rng, 1, 2), () => weighted(rng, ENTERPRISE_MARKETS));
  const audiences = distinct<AudienceCode>(rng, between(rng, 1, 2), () => pick(rng, ['exhibitors', 'buyers', 'enterprises', 'investors', 'startups'] as AudienceCode[]));
  const products = industries.map((code) => pick(rng, productsOf(code)));
  const number = String(i).padStart(6, '0');
  const id = `sample-bench-${kind}-${number}`;
  const word = kind === 'event' ? pick(rng, [OPPORTUNITY_WORDS.expo, OPPORTUNITY_WORDS.fair, OPPORTUNITY_WORDS.summit]) : kind === 'programme' ? OPPORTUNITY_WORDS.programme : OPPORTUNITY_WORDS.provider;
  const industryWords = (l: Locale) => industries.map((c) => INDUSTRIES[c][l]).join(l === 'en' ? ', ' : '、');
  const name = localized((l) => `${OPPORTUNITY_WORDS.sample[l]} ${l === 'en' ? `${industryWords(l)} ${word.en}` : `${industryWords(l)}${word[l]}`} #${number}`);
  const summary = localized((l) => {
    const p = products.map((x) => x[l]).join(l === 'en' ? ', ' : '、');
    const n = needs.map((x) => NEEDS[x][l]).join(l === 'en' ? ', ' : '、');
    const m = markets.map((x) => MARKETS[x][l]).join(l === 'en' ? ', ' : '、');
    if (l === 'en') return `Fictitious record for benchmarks. For ${industryWords(l).toLowerCase()} firms: ${p}. Helps with ${n.toLowerCase()}; markets: ${m}.`;
    return l === 'zh-Hant' ? `性能基準用的虛構記錄。面向${industryWords(l)}企業：${p}。協助${n}；市場：${m}。` : `性能基准用的虚构记录。面向${industryWords(l)}企业：${p}。协助${n}；市场：${m}。`;
  });
  const common = {
    id,
    slug: id,
    name,
    summary,
    tags: { industries, needs, markets, audiences, serves: ['fujian-going-out'] },
    measures: [],
    officialUrl: null,
    sample: true,
    tentative: true,
    notes: `SAMPLE: synthetic ${kind} generated by tools/bench (seed ${seed}, #${i}) to measure performance; not a real ${kind}.`,
    requires: [],
  };
  if (kind === 'event') {
    const month = between(rng, 1, 12);
    const day = between(rng, 1, 25);
    const input: CalendarEventInput = {
      ...common,
      kind: 'calendar-event',
      eventType: word === OPPORTUNITY_WORDS.summit ? 'summit' : word === OPPORTUNITY_WORDS.fair ? 'fair' : 'expo',
      organiser: SAMPLE_ORGANISER,
      city: MARKETS['hong-kong'],
      venue: null,
      recurrence: { frequency: 'annual', usualMonth: month },
      nextEdition: {
        startDate: `2027-${pad(month)}-${pad(day)}`,
        endDate: `2027-${pad(month)}-${pad(day + 3)}`,
        applicationDeadline: chance(rng, 0.5) ? `2027-${pad(Math.max(1, month - 2))}-${pad(day)}` : null,
        dateStatus: 'tentative',
      },
    };
    return { service: 'event-calendar', type: 'event', input };
  }
  if (kind === 'programme') {
    return { service: 'measure-catalogue', type: 'programme', input: { ...common, kind: 'programme', category: pick(rng, PROGRAMME_CATEGORIES), organisers: [SAMPLE_ORGANISER] } };
  }
  const serviceCategories = [...new Set(needs.map((n) => SERVICE_CATEGORY_BY_NEED[n]).filter(Boolean))];
  const offers = localized((l) => needs.map((x) => NEEDS[x][l]).join(l === 'en' ? ', ' : '、'));
  return {
    service: 'measure-catalogue',
    type: 'service-provider',
    input: { ...common, kind: 'service-provider', providerType: 'sample-firm', serviceCategories, offers },
  };
}
