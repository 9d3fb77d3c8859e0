/**
 * Fixtures for the search port contract: fairs, programmes and services as the matcher indexes
 * them, with pre-analysed token fields (CJK already encoded as `x` + code points).
 */
import { SearchDocument, SearchEngine, SearchIndexSpec, SearchResult } from './search-engine.port';

export interface OpportunityDocument extends SearchDocument {
  kind: 'fair' | 'programme' | 'service';
  title: string;
  terms: string;
  city: string;
  sectors: string[];
  year: number;
  online: boolean;
  organiser: string;
}

export const specFor = (name: string, extraFilterable: string[] = []): SearchIndexSpec => ({
  name,
  searchableFields: ['title', 'terms'],
  filterableFields: ['kind', 'city', 'sectors', 'year', 'online', 'organiser', ...extraFilterable],
  sortableFields: ['year'],
});

const doc = (
  id: string,
  kind: OpportunityDocument['kind'],
  title: string,
  terms: string,
  city: string,
  sectors: string[],
  year: number,
  online: boolean,
  organiser: string,
): OpportunityDocument => ({ id, kind, title, terms, city, sectors, year, online, organiser });

export const QUOTED_ORGANISER = 'Fujian "Design" Week';
export const ESCAPED_ORGANISER = `O'Brien & "Partners" \\ Advisory`;

export const OPPORTUNITIES: OpportunityDocument[] = [
  doc('fair-tea-xiamen', 'fair', 'xiamen international tea fair', 'tea fair export x53a6 x95e8', 'Xiamen', ['tea', 'agrifood'], 2026, false, '廈門市商務局'),
  doc('fair-tea-hk', 'fair', 'hong kong international tea fair', 'tea fair x9999 hktdc', 'Hong Kong', ['tea'], 2025, false, 'HKTDC'),
  doc('fair-teahouse', 'fair', 'teahouse design expo', 'teahouse design expo', 'Fuzhou', ['design', 'hospitality'], 2026, true, QUOTED_ORGANISER),
  doc('prog-listing', 'programme', 'gem listing readiness programme', 'listing ipo gem financing x4e0a x5e02', 'Hong Kong', ['finance'], 2026, true, 'HKEX'),
  doc('prog-financing', 'programme', 'cross boundary financing scheme', 'financing loan cross boundary fund', 'Fuzhou', ['finance', 'agrifood'], 2025, false, ESCAPED_ORGANISER),
  doc('prog-tea-export', 'programme', 'tea export support', 'tea export subsidy x8336 x53f6', 'Fuzhou', ['tea', 'trade'], 2026, true, '福建省商務廳'),
  doc('svc-legal', 'service', 'hong kong legal services', 'legal arbitration contract', 'Hong Kong', ['legal'], 2026, true, 'HKIAC'),
  doc('fair-fisheries', 'fair', 'fuzhou fisheries expo', 'fisheries seafood expo x798f x5dde', 'Fuzhou', ['agrifood'], 2024, false, '福州市人民政府'),
  doc('svc-tea-house', 'service', 'tea house consultancy', 'tea house consulting', 'Xiamen', ['tea', 'hospitality'], 2025, true, 'Tea & Co'),
];

export const ALL_IDS = OPPORTUNITIES.map((d) => d.id).sort();

/** Sorted hit ids: the contract compares result sets, never rank order. */
export const idsOf = (result: SearchResult<SearchDocument>): string[] => result.hits.map((hit) => hit.id).sort();

export const sorted = (ids: string[]): string[] => [...ids].sort();

let counter = 0;
/** Unique per run and per call; Meilisearch index uids allow [A-Za-z0-9_-]. */
export function uniqueIndexName(label: string): string {
  counter += 1;
  const safe = label.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 20);
  return `contract_${safe}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}_${counter}`;
}

/** What each contract test gets: the engine under test and a way to make a filled index. */
export interface ContractContext {
  engine(): SearchEngine;
  /** Creates (and registers for dropping) a fresh index holding `documents`. */
  freshIndex(documents?: SearchDocument[], extraFilterable?: string[]): Promise<string>;
  /** Registers an index name created some other way (rebuild) for dropping afterwards. */
  track(name: string): string;
}

/** Batches delivered one by one, running `between` before each batch after the first. */
export async function* batchesWithPause(
  batches: SearchDocument[][],
  between: () => Promise<void>,
): AsyncIterable<SearchDocument[]> {
  for (let i = 0; i < batches.length; i += 1) {
    if (i > 0) await between();
    yield batches[i];
  }
}
