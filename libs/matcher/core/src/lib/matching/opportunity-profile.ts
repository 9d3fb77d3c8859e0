import type { AudienceCode, CalendarEvent, CatalogueItem, IndustryCode, LocalizedText, MarketCode, NeedCode, PreconditionCode, ServesCode } from '@fhk/contracts';
import { classifyOpportunityText } from '../classification/profile-classifier';
import { FUJIAN_CITIES, FujianCityCode } from '../dictionary/data/fujian-cities.data';
import { analyzeText } from '../text/text-analyzer';
import { StringInterner } from './analysis-interner';
import { CompactMap, CompactSet } from './compact-collections';
import { OpportunityProfile, OpportunityType } from './match-types';

/**
 * One copy of each token string for every opportunity kept (bounded, `StringInterner`): a profile
 * holds its words in four collections (tokens, Chinese and English counts, title tokens), each from
 * its own analysis, and 10^4 opportunities share most of their words.
 */
const TOKENS = new StringInterner();
const token = (text: string) => TOKENS.string(text);

const texts = (t: LocalizedText | null | undefined): string[] => (t ? [t['zh-Hant'], t['zh-Hans'], t.en] : []);

/** The opportunity's own words: names, summaries and the texts specific to its kind. */
function describingTexts(entity: CatalogueItem | CalendarEvent): string[] {
  const parts = [...texts(entity.name), ...texts(entity.summary)];
  switch (entity.kind) {
    case 'measure':
      return [...parts, ...texts(entity.text)];
    case 'programme':
      return [...parts, ...entity.organisers.flatMap(texts)];
    case 'service-provider':
      return [...parts, ...texts(entity.offers)];
    case 'calendar-event':
      return [...parts, ...texts(entity.organiser), ...texts(entity.city), ...texts(entity.venue)];
    default:
      return parts;
  }
}

/**
 * Curated tags count fully (the first industry tag is the item's main one, later tags a little
 * less); concepts found only in the text count half.
 */
function weighted<C extends string>(tagged: readonly string[], found: ReadonlyArray<{ code: C; weight: number }>, secondary = 1): CompactMap<C, number> {
  const out = new Map<C, number>();
  for (const { code, weight } of found) if (weight >= 0.5) out.set(code, 0.5);
  tagged.forEach((code, i) => out.set(code as C, i === 0 ? 1 : secondary));
  return CompactMap.of(out);
}

/** An item's later need tags count this much of its first (main) one. */
const SECONDARY_NEED = 0.7;

/**
 * Null for areas: they are browsed, not matched. Its sets and maps are `CompactSet` / `CompactMap`
 * (the same entries in the same order as the `Set`s and `Map`s they replace, a tenth of the memory:
 * 10^4 opportunities are kept), their token strings shared with the other opportunities'.
 */
export function toOpportunityProfile(entity: CatalogueItem | CalendarEvent): OpportunityProfile | null {
  if (entity.kind === 'area') return null;
  const type: OpportunityType = entity.kind === 'calendar-event' ? 'event' : entity.kind;
  const words = describingTexts(entity);
  const found = classifyOpportunityText(words);
  const tokens = CompactSet.of(analyzeText(words.join('\n')).tokens.filter((t) => t.kind !== 'cjk-char').map((t) => t.text), token);
  const textOf = (parts: string[]) => {
    const analysed = analyzeText(parts.join('\n')).tokens.filter((t) => t.kind !== 'cjk-char');
    const counts = new Map<string, number>();
    for (const t of analysed) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    return { counts: CompactMap.of(counts, token), length: analysed.length };
  };
  // texts() lists zh-Hant, zh-Hans, en for each field: every third entry is one language.
  const zhHans = words.filter((_, i) => i % 3 === 1);
  const english = words.filter((_, i) => i % 3 === 2);
  const event = entity.kind === 'calendar-event' ? entity : null;
  const cities = new Set<FujianCityCode>(found.cities.map((c) => c.code));
  if (event) for (const c of classifyOpportunityText(texts(event.city)).cities) cities.add(c.code);
  return {
    type,
    id: entity.id,
    title: entity.name,
    industries: weighted<IndustryCode>(entity.tags.industries, found.industries, 0.8),
    titleIndustries: CompactSet.of(classifyOpportunityText(texts(entity.name)).industries.map((i) => i.code)),
    titleTokens: CompactSet.of(analyzeText(texts(entity.name).join('\n')).tokens.map((t) => t.text), token),
    needs: weighted<NeedCode>(entity.tags.needs, found.needs, SECONDARY_NEED),
    mainNeed: (entity.tags.needs[0] as NeedCode | undefined) ?? null,
    informsOnly: entity.kind === 'service-provider' && entity.role === 'informs',
    markets: CompactSet.of(entity.tags.markets as MarketCode[]),
    audiences: CompactSet.of(entity.tags.audiences as AudienceCode[]),
    serves: CompactSet.of((entity.tags.serves ?? []) as ServesCode[]),
    requires: (entity.requires ?? []) as PreconditionCode[],
    cities: CompactSet.of(cities),
    cityLabel: event ? event.city : cities.size === 1 ? FUJIAN_CITIES[[...cities][0]].labels : null,
    tokens,
    text: { zh: textOf(zhHans), en: textOf(english) },
    measures: entity.measures,
    sample: entity.sample,
    tentative: entity.tentative,
    edition: event
      ? {
          startDate: event.nextEdition?.startDate ?? null,
          endDate: event.nextEdition?.endDate ?? null,
          deadline: event.nextEdition?.applicationDeadline ?? null,
          confirmed: event.nextEdition?.dateStatus === 'confirmed',
          usualMonth: event.recurrence.usualMonth,
        }
      : null,
  };
}

/**
 * A profile `v8.deserialize` gave back (its `CompactSet`s and `CompactMap`s as plain data) as
 * `toOpportunityProfile` makes them: compact collections again, token strings shared with the other
 * opportunities' (a restored profile's strings are its own). Same entries in the same order; `p`
 * itself is not changed.
 */
export function withSharedTokens(p: OpportunityProfile): OpportunityProfile {
  const set = CompactSet.revive;
  const map = CompactMap.revive;
  return {
    ...p,
    industries: map(p.industries),
    titleIndustries: set(p.titleIndustries),
    titleTokens: set(p.titleTokens, token),
    needs: map(p.needs),
    markets: set(p.markets),
    audiences: set(p.audiences),
    serves: set(p.serves),
    cities: set(p.cities),
    tokens: set(p.tokens, token),
    text: { zh: { ...p.text.zh, counts: map(p.text.zh.counts, token) }, en: { ...p.text.en, counts: map(p.text.en.counts, token) } },
  };
}
