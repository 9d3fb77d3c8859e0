/** An index spec, document or query breaks the port's rules (same check in both adapters). */
export class SearchInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchInputError';
  }
}

/** The index does not exist (call `ensureIndex` or `rebuild` first). */
export class SearchIndexNotFoundError extends Error {
  constructor(readonly index: string) {
    super(`search index ${index} does not exist`);
    this.name = 'SearchIndexNotFoundError';
  }
}

/** The engine was closed; it answers nothing afterwards. */
export class SearchEngineClosedError extends Error {
  constructor(readonly adapter: string) {
    super(`the ${adapter} search engine is closed`);
    this.name = 'SearchEngineClosedError';
  }
}

/** A Meilisearch task ended in any state but `succeeded` (failed documents only show up here). */
export class SearchTaskFailedError extends Error {
  constructor(
    readonly operation: string,
    readonly taskUid: number,
    readonly status: string,
    readonly code: string | undefined,
    detail: string | undefined,
  ) {
    super(`meilisearch task ${taskUid} (${operation}) ended ${status}${code ? ` [${code}]` : ''}: ${detail ?? 'no detail'}`);
    this.name = 'SearchTaskFailedError';
  }
}
