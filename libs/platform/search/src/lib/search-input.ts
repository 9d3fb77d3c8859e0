/**
 * Validation and normalisation shared by both adapters, so that a spec, document or query is
 * accepted or rejected identically whichever engine sits behind the port.
 */
import {
  FilterValue,
  MAX_FACET_VALUES,
  MAX_QUERY_TOKENS,
  SearchDocument,
  SearchIndexSpec,
  SearchQuery,
} from './search-engine.port';
import { SearchInputError } from './search.errors';

/** Meilisearch index uids allow [A-Za-z0-9_-]; the rebuild suffix needs room under its 400 bytes. */
const INDEX_NAME = /^[A-Za-z0-9_-]{1,200}$/;
/** Plain identifiers: safe in Orama property paths and (quoted) in Meilisearch filter strings. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Meilisearch's document id rule, enforced for Orama too. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
const TOKEN = /^[a-z0-9]+$/;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

export interface ResolvedIndexSpec {
  readonly name: string;
  readonly searchableFields: readonly string[];
  readonly filterableFields: readonly string[];
  readonly sortableFields: readonly string[];
}

export interface NormalizedFilter {
  field: string;
  /** Any of these (normalised with `filterKey`) must be among the document's values. */
  keys: string[];
  values: FilterValue[];
}

export interface NormalizedQuery {
  /** Distinct query tokens, in order, at most MAX_QUERY_TOKENS. */
  tokens: string[];
  filters: NormalizedFilter[];
  facets: string[];
  limit: number;
  offset: number;
  /** An any-of filter with no values: nothing can match. */
  matchesNothing: boolean;
}

export function assertIndexName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !INDEX_NAME.test(name)) {
    throw new SearchInputError(`index name ${JSON.stringify(name)} must match ${INDEX_NAME}`);
  }
}

function fieldList(spec: SearchIndexSpec, key: 'searchableFields' | 'filterableFields' | 'sortableFields'): string[] {
  const fields = spec[key] ?? [];
  if (!Array.isArray(fields)) throw new SearchInputError(`${spec.name}: ${key} must be an array`);
  for (const field of fields) {
    if (typeof field !== 'string' || !FIELD_NAME.test(field)) {
      throw new SearchInputError(`${spec.name}: field name ${JSON.stringify(field)} in ${key} must match ${FIELD_NAME}`);
    }
  }
  return [...new Set(fields)];
}

export function resolveSpec(spec: SearchIndexSpec): ResolvedIndexSpec {
  assertIndexName(spec?.name);
  const searchableFields = fieldList(spec, 'searchableFields');
  if (searchableFields.length === 0) throw new SearchInputError(`${spec.name}: at least one searchable field is required`);
  return {
    name: spec.name,
    searchableFields,
    filterableFields: fieldList(spec, 'filterableFields'),
    sortableFields: fieldList(spec, 'sortableFields'),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Same settings (searchable order matters: it is Meilisearch's attribute ranking order). */
export function sameSpec(a: ResolvedIndexSpec, b: ResolvedIndexSpec): boolean {
  return (
    a.searchableFields.join('\n') === b.searchableFields.join('\n') &&
    sameSet(a.filterableFields, b.filterableFields) &&
    sameSet(a.sortableFields, b.sortableFields)
  );
}

/** Whitespace tokenisation, the only one both engines are allowed to apply. */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).filter((token) => token.length > 0);
}

/** Meilisearch's facet normalisation (trim, NFKD, lower case), applied to the value's string form. */
export function filterKey(value: FilterValue): string {
  return String(value).trim().normalize('NFKD').toLowerCase();
}

function isFilterValue(value: unknown): value is FilterValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** The scalar values a document holds in a filterable field (absent and null hold none). */
export function filterableValues(raw: unknown): FilterValue[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.filter(isFilterValue);
  return isFilterValue(raw) ? [raw] : [];
}

function checkDocument(spec: ResolvedIndexSpec, document: SearchDocument): void {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SearchInputError(`${spec.name}: documents must be objects`);
  }
  if (typeof document.id !== 'string' || !DOCUMENT_ID.test(document.id)) {
    throw new SearchInputError(`${spec.name}: document id ${JSON.stringify(document.id)} must match ${DOCUMENT_ID}`);
  }
  for (const field of spec.searchableFields) {
    const text = document[field];
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string') {
      throw new SearchInputError(`${spec.name}/${document.id}: searchable field ${field} must be a string`);
    }
    const bad = tokenize(text).find((token) => !TOKEN.test(token));
    if (bad !== undefined) {
      throw new SearchInputError(
        `${spec.name}/${document.id}: searchable field ${field} holds ${JSON.stringify(bad.slice(0, 40))}; tokens must match ${TOKEN}`,
      );
    }
  }
  for (const field of spec.filterableFields) {
    const raw = document[field];
    if (raw === undefined || raw === null) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    if (!values.every(isFilterValue)) {
      throw new SearchInputError(
        `${spec.name}/${document.id}: filterable field ${field} must hold strings, finite numbers, booleans or arrays of them`,
      );
    }
  }
}

/**
 * Why an index would refuse this document (the same check both adapters make on upsert), or null
 * when it would take it. Lets an owner set a bad document aside instead of failing a whole batch.
 */
export function searchDocumentProblem(spec: SearchIndexSpec, document: SearchDocument): string | null {
  try {
    checkDocument(resolveSpec(spec), document);
    return null;
  } catch (error) {
    if (error instanceof SearchInputError) return error.message;
    throw error;
  }
}

/**
 * Checks documents and returns JSON-normalised copies (what Meilisearch would store), keeping the
 * last occurrence when an id repeats within the batch.
 */
export function prepareDocuments(spec: ResolvedIndexSpec, documents: readonly SearchDocument[]): SearchDocument[] {
  if (!Array.isArray(documents)) throw new SearchInputError(`${spec.name}: documents must be an array`);
  const byId = new Map<string, SearchDocument>();
  for (const document of documents) {
    checkDocument(spec, document);
    let copy: SearchDocument;
    try {
      copy = JSON.parse(JSON.stringify(document)) as SearchDocument;
    } catch (error) {
      throw new SearchInputError(`${spec.name}/${document.id}: document is not JSON-serialisable (${String(error)})`);
    }
    byId.delete(copy.id);
    byId.set(copy.id, copy);
  }
  return [...byId.values()];
}

/** Distinct ids that can name a stored document (others cannot exist, so removing them is a no-op). */
export function removableIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids)) throw new SearchInputError('ids must be an array');
  return [...new Set(ids.filter((id) => typeof id === 'string' && DOCUMENT_ID.test(id)))];
}

function nonNegativeInteger(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new SearchInputError(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
  return value;
}

export function normalizeQuery(spec: ResolvedIndexSpec, query: SearchQuery): NormalizedQuery {
  const text: unknown = query?.text ?? '';
  if (typeof text !== 'string') throw new SearchInputError(`${spec.name}: query text must be a string`);
  const all = tokenize(text);
  const bad = all.find((token) => !TOKEN.test(token));
  if (bad !== undefined) {
    throw new SearchInputError(`${spec.name}: query token ${JSON.stringify(bad.slice(0, 40))} must match ${TOKEN}`);
  }
  const tokens = [...new Set(all)].slice(0, MAX_QUERY_TOKENS);

  const filterable = new Set(spec.filterableFields);
  const filters: NormalizedFilter[] = [];
  let matchesNothing = false;
  for (const [field, raw] of Object.entries(query.filter ?? {})) {
    if (!filterable.has(field)) throw new SearchInputError(`${spec.name}: ${field} is not a filterable field`);
    const values = Array.isArray(raw) ? raw : [raw];
    if (!values.every(isFilterValue)) {
      throw new SearchInputError(`${spec.name}: filter on ${field} needs strings, finite numbers or booleans`);
    }
    if (values.length === 0) matchesNothing = true;
    filters.push({ field, values, keys: [...new Set(values.map(filterKey))] });
  }

  const facets = query.facets ?? [];
  if (!Array.isArray(facets)) throw new SearchInputError(`${spec.name}: facets must be an array`);
  for (const facet of facets) {
    if (!filterable.has(facet)) throw new SearchInputError(`${spec.name}: facet ${String(facet)} is not a filterable field`);
  }

  return {
    tokens,
    filters,
    facets: [...new Set(facets)],
    limit: nonNegativeInteger(query.limit, 'limit', DEFAULT_LIMIT, MAX_LIMIT),
    offset: nonNegativeInteger(query.offset, 'offset', 0, 1_000_000),
    matchesNothing,
  };
}

/** Value -> count per facet field over `documents` (each document counts once per distinct value). */
export function computeFacets(
  documents: Iterable<SearchDocument>,
  fields: readonly string[],
): Record<string, Record<string, number>> {
  const tallies = fields.map(() => new Map<string, { label: string; count: number }>());
  for (const document of documents) {
    fields.forEach((field, i) => {
      const seen = new Set<string>();
      for (const value of filterableValues(document[field])) {
        const key = filterKey(value);
        if (seen.has(key)) continue;
        seen.add(key);
        const tally = tallies[i].get(key);
        if (tally) tally.count += 1;
        else tallies[i].set(key, { label: String(value), count: 1 });
      }
    });
  }
  const facets: Record<string, Record<string, number>> = {};
  fields.forEach((field, i) => {
    const entries = [...tallies[i].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_FACET_VALUES);
    facets[field] = Object.fromEntries(entries.map(([, { label, count }]) => [label, count]));
  });
  return facets;
}

/**
 * Meilisearch's exact totals need page/hitsPerPage, which cannot express an arbitrary offset.
 * Finds the smallest page size >= limit whose single page contains [offset, offset + limit).
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  for (let size = limit; ; size += 1) {
    const first = Math.floor(offset / size);
    if (first === Math.floor((offset + limit - 1) / size)) return { page: first + 1, hitsPerPage: size, skip: offset - first * size };
  }
}
