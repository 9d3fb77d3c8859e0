/**
 * An Orama index component (Orama's `components.index` extension point) for searchable fields that
 * are matched by exact tokens only, which is all the port allows (`exact`, no tolerance, no prefix).
 *
 * Orama's default index keeps, per `string` field, a radix tree (a node, a child map and a
 * document set per distinct token, built for prefix and typo search) and, per document, an object
 * of token -> term frequency. For exact tokens a map from token to postings (internal id -> count)
 * answers the same question with less memory and less work per insert. What BM25 reads is kept
 * exactly as Orama keeps it, so every score is the same number:
 * - the term frequency is `count / field length`, the division Orama does at insert;
 * - a token's occurrences count every occurrence (a token twice in a document counts twice), as
 *   Orama's `insertTokenScoreParameters` does;
 * - postings are arrays of ids (and counts only where one is not 1), unordered: every result is scored
 *   and sorted after, so no order is needed; a snapshot saves and restores them packed in typed
 *   arrays, and a packed token is copied to an array when a change first touches it
 *   (`exact-token-postings.component.ts`);
 * - the average field length is updated with Orama's own running formula on insert and remove;
 * - scores are summed per field, then per token, in Orama's order, with Orama's BM25.
 * Other field types (the adapter's `enum[]` filter fields) are left to Orama's default index.
 * `orama-exact-token-index.component.spec.ts` compares ids and scores with the default index.
 */
import { AnyOrama, components, IIndex, Tokenizer } from '@orama/orama';
import { types } from 'node:util';
import { FieldPostings, PackedPostings, Postings } from './exact-token-postings.component';

type DefaultIndexStore = components.index.Index;
const defaultIndex = components.index;

/** One exact-token field: postings (`exact-token-postings.component.ts`), field lengths, average length. */
interface ExactTokenField {
  /** token -> its postings (never empty: a token whose last document went is deleted) */
  postings: FieldPostings;
  /** internal document id -> tokens in its field (0 once removed) */
  lengths: number[];
  /** Orama's `avgFieldLength`: a running average, undefined after the last document went */
  average: number | undefined;
}

export interface ExactTokenIndexStore extends DefaultIndexStore {
  exactFields: Record<string, ExactTokenField>;
}

interface Bm25Parameters {
  k: number;
  b: number;
  d: number;
}

/** Orama 3's BM25 (components/algorithms.ts), operation for operation, so scores are equal to the bit. */
function bm25(tf: number, matchingCount: number, docsCount: number, fieldLength: number, averageFieldLength: number, { k, b, d }: Bm25Parameters): number {
  const idf = Math.log(1 + (docsCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * fieldLength) / averageFieldLength));
}

function tokenCounts(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function create(orama: AnyOrama, sharedInternalDocumentStore: AnyOrama['internalDocumentIDStore'], schema: AnyOrama['schema']): ExactTokenIndexStore {
  const others: Record<string, unknown> = {};
  const exactFields: Record<string, ExactTokenField> = {};
  for (const [prop, type] of Object.entries(schema)) {
    if (typeof type !== 'string') throw new Error(`exact-token index: nested schema property ${prop} is not supported`);
    if (type === 'string') exactFields[prop] = { postings: new FieldPostings(), lengths: [], average: 0 };
    else if (type === 'string[]') throw new Error(`exact-token index: ${prop}: string[] is not supported`);
    else others[prop] = type;
  }
  const index = defaultIndex.create(orama, sharedInternalDocumentStore, others as AnyOrama['schema']) as ExactTokenIndexStore;
  // Orama iterates these in schema order (insert, remove, the fields a search covers): keep it.
  index.searchableProperties = Object.keys(schema);
  for (const prop of Object.keys(exactFields)) index.searchablePropertiesWithTypes[prop] = 'string';
  index.exactFields = exactFields;
  return index;
}

type InsertArguments = Parameters<IIndex<DefaultIndexStore>['insert']>;
type RemoveArguments = Parameters<IIndex<DefaultIndexStore>['remove']>;

function insert(...args: InsertArguments): void {
  const [, index, prop, , internalId, value, , language, tokenizer, docsCount] = args;
  const field = (index as ExactTokenIndexStore).exactFields[prop];
  if (!field) return defaultIndex.insert(...args);
  const tokens = tokenizer.tokenize(value as string, language, prop, false);
  field.average = ((field.average ?? 0) * (docsCount - 1) + tokens.length) / docsCount;
  field.lengths[internalId] = tokens.length;
  for (const [token, count] of tokenCounts(tokens)) {
    const postings = field.postings.adding(token);
    // Orama refuses a second insert of an id that is in the index, so the id is new to these postings.
    postings.ids.push(internalId);
    if (postings.counts || count !== 1) setCount(postings, postings.ids.length - 1, count);
    postings.occurrences += count;
  }
}

function setCount(postings: Postings, at: number, count: number): void {
  if (!postings.counts) {
    if (count === 1) return;
    postings.counts = postings.ids.map(() => 1);
  }
  postings.counts[at] = count;
}

function remove(...args: RemoveArguments): boolean {
  const [, index, prop, , internalId, value, , language, tokenizer, docsCount] = args;
  const field = (index as ExactTokenIndexStore).exactFields[prop];
  if (!field) return defaultIndex.remove(...args) as boolean;
  const tokens = tokenizer.tokenize(value as string, language, prop);
  field.average = docsCount > 1 ? ((field.average as number) * docsCount - field.lengths[internalId]) / (docsCount - 1) : undefined;
  field.lengths[internalId] = 0;
  for (const [token, count] of tokenCounts(tokens)) {
    const postings = field.postings.changing(token);
    const at = postings ? postings.ids.indexOf(internalId) : -1;
    if (!postings || at < 0) continue;
    // Swap with the last entry and drop it: no order is kept.
    const last = postings.ids.length - 1;
    postings.ids[at] = postings.ids[last];
    postings.ids.pop();
    if (postings.counts) {
      postings.counts[at] = postings.counts[last];
      postings.counts.pop();
    }
    postings.occurrences -= count;
    if (postings.ids.length === 0 || postings.occurrences <= 0) field.postings.delete(token);
  }
  return true;
}

/**
 * Documents holding every distinct token of `term` (in any of the fields), scored with BM25 summed
 * over fields and tokens in Orama's order. `exact`, `tolerance` and `threshold` do not apply: the
 * match is always exact and all tokens are required (the adapter sends one token per call).
 */
function search(
  index: DefaultIndexStore,
  term: string,
  tokenizer: Tokenizer,
  language: string | undefined,
  propertiesToSearch: string[],
  _exact: boolean,
  _tolerance: number,
  boost: Partial<Record<string, number>>,
  relevance: Bm25Parameters,
  docsCount: number,
  whereFiltersIDs: Set<number> | undefined,
): Array<[number, number]> {
  const tokens = [...new Set(tokenizer.tokenize(term, language))];
  const scores = new Map<number, number>();
  const tokensFound = new Map<number, Set<string>>();
  for (const prop of propertiesToSearch) {
    const field = (index as ExactTokenIndexStore).exactFields[prop];
    if (!field) throw new Error(`exact-token index: ${prop} is not a searchable text field`);
    const boostPerProperty = boost[prop] ?? 1;
    if (boostPerProperty <= 0) throw new Error(`exact-token index: boost of ${prop} must be positive`);
    for (const token of tokens) {
      const postings = field.postings.postingsOf(token);
      if (!postings) continue;
      const matchingCount = postings.occurrences;
      const { ids, from, to, counts, countsFrom } = postings;
      for (let k = from; k < to; k++) {
        const internalId = ids[k];
        const count = counts ? counts[countsFrom + k - from] : 1;
        if (whereFiltersIDs && !whereFiltersIDs.has(internalId)) continue;
        const length = field.lengths[internalId];
        const score = bm25(count / length, matchingCount, docsCount, length, field.average as number, relevance) * boostPerProperty;
        const previous = scores.get(internalId);
        scores.set(internalId, previous === undefined ? score : previous + score);
        let found = tokensFound.get(internalId);
        if (!found) tokensFound.set(internalId, (found = new Set()));
        found.add(token);
      }
    }
  }
  const results: Array<[number, number]> = [];
  for (const [internalId, score] of scores) {
    if (tokensFound.get(internalId)!.size === tokens.length) results.push([internalId, score]);
  }
  return results.sort((a, b) => b[1] - a[1]);
}

type RawDefaultIndex = Record<string, unknown>;

/** One exact-token field as saved: packed postings, lengths by internal id (0: none), the running average. */
export interface RawExactTokenField {
  postings: PackedPostings;
  lengths: Uint32Array;
  average: number | undefined;
}

/** What `save` returns: Orama's default index (filter fields) plus the exact-token fields in typed arrays (for `v8.serialize`, not JSON). */
export interface RawExactTokenIndex extends RawDefaultIndex {
  exactFields: Record<string, RawExactTokenField>;
}

function save(index: ExactTokenIndexStore): RawExactTokenIndex {
  const exactFields: Record<string, RawExactTokenField> = {};
  for (const [prop, field] of Object.entries(index.exactFields)) {
    exactFields[prop] = { postings: field.postings.pack(), lengths: Uint32Array.from(field.lengths, (length) => length ?? 0), average: field.average };
  }
  return { ...defaultIndex.save<RawDefaultIndex>(index), exactFields };
}

function load(sharedInternalDocumentStore: AnyOrama['internalDocumentIDStore'], raw: RawExactTokenIndex): ExactTokenIndexStore {
  const { exactFields: saved, ...others } = raw;
  if (!saved || typeof saved !== 'object') throw new Error('exact-token index: the saved index has no exact-token fields');
  const exactFields: Record<string, ExactTokenField> = {};
  for (const [prop, field] of Object.entries(saved)) {
    if (!field?.postings || !types.isUint32Array(field.lengths)) throw new Error(`exact-token index: the saved field ${prop} is malformed`);
    try {
      exactFields[prop] = { postings: FieldPostings.unpacked(field.postings), lengths: Array.from(field.lengths), average: field.average };
    } catch (error) {
      throw new Error(`exact-token index: the saved field ${prop} is malformed: ${(error as Error).message}`);
    }
  }
  const index = defaultIndex.load(sharedInternalDocumentStore, others) as ExactTokenIndexStore;
  index.exactFields = exactFields;
  return index;
}

/** The index component: exact-token text fields here, every other field type in Orama's default index. */
export function exactTokenIndex(): IIndex<ExactTokenIndexStore> {
  return {
    ...(defaultIndex.createIndex() as unknown as IIndex<ExactTokenIndexStore>),
    create: create as IIndex<ExactTokenIndexStore>['create'],
    insert: insert as unknown as IIndex<ExactTokenIndexStore>['insert'],
    remove: remove as unknown as IIndex<ExactTokenIndexStore>['remove'],
    search: search as unknown as IIndex<ExactTokenIndexStore>['search'],
    load: load as unknown as IIndex<ExactTokenIndexStore>['load'],
    save: save as unknown as IIndex<ExactTokenIndexStore>['save'],
  };
}
