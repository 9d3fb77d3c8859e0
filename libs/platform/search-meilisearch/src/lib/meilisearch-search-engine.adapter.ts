/**
 * Meilisearch adapter (client pinned at 0.56.0, the last CommonJS-compatible release).
 *
 * - Every write is an asynchronous task: it is awaited and must end `succeeded`, otherwise a
 *   `SearchTaskFailedError` is thrown (a rejected document only ever shows up as a failed task).
 * - Index settings are applied before any document arrives: searchable/filterable/sortable
 *   attributes, no typo tolerance, no prefix search, no stop words or synonyms, 1000 facet values,
 *   a large `maxTotalHits` so that `page`/`hitsPerPage` totals are exact.
 * - Queries send each token as a one-word phrase with `matchingStrategy: 'all'` (see
 *   `buildMeiliQuery`). Meilisearch only reads the first 10 query words; the shared normaliser
 *   caps queries at MAX_QUERY_TOKENS for both adapters.
 * - `rebuild` fills `<name>__rebuild_<ts>` then swaps it with `<name>` (atomic) and deletes it.
 */
import { EnqueuedTaskPromise, MeiliSearch, MeiliSearchApiError, SearchParams, Task } from 'meilisearch';
import { SearchDocument, SearchEngine, SearchHealth, SearchIndexSpec, SearchQuery, SearchResult, SearchEngineClosedError, SearchIndexNotFoundError, SearchTaskFailedError, ResolvedIndexSpec, assertIndexName, normalizeQuery, pageWindow, prepareDocuments, removableIds, resolveSpec } from '@fhk/platform/search';
import { buildMeiliFilter, buildMeiliQuery } from './meilisearch-filter';
import { filterableNames, settingsFor, settingsMatch } from './meilisearch-settings';

export interface MeilisearchSearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Longest wait for one task to finish (ms). Default 120 000. */
  taskTimeoutMs?: number;
  /** Task polling interval (ms). Default 25. */
  taskPollMs?: number;
  /** Timeout of one HTTP request (ms). Default 30 000. */
  requestTimeoutMs?: number;
  /** Upper bound of exact totals (`pagination.maxTotalHits`). Default 1 000 000. */
  maxTotalHits?: number;
  /** Documents per `addDocuments` request. Default 5 000. */
  batchSize?: number;
}

const errorCode = (error: unknown): string | undefined =>
  error instanceof MeiliSearchApiError ? error.cause?.code : undefined;

export class MeilisearchSearchEngine implements SearchEngine {
  readonly adapter = 'meilisearch' as const;
  private readonly client: MeiliSearch;
  private readonly specs = new Map<string, ResolvedIndexSpec>();
  private readonly maxTotalHits: number;
  private readonly batchSize: number;
  private closed = false;

  constructor(private readonly options: MeilisearchSearchEngineOptions) {
    this.client = new MeiliSearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 30_000,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 120_000, interval: options.taskPollMs ?? 25 },
    });
    this.maxTotalHits = options.maxTotalHits ?? 1_000_000;
    this.batchSize = options.batchSize ?? 5_000;
  }

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    this.assertOpen();
    const resolved = resolveSpec(spec);
    await this.createWithSettings(resolved);
    this.specs.set(resolved.name, resolved);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const spec = await this.specOf(index);
    await this.addDocuments(index, prepareDocuments(spec, documents));
  }

  async remove(index: string, ids: string[]): Promise<void> {
    await this.specOf(index);
    const distinct = removableIds(ids);
    if (distinct.length === 0) return;
    await this.settle(this.client.index(index).deleteDocuments(distinct), `delete ${distinct.length} document(s) from ${index}`);
  }

  async search<T extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<T>> {
    const spec = await this.specOf(index);
    const normalized = normalizeQuery(spec, query);
    const emptyFacets = (): Record<string, Record<string, number>> =>
      Object.fromEntries(normalized.facets.map((facet) => [facet, {}]));
    if (normalized.matchesNothing) return { hits: [], total: 0, facets: emptyFacets() };

    const window = pageWindow(normalized.offset, normalized.limit);
    const params = {
      filter: normalized.filters.length > 0 ? buildMeiliFilter(normalized.filters) : undefined,
      facets: normalized.facets.length > 0 ? normalized.facets : undefined,
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      matchingStrategy: 'all',
      showRankingScore: true,
    } satisfies SearchParams;
    const response = await this.client
      .index(index)
      .search<T, typeof params>(buildMeiliQuery(normalized.tokens), params)
      .catch((error: unknown) => {
        throw this.translate(error, index);
      });

    const facets = emptyFacets();
    for (const facet of normalized.facets) facets[facet] = { ...(response.facetDistribution?.[facet] ?? {}) };
    return {
      hits: response.hits.slice(window.skip, window.skip + normalized.limit).map((hit) => {
        const { _rankingScore: score, ...document } = hit;
        return { id: String(document.id), score: score ?? 0, document: document as unknown as T };
      }),
      total: response.totalHits,
      facets,
    };
  }

  async count(index: string): Promise<number> {
    await this.specOf(index);
    const stats = await this.client
      .index(index)
      .getStats()
      .catch((error: unknown) => {
        throw this.translate(error, index);
      });
    return stats.numberOfDocuments;
  }

  async rebuild(spec: SearchIndexSpec, documents: AsyncIterable<SearchDocument[]> | SearchDocument[][]): Promise<void> {
    this.assertOpen();
    const resolved = resolveSpec(spec);
    const temp = `${resolved.name}__rebuild_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    try {
      await this.createWithSettings({ ...resolved, name: temp });
      for await (const batch of documents) {
        this.assertOpen();
        await this.addDocuments(temp, prepareDocuments(resolved, batch));
      }
      if (!(await this.exists(resolved.name))) {
        // Swapping needs both sides; an empty target is created (settings come with the swap).
        await this.settle(this.client.createIndex(resolved.name, { primaryKey: 'id' }), `create ${resolved.name}`, [
          'index_already_exists',
        ]);
      }
      await this.settle(
        this.client.swapIndexes([{ indexes: [resolved.name, temp], rename: false }]),
        `swap ${resolved.name} with ${temp}`,
      );
      this.specs.set(resolved.name, resolved);
    } catch (error) {
      await this.dropQuietly(temp);
      throw error;
    }
    // After the swap the temporary index holds the old content.
    await this.settle(this.client.deleteIndex(temp), `delete ${temp}`, ['index_not_found']);
  }

  async drop(index: string): Promise<void> {
    this.assertOpen();
    assertIndexName(index);
    this.specs.delete(index);
    await this.settle(this.client.deleteIndex(index), `delete ${index}`, ['index_not_found']);
  }

  async health(): Promise<SearchHealth> {
    const where = (() => {
      try {
        return new URL(this.options.url).origin;
      } catch {
        return this.options.url;
      }
    })();
    if (this.closed) return { ok: false, adapter: this.adapter, detail: 'closed' };
    try {
      const { status } = await this.client.health();
      // The version needs a key allowed to read it; health does not depend on it.
      const version = await this.client.getVersion().then(
        ({ pkgVersion }) => ` ${pkgVersion}`,
        () => '',
      );
      return { ok: status === 'available', adapter: this.adapter, detail: `meilisearch${version} at ${where}: ${status}` };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: `meilisearch at ${where} unreachable: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    // The client holds no sockets of its own (fetch); closing stops this engine answering.
    this.closed = true;
    this.specs.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchEngineClosedError(this.adapter);
  }

  private async createWithSettings(spec: ResolvedIndexSpec): Promise<void> {
    if (!(await this.exists(spec.name))) {
      await this.settle(this.client.createIndex(spec.name, { primaryKey: 'id' }), `create ${spec.name}`, [
        'index_already_exists',
      ]);
    }
    const index = this.client.index(spec.name);
    if (!settingsMatch(await index.getSettings(), spec, this.maxTotalHits)) {
      await this.settle(index.updateSettings(settingsFor(spec, this.maxTotalHits)), `settings of ${spec.name}`);
    }
  }

  private async exists(name: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(name);
      return true;
    } catch (error) {
      if (errorCode(error) === 'index_not_found') return false;
      throw error;
    }
  }

  /** The index's spec: the one this engine applied, else read back from its settings. */
  private async specOf(name: string): Promise<ResolvedIndexSpec> {
    this.assertOpen();
    assertIndexName(name);
    const cached = this.specs.get(name);
    if (cached) return cached;
    const settings = await this.client
      .index(name)
      .getSettings()
      .catch((error: unknown) => {
        throw this.translate(error, name);
      });
    const spec: ResolvedIndexSpec = {
      name,
      searchableFields: (settings.searchableAttributes ?? []).filter((field) => field !== '*'),
      filterableFields: filterableNames(settings),
      sortableFields: settings.sortableAttributes ?? [],
    };
    this.specs.set(name, spec);
    return spec;
  }

  private async addDocuments(index: string, documents: SearchDocument[]): Promise<void> {
    const target = this.client.index(index);
    const enqueued = [];
    // Enqueued in order, then awaited: Meilisearch batches consecutive additions together.
    for (let start = 0; start < documents.length; start += this.batchSize) {
      enqueued.push(await target.addDocuments(documents.slice(start, start + this.batchSize), { primaryKey: 'id' }));
    }
    for (const task of enqueued) {
      this.check(await this.client.tasks.waitForTask(task), `add documents to ${index}`, []);
    }
  }

  private async settle(pending: EnqueuedTaskPromise, operation: string, acceptable: string[] = []): Promise<Task> {
    return this.check(await pending.waitTask(), operation, acceptable);
  }

  private check(task: Task, operation: string, acceptable: string[]): Task {
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && acceptable.includes(task.error.code)) return task;
    throw new SearchTaskFailedError(operation, task.uid, task.status, task.error?.code, task.error?.message);
  }

  private async dropQuietly(index: string): Promise<void> {
    try {
      await this.settle(this.client.deleteIndex(index), `delete ${index}`, ['index_not_found']);
    } catch {
      // best effort: the original error matters more
    }
  }

  private translate(error: unknown, index: string): unknown {
    if (errorCode(error) === 'index_not_found') {
      this.specs.delete(index);
      return new SearchIndexNotFoundError(index);
    }
    return error;
  }
}
