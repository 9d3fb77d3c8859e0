/** One problem the API names: which field, and why (the platform's error format, libs/platform/http). */
export interface ApiIssue {
  field: string;
  reason: string;
}

/** A failed call: the API's status code, message and per-field issues, or status 0 when unreachable. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Nest's answer for a path no controller serves ("Cannot GET …"): the endpoint is not deployed here. */
  get endpointMissing(): boolean {
    return this.status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE) /.test(this.message);
  }

  static fromBody(status: number, body: unknown): ApiError {
    const error = (body ?? {}) as { message?: unknown; issues?: unknown };
    const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`;
    const issues = Array.isArray(error.issues)
      ? error.issues.filter((i): i is ApiIssue => typeof i?.field === 'string' && typeof i?.reason === 'string')
      : [];
    return new ApiError(status, message, issues);
  }
}
