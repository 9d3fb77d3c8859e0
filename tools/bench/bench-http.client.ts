import { Role, RoleTokens } from '@fhk/platform/auth';

/**
 * Every HTTP call the benchmark makes, in one place, each with the token of the role its route
 * needs (the platform's demo accounts, docs/adr/0009); the load generator's `POST /api/match` is
 * anonymous, as a visitor's is.
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
  private readonly tokens: RoleTokens;

  constructor(readonly baseUrl: string) {
    this.tokens = RoleTokens.for(baseUrl);
  }

  /** Headers of the load generator's anonymous requests (it runs in a second process). */
  headers(): Record<string, string> {
    return { 'content-type': 'application/json' };
  }

  /** Requests repeated after a socket error (keep-alive races on a loaded machine); reported with the results. */
  networkRetries = 0;

  private async call<T>(role: Role | null, path: string, init: { method?: string; body?: unknown; raw?: string; contentType?: string } = {}, expected = [200]) {
    const res = await this.send<T>(role, path, init);
    if (!expected.includes(res.status)) throw new Error(`${init.method ?? (init.body === undefined ? 'GET' : 'POST')} ${path} answered ${res.status}: ${res.text.slice(0, 500)}`);
    return res.body;
  }

  /** fetch with up to 3 retries on a socket error (ECONNRESET when the server closes an idle keep-alive socket). */
  private async send<T>(role: Role | null, path: string, init: { method?: string; body?: unknown; raw?: string; contentType?: string }) {
    const { contentType, ...request } = init;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tokens.http<T>(role, `${this.baseUrl}${path}`, { ...request, headers: contentType ? { 'content-type': contentType } : this.headers() });
      } catch (error) {
        if (attempt >= 3 || !(error instanceof TypeError)) throw error;
        this.networkRetries++;
      }
    }
  }

  createEnterprise(profile: unknown): Promise<{ id: string }> {
    return this.call('profiles-admin', '/api/enterprises', { body: profile }, [201]);
  }

  /** Bulk import of profiles (`POST /api/enterprises/import`, one per NDJSON line, one commit). */
  importEnterprises(profiles: unknown[]): Promise<{ created: string[] }> {
    return this.call('profiles-admin', '/api/enterprises/import', { method: 'POST', raw: profiles.map((p) => JSON.stringify(p)).join('\n'), contentType: 'application/x-ndjson' });
  }

  /** Bulk import of events (`/api/calendar/import`) or catalogue items (`/api/catalogue/import`). */
  importOpportunities(service: 'event-calendar' | 'measure-catalogue', rows: unknown[]): Promise<BulkImportReport> {
    return service === 'event-calendar'
      ? this.call('calendar-admin', '/api/calendar/import', { body: rows })
      : this.call('catalogue-admin', '/api/catalogue/import', { body: rows });
  }

  match(profile: unknown): Promise<{ items?: unknown[] }> {
    return this.call(null, '/api/match', { body: profile });
  }

  outreach(type: string, id: string, limit = 50): Promise<{ total: number }> {
    return this.call('agency-staff', `/api/match/opportunities/${type}/${encodeURIComponent(id)}/enterprises?limit=${limit}`);
  }

  search(q: string, type?: string): Promise<{ total: number; hits: Array<{ id: string; type: string }> }> {
    return this.call(type === 'enterprise' ? 'platform-admin' : null, `/api/search?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}&limit=20`);
  }

  live(): Promise<unknown> {
    return this.call(null, '/api/health/live');
  }

  indexStatus(): Promise<IndexStatus> {
    return this.call('platform-admin', '/api/matcher/index');
  }

  /** The full URL and method of `POST /api/match`, for the load generator. */
  matchEndpoint() {
    return { url: `${this.baseUrl}/api/match`, method: 'POST' as const };
  }
}
