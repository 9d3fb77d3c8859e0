import {
  AUDIENCES,
  CalendarEvent,
  CatalogueItem,
  Enterprise,
  INDUSTRIES,
  LocalizedText,
  MARKETS,
  NEEDS,
  Tags,
} from '@fhk/contracts';
import { analyzeFieldsForIndex, analyzeForIndex, enterpriseCity, enterpriseIndexFields, FUJIAN_CITIES, findConcepts } from '@fhk/matcher/core';
import { SearchDocument, SearchIndexSpec } from '@fhk/platform/search';
import { OpportunityType, opportunityTypeOf } from '../read-model/read-model.collections';

export const SEARCH_INDEX: SearchIndexSpec = {
  name: 'matcher-search',
  searchableFields: ['terms'],
  filterableFields: ['type', 'industries', 'needs', 'markets', 'audiences', 'measures', 'areas', 'months', 'cities', 'sample'],
};

export type SearchDocumentType = OpportunityType | 'enterprise';

/** Search document ids: Meilisearch allows only [A-Za-z0-9_-], and slugs never contain `__`. */
export const searchDocumentId = (type: SearchDocumentType, entityId: string): string => `${type}__${entityId}`;

/** What the index holds per document: display titles in three languages, analysed terms, facets. */
export interface MatcherSearchDocument extends SearchDocument {
  id: string;
  type: SearchDocumentType;
  entityId: string;
  title: LocalizedText;
  terms: string;
  industries: string[];
  needs: string[];
  markets: string[];
  audiences: string[];
  measures: number[];
  areas: number[];
  months: number[];
  /** Where it takes place or is based: a Fujian prefecture code, or hong-kong. */
  cities: string[];
  sample: boolean;
}

/** City codes named in texts: Fujian prefectures from the dictionary, and Hong Kong. */
export function cityCodesOf(parts: string[]): string[] {
  const codes = new Set<string>();
  for (const text of parts) {
    for (const c of findConcepts(text, { kinds: ['city'] })) codes.add(FUJIAN_CITIES[c.code as keyof typeof FUJIAN_CITIES].prefecture);
    if (/hong kong|香港/i.test(text)) codes.add('hong-kong');
  }
  return [...codes];
}

const texts = (t: LocalizedText | null | undefined): string[] => (t ? [t['zh-Hant'], t['zh-Hans'], t.en] : []);

/** Tag labels in all three languages, so a tag written in one language is found from the others. */
function tagTexts(tags: Tags): string[] {
  const label = (table: Record<string, LocalizedText>, codes: string[]) => codes.flatMap((c) => texts(table[c]));
  return [
    ...label(INDUSTRIES, tags.industries),
    ...label(NEEDS, tags.needs),
    ...label(MARKETS, tags.markets),
    ...label(AUDIENCES, tags.audiences),
  ];
}

function eventMonths(event: CalendarEvent): number[] {
  const months = new Set<number>();
  if (event.recurrence.usualMonth) months.add(event.recurrence.usualMonth);
  if (event.nextEdition?.startDate) months.add(Number(event.nextEdition.startDate.slice(5, 7)));
  return [...months];
}

export function opportunitySearchDocument(entity: CatalogueItem | CalendarEvent): MatcherSearchDocument {
  const type = opportunityTypeOf(entity);
  const parts = [...texts(entity.name), ...texts(entity.summary), ...tagTexts(entity.tags)];
  let areas: number[] = [];
  let months: number[] = [];
  let cities: string[] = [];
  switch (entity.kind) {
    case 'measure':
      parts.push(...texts(entity.text), ...entity.parties.flatMap(texts));
      areas = [entity.areaNumber];
      break;
    case 'area':
      areas = [entity.number];
      break;
    case 'programme':
      parts.push(...entity.organisers.flatMap(texts));
      break;
    case 'service-provider':
      parts.push(...texts(entity.offers));
      cities = ['hong-kong'];
      break;
    case 'calendar-event':
      parts.push(...texts(entity.organiser), ...texts(entity.city), ...texts(entity.venue));
      months = eventMonths(entity);
      cities = cityCodesOf(texts(entity.city));
      break;
  }
  return {
    id: searchDocumentId(type, entity.id),
    type,
    entityId: entity.id,
    title: entity.name,
    terms: analyzeForIndex(parts.join('\n')),
    industries: entity.tags.industries,
    needs: entity.tags.needs,
    markets: entity.tags.markets,
    audiences: entity.tags.audiences,
    measures: entity.measures,
    areas,
    months,
    cities,
    sample: entity.sample,
  };
}

export function enterpriseSearchDocument(enterprise: Enterprise): MatcherSearchDocument {
  // The place as the classifier resolves it, without classifying the whole profile (most of the cost).
  const city = enterpriseCity(enterprise);
  return {
    id: searchDocumentId('enterprise', enterprise.id),
    type: 'enterprise',
    entityId: enterprise.id,
    title: { 'zh-Hant': enterprise.name, 'zh-Hans': enterprise.name, en: enterprise.name },
    terms: analyzeFieldsForIndex(enterpriseIndexFields(enterprise)),
    industries: [],
    needs: [],
    markets: [],
    audiences: [],
    measures: [],
    areas: [],
    months: [],
    cities: city ? [city.prefecture] : [],
    sample: false,
  };
}
