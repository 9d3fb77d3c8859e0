import { InProcessPlatform, startInProcessPlatform } from '@fhk/composition/embedded';
import { http } from '@fhk/shared/util';
import { get } from 'node:http';

/** A GET with exactly these headers (fetch adds its own cache headers to conditional requests). */
const statusOf = (url: string, headers: Record<string, string>) =>
  new Promise<number | undefined>((resolve, reject) => get(url, { headers }, (res) => (res.resume(), resolve(res.statusCode))).on('error', reject));

/**
 * The platform on Fastify (HTTP_ADAPTER=fastify, docs/adr/0017): sign-in through the local
 * issuer, matching, the ETag / If-Match rules, downloads, 405 and the audit trail's request
 * context answer as on Express. (Every other platform suite runs on Fastify too with
 * `HTTP_ADAPTER=fastify npx jest -c apps/platform/jest.config.js`.)
 */
describe('the platform on Fastify', () => {
  let p: InProcessPlatform;
  beforeAll(async () => (p = await startInProcessPlatform({ env: { HTTP_ADAPTER: 'fastify' } })), 90_000);
  afterAll(() => p?.close());

  it('runs on Fastify', () => {
    expect(p.app.getHttpAdapter().getType()).toBe('fastify');
  });

  it('signs in through the local issuer: discovery, the authorization redirect, and a token the API takes', async () => {
    const discovery = await http<{ issuer: string; token_endpoint: string }>(`${p.url}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    expect(discovery.body.token_endpoint).toBe(`${p.url}/oidc/token`);
    const authorize = await fetch(`${p.url}/oidc/auth?${new URLSearchParams({ client_id: 'fhk-web', response_type: 'code', redirect_uri: `${p.url}/auth/callback`, scope: 'openid api', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' })}`, { redirect: 'manual' });
    expect(authorize.status).toBe(303);
    expect((await p.tokens.http('platform-admin', `${p.url}/api/matcher/index`)).status).toBe(200);
    const anonymous = await http(`${p.url}/api/matcher/index`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer realm="fhk"/);
  });

  it('matches an ad-hoc profile', async () => {
    const match = await http<{ results: Array<{ id: string; reasons: unknown[] }> }>(`${p.url}/api/match`, { body: { industry: '茶葉', needs: '參展 找買家', markets: '歐洲' } });
    expect(match.status).toBe(200);
    expect(match.body.results.length).toBeGreaterThan(0);
    expect(match.body.results[0].reasons.length).toBeGreaterThan(0);
    expect((await http(`${p.url}/api/match`, { raw: '{"industry":' })).status).toBe(400);
  });

  it('keeps the ETag rules: version ETags, 304, 428 without If-Match, 412 when stale, Location on create', async () => {
    const created = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: { name: '福州快驗測試有限公司', city: '福州', industry: '茶葉', products: '白茶', needs: '參展', markets: '歐洲' } });
    expect({ status: created.status, etag: created.headers.get('etag'), location: created.headers.get('location') }).toEqual({ status: 201, etag: '"1"', location: `/api/enterprises/${created.body.id}` });
    const url = `${p.url}/api/enterprises/${created.body.id}`;
    expect((await p.tokens.http('enterprise', url)).headers.get('etag')).toBe('"1"');
    // (fetch adds Cache-Control: no-cache to a request with If-None-Match, which then asks for the full answer.)
    expect(await statusOf(url, { authorization: (await p.tokens.headers('enterprise')).authorization, 'if-none-match': '"1"' })).toBe(304);
    expect((await p.tokens.http('enterprise', url, { method: 'PATCH', body: { city: '廈門' } })).status).toBe(428);
    const updated = await p.tokens.http('enterprise', url, { method: 'PATCH', body: { city: '廈門' }, headers: { 'if-match': '"1"' } });
    expect({ status: updated.status, etag: updated.headers.get('etag') }).toEqual({ status: 200, etag: '"2"' });
    expect((await p.tokens.http('enterprise', url, { method: 'PATCH', body: { city: '泉州' }, headers: { 'if-match': '"1"' } })).status).toBe(412);
    // The change is audited with who did it and the route's pattern (the request context on Fastify).
    const audit = await p.tokens.http<{ items: Array<{ action: string; route: string | null; actor: { roles: string[] } | null }> }>('platform-admin', `${p.url}/api/audit/enterprise-profiles?enterpriseId=${created.body.id}`);
    expect(audit.body.items.map((e) => `${e.action} ${e.route} ${e.actor?.roles.join(',')}`)).toEqual(expect.arrayContaining(['create POST /api/enterprises enterprise', 'update PATCH /api/enterprises/:id enterprise']));
    expect((await p.tokens.http('enterprise', url, { method: 'DELETE', headers: { 'if-match': '"2"' } })).status).toBe(204);
  });

  it('imports profiles in bulk from NDJSON: all created and searchable, or a 422 naming the bad line', async () => {
    const lines = ['{"name":"福州匯入甲有限公司","city":"福州","industry":"茶葉"}', '{"name":"Xiamen Import B Ltd","city":"廈門"}'];
    const send = (body: string) => p.tokens.fetch('profiles-admin', `${p.url}/api/enterprises/import`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    const refused = await send([...lines, '{"name":""}'].join('\n'));
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { invalid: unknown[] }).invalid[0]).toMatchObject({ row: 3, field: 'name' });
    const done = await send(lines.join('\n'));
    const report = (await done.json()) as { created: string[] };
    expect({ status: done.status, created: report.created.length }).toEqual({ status: 200, created: 2 });
    expect((await p.tokens.http<{ name: string }>('profiles-admin', `${p.url}/api/enterprises/${report.created[1]}`)).body.name).toBe('Xiamen Import B Ltd');
  });

  it('sends downloads with their type and file name, and a wrong method as 405 with Allow', async () => {
    const ics = await fetch(`${p.url}/api/calendar/events.ics?lang=en`);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('content-disposition')).toBe('attachment; filename="fujian-hong-kong-events.ics"');
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR/);
    const wrong = await http(`${p.url}/api/calendar/events`, { method: 'DELETE' });
    expect({ status: wrong.status, allow: wrong.headers.get('allow') }).toEqual({ status: 405, allow: 'GET, HEAD, POST' });
  });
});
