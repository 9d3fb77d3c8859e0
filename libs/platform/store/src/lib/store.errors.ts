/** A conditional write found a different version than expected (a stale update). */
export class VersionConflictError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly expectedVersion: number | null,
    readonly actualVersion: number | null,
  ) {
    super(
      `version conflict on ${collection}/${id}: expected ${expectedVersion ?? 'absent'}, found ${actualVersion ?? 'absent'}`,
    );
    this.name = 'VersionConflictError';
  }
}

/** An insert hit an existing id. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`duplicate id ${id} in ${collection}`);
    this.name = 'DuplicateKeyError';
  }
}

/** A query or write used something outside the store dialect. */
export class UnsupportedQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedQueryError';
  }
}
