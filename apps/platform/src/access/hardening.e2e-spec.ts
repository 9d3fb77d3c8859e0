import { MeasureCatalogueModule } from '@fhk/measure-catalogue/feature';
import { InProcessApp, startInProcess } from '@fhk/platform/runtime';
import { http } from '@fhk/shared/util';

/** Rate limits, security headers, CORS and what errors never contain, on one small service. */
describe('hardening', () => {
  let p: InProcessApp;
  beforeAll(async () => {
    p = await startInProcess({
      features: [MeasureCatalogueModule],
      processName: 'measure-catalogue',
      env: { RATE_LIMIT_PER_MIN: '40', RATE_LIMIT_WRITES_PER_MIN: '3', CORS_ORIGINS: 'https://portal.example', SEED_ON_START: 'false' },
    });
  }, 60_000);
  afterAll(() => p.close());

  it('sends security headers and allows CORS for configured origins only', async () => {
    const res = await fetch(`${p.url}/api/catalogue/areas`, { headers: { origin: 'https://portal.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    const foreign = await fetch(`${p.url}/api/catalogue/areas`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits writes per client with 429 and Retry-After, and never echoes the token', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2VjcmV0LXNpZ25hdHVyZQ';
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${p.url}/api/catalogue/items`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
      statuses.push(res.status);
      const text = await res.text();
      expect(text).not.toContain(token);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Reads have their own, larger budget.
    expect((await http(`${p.url}/api/catalogue/areas`)).status).toBe(200);
  });
});
