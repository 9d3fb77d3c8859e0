import { ConceptMatch, conceptsStayWithin, findConceptsInNormalized } from '../dictionary/term-dictionary';
import { sharedTokensOf, Token, tokenizeNormalized } from '../text/text-analyzer';
import { NormalizedText, normalizeWithSourceMap } from '../text/text-normalizer';
import { CHINESE_QUERY_STOP_WORDS, ENGLISH_QUERY_STOP_STEMS } from './query-stop-words';
import { conceptToken, encodeToken, IndexableToken, toIndexField } from './token-encoder';

/**
 * Meilisearch only uses the first 10 words of a query; capping here keeps both engines
 * (Meilisearch and Orama) answering the same query.
 */
export const MAX_QUERY_TOKENS = 10;

export interface QueryOptions {
  /** Cap on the number of tokens (default MAX_QUERY_TOKENS). */
  readonly maxTokens?: number;
}

/**
 * The searchable field for a text in any language: concept tokens of every dictionary concept
 * found, then CJK words, bigrams and characters, English stems and numbers, all encoded and
 * deduplicated (see token-encoder.ts). Traditional and Simplified give the same field.
 */
export function analyzeForIndex(text: string): string {
  const normalized = normalizeWithSourceMap(text);
  return indexFieldOf(normalized, findConceptsInNormalized(normalized));
}

/**
 * `analyzeForIndex(fields.join('\n'))`, exactly, from each field's own analysis: a firm's fields
 * are normalised, matched and tokenised one by one for its classification and its terms, so the
 * search document finds them done (or leaves them done) instead of analysing the joined text a
 * second time. The newline is whitespace, which normalisation collapses, tokens never span and no
 * Traditional -> Simplified phrase holds; only a dictionary phrase could run from one field into
 * the next, and where one might (`conceptsStayWithin`), the joined text is analysed as such.
 */
export function analyzeFieldsForIndex(fields: readonly (string | null | undefined)[]): string {
  const parts: NormalizedText[] = [];
  for (const field of fields) {
    if (!field) continue;
    const normalized = normalizeWithSourceMap(field);
    if (normalized.text) parts.push(normalized);
  }
  const first = parts[0];
  const memo = first && INDEX_FIELDS.get(first);
  if (memo && memo.parts.length === parts.length && memo.parts.every((p, k) => p === parts[k])) return memo.field;
  if (!conceptsStayWithin(parts)) return analyzeForIndex(fields.join('\n'));
  const indexable: IndexableToken[] = parts.flatMap((p) => findConceptsInNormalized(p));
  for (const part of parts) for (const token of sharedTokensOf(part, true)) indexable.push(token);
  const field = toIndexField(indexable);
  if (first) INDEX_FIELDS.set(first, { parts, field });
  return field;
}

/**
 * The last index field made of a list of normalised fields, under its first one (a firm's name:
 * its search document and its classification ask for the same field). Weak: it goes with the
 * name's normalisation.
 */
const INDEX_FIELDS = new WeakMap<NormalizedText, { parts: readonly NormalizedText[]; field: string }>();

/** analyzeForIndex for text already normalised, with its concepts already found. */
export function indexFieldOf(normalized: NormalizedText, concepts: readonly ConceptMatch[]): string {
  const indexable: IndexableToken[] = [...concepts];
  for (const token of sharedTokensOf(normalized, true)) indexable.push(token);
  return toIndexField(indexable);
}

/**
 * Query tokens for the search port, which requires every token (AND, exact match). Only
 * tokens that any document containing the same words is sure to have are emitted, most
 * informative first, deduplicated and capped:
 *
 * 1. one concept token per dictionary concept (资金池, "cash pooling" and 資金歸集 all give the
 *    fund-pooling token, so a query in one language finds documents in another);
 * 2. for words outside those concepts: English stems, and for each Chinese word the bigrams
 *    covering it (知识产权交易 -> 知识 产权 交易), never bigrams across words, whose
 *    presence in a document depends on how the query happened to be segmented;
 * 3. single-character Chinese words (matched by the indexed characters);
 * 4. numbers.
 *
 * Generic words (公司, 希望, "company", "looking") are left out. An empty result means "no
 * text condition" (the port then matches every document).
 */
export function analyzeForQuery(text: string, options: QueryOptions = {}): string[] {
  const normalized = normalizeWithSourceMap(text);
  const concepts = findConceptsInNormalized(normalized);
  const candidates: { token: string; priority: number; position: number }[] = concepts.map((c) => ({
    token: conceptToken(c.kind, c.code),
    priority: 0,
    position: c.start,
  }));
  const isCovered = coverageTest(concepts);
  for (const token of tokenizeNormalized(normalized, { cjkChars: false })) {
    if (isCovered(token)) continue;
    if (token.kind === 'word' && !ENGLISH_QUERY_STOP_STEMS.has(token.text)) {
      candidates.push({ token: encodeToken(token.text), priority: 1, position: token.start });
    } else if (token.kind === 'number') {
      candidates.push({ token: token.text, priority: 3, position: token.start });
    } else if (token.kind === 'cjk-word' && !CHINESE_QUERY_STOP_WORDS.has(token.text)) {
      const chars = [...token.text];
      if (chars.length === 1) candidates.push({ token: encodeToken(token.text), priority: 2, position: token.start });
      for (const bigram of coveringBigrams(chars)) candidates.push({ token: encodeToken(bigram), priority: 1, position: token.start });
    }
  }
  candidates.sort((a, b) => a.priority - b.priority || a.position - b.position);
  const tokens = [...new Set(candidates.map((c) => c.token))];
  return tokens.slice(0, Math.max(0, options.maxTokens ?? MAX_QUERY_TOKENS));
}

/** Bigrams that together cover a word: AB CD, plus DE when the length is odd. */
function coveringBigrams(chars: string[]): string[] {
  const bigrams: string[] = [];
  for (let i = 0; i + 2 <= chars.length; i += 2) bigrams.push(chars[i] + chars[i + 1]);
  if (chars.length > 2 && chars.length % 2 === 1) bigrams.push(chars[chars.length - 2] + chars[chars.length - 1]);
  return bigrams;
}

/** Whether a token lies inside a concept match; tokens must be asked in text order. */
function coverageTest(concepts: readonly { start: number; end: number }[]): (token: Token) => boolean {
  const spans = [...concepts].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  let p = 0;
  return (token) => {
    while (p + 1 < merged.length && merged[p + 1].start <= token.start) p++;
    const span = merged[p];
    return span !== undefined && span.start <= token.start && token.end <= span.end;
  };
}
