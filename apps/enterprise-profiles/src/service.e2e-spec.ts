import { InProcessApp, startInProcess } from '@fhk/platform/runtime';
import { http } from '@fhk/shared/util';
import { SERVICE } from './service';

/** The service boots alone, as its container does, and serves its own API and nothing else. */
describe('enterprise-profiles app, alone', () => {
  let p: InProcessApp;
  beforeAll(async () => (p = await startInProcess(SERVICE)), 60_000);
  afterAll(() => p.close());

  it('is ready with its own store, outbox and the bus', async () => {
    const { status, body } = await http<{ details: Record<string, unknown> }>(`${p.url}/api/health/ready`);
    expect(status).toBe(200);
    expect(Object.keys(body.details).sort()).toEqual(['bus', 'enterprise-profiles:outbox', 'enterprise-profiles:store']);
  });

  it('serves and documents its endpoints only', async () => {
    const created = await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: '莆田鞋業', city: '莆田' } });
    expect(created.status).toBe(201);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${created.body.id}`)).status).toBe(200);
    const docs = await http<{ paths: Record<string, unknown> }>(`${p.url}/api/docs-json`);
    expect(Object.keys(docs.body.paths).filter((path) => !path.startsWith('/api/health'))).toEqual(
      expect.arrayContaining(['/api/enterprises', '/api/enterprises/{id}']),
    );
    expect(Object.keys(docs.body.paths).some((path) => path.startsWith('/api/catalogue') || path.startsWith('/api/match'))).toBe(false);
    expect((await p.tokens.http('platform-admin', `${p.url}/api/search?q=tea`)).status).toBe(404);
  });
});
