import { http } from '@fhk/shared/util';

/**
 * Every HTTP call the benchmark makes, in one place: when routes need a bearer token (issue 10),
 * set BENCH_TOKEN (or pass `token`) and every request, including the load generator's, carries it.
 */
export interface IndexStatus {
  documents: number;
  enterprises: number;
  opportunities: number;
  consumerLag: number;
  deadLetters: number;
}

export interface BulkImportReport {
  created?: number | unknown[];
  problems?: unknown[];
}

export class BenchHttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | undefined = process.env.BENCH_TOKEN || undefined,
  ) {}

  /** Headers every request carries (the load generator in the second process uses them too). */
  headers(): Record<string, string> {
    return { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) };
  }

  /** Requests repeated after a socket error (keep-alive races on a loaded machine); reported with the results. */
  networkRetries = 0;

  private async call<T>(path: string, init: { method?: string; body?: unknown } = {}, expected = [200]) {
    const res = await this.send<T>(path, init);
    if (!expected.includes(res.status)) throw new Error(`${init.method ?? (init.body === undefined ? 'GET' : 'POST')} ${path} answered ${res.status}: ${res.text.slice(0, 500)}`);
    return res.body;
  }

  /** fetch with up to 3 retries on a socket error (ECONNRESET when the server closes an idle keep-alive socket). */
  private async send<T>(path: string, init: { method?: string; body?: unknown }) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await http<T>(`${this.baseUrl}${path}`, { ...init, headers: this.headers() });
      } catch (error) {
        if (attempt >= 3 || !(error instanceof TypeError)) throw error;
        this.networkRetries++;
      }
    }
  }

  createEnterprise(profile: unknown): Promise<{ id: string }> {
    return this.call('/api/enterprises', { body: profile }, [201]);
  }

  /** Bulk import of events (`/api/calendar/import`) or catalogue items (`/api/catalogue/import`). */
  importOpportunities(service: 'event-calendar' | 'measure-catalogue', rows: unknown[]): Promise<BulkImportReport> {
    return this.call(service === 'event-calendar' ? '/api/calendar/import' : '/api/catalogue/import', { body: rows });
  }

  match(profile: unknown): Promise<{ items?: unknown[] }> {
    return this.call('/api/match', { body: profile });
  }

  outreach(type: string, id: string, limit = 50): Promise<{ total: number }> {
    return this.call(`/api/match/opportunities/${type}/${encodeURIComponent(id)}/enterprises?limit=${limit}`);
  }

  search(q: string, type?: string): Promise<{ total: number; hits: Array<{ id: string; type: string }> }> {
    return this.call(`/api/search?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}&limit=20`);
  }

  live(): Promise<unknown> {
    return this.call('/api/health/live');
  }

  indexStatus(): Promise<IndexStatus> {
    return this.call('/api/matcher/index');
  }

  /** The full URL and method of `POST /api/match`, for the load generator. */
  matchEndpoint() {
    return { url: `${this.baseUrl}/api/match`, method: 'POST' as const };
  }
}
