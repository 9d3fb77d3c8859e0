/**
 * Builds Meilisearch filter expressions and queries from normalised port input. Values are never
 * spliced in raw: every field and value is double-quoted, with `\` and `"` backslash-escaped
 * (Meilisearch >= 1.4 unescapes both inside quoted values).
 */
import { FilterValue, NormalizedFilter } from '@fhk/platform/search';

/** A quoted filter literal: safe for any string, including quotes, backslashes and CJK. */
export function quoteFilterLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function literal(value: FilterValue): string {
  // Numbers and booleans are written in their string form; Meilisearch compares a quoted number
  // numerically as well, and stores booleans as the facet strings "true"/"false".
  return quoteFilterLiteral(String(value));
}

/**
 * One expression per filtered field, ANDed by Meilisearch when passed as an array. A single value
 * is `=` (on array fields: contains); several values are `IN [...]` (any of).
 */
export function buildMeiliFilter(filters: readonly NormalizedFilter[]): string[] {
  return filters.map(({ field, values }) => {
    const distinct = [...new Map(values.map((value) => [`${typeof value}:${String(value)}`, value])).values()];
    return distinct.length === 1
      ? `${quoteFilterLiteral(field)} = ${literal(distinct[0])}`
      : `${quoteFilterLiteral(field)} IN [${distinct.map(literal).join(', ')}]`;
  });
}

/**
 * Each token becomes a one-word phrase: an exact word match with no prefix, typo, split or
 * concatenation derivation (a plain `tea fair` would also match a document holding `teafair`).
 * Tokens are `[a-z0-9]+`, so the quotes need no escaping.
 */
export function buildMeiliQuery(tokens: readonly string[]): string {
  return tokens.map((token) => `"${token}"`).join(' ');
}
