/** The index settings the port's semantics rely on, and how to tell whether an index has them. */
import { Settings } from 'meilisearch';
import { MAX_FACET_VALUES, ResolvedIndexSpec } from '@fhk/platform/search';

export function settingsFor(spec: ResolvedIndexSpec, maxTotalHits: number): Settings {
  return {
    searchableAttributes: [...spec.searchableFields],
    filterableAttributes: [...spec.filterableFields],
    sortableAttributes: [...spec.sortableFields],
    typoTolerance: { enabled: false },
    prefixSearch: 'disabled',
    stopWords: [],
    synonyms: {},
    faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
    pagination: { maxTotalHits },
  };
}

const sameList = (a: readonly string[] | null | undefined, b: readonly string[], ordered: boolean): boolean => {
  const left = [...(a ?? [])];
  const right = [...b];
  if (!ordered) {
    left.sort();
    right.sort();
  }
  return left.length === right.length && left.every((value, i) => value === right[i]);
};

/** Filterable attribute names, whether set as plain names or in the granular object form. */
export const filterableNames = (settings: Settings): string[] =>
  (settings.filterableAttributes ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.attributePatterns));

/** Meilisearch returns filterable/sortable attributes as sets; searchable order is ranking order. */
export function settingsMatch(current: Settings, spec: ResolvedIndexSpec, maxTotalHits: number): boolean {
  return (
    sameList(current.searchableAttributes, spec.searchableFields, true) &&
    sameList(filterableNames(current), spec.filterableFields, false) &&
    sameList(current.sortableAttributes, spec.sortableFields, false) &&
    current.typoTolerance?.enabled === false &&
    current.prefixSearch === 'disabled' &&
    (current.stopWords ?? []).length === 0 &&
    Object.keys(current.synonyms ?? {}).length === 0 &&
    current.faceting?.maxValuesPerFacet === MAX_FACET_VALUES &&
    current.pagination?.maxTotalHits === maxTotalHits
  );
}
