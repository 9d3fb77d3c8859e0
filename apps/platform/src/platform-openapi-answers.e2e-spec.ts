import { Role } from '@fhk/platform/auth';
import { waitFor } from '@fhk/shared/util';
import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { OpenApiConformance, OpenApiDocument, operationsOf } from './testing/openapi-conformance';

/**
 * The OpenAPI document is the contract the portal's generated client and the API fuzz rely on:
 * every operation documents what it answers, and real answers of every route family, as each
 * role gets them, match the document (status listed, media type named, JSON body valid).
 */
describe('the OpenAPI document describes what the platform answers', () => {
  let p: InProcessPlatform;
  let document: OpenApiDocument;
  let conformance: OpenApiConformance;
  const problems: string[] = [];

  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url);
    document = (await (await fetch(`${p.url}/api/docs-json`)).json()) as OpenApiDocument;
    conformance = new OpenApiConformance(document);
  }, 60_000);
  afterAll(() => p.close());
  beforeEach(() => problems.splice(0));

  /** One request as a role (null: anonymous); its answer is checked against the document. */
  async function call<T = unknown>(role: Role | null, method: string, path: string, init: { body?: unknown; raw?: string; headers?: Record<string, string>; status?: number } = {}) {
    const headers: Record<string, string> = { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers, ...(role ? await p.tokens.headers(role) : {}) };
    const res = await fetch(`${p.url}${path}`, { method, headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
    const text = await res.text();
    // Unless the step expects another status, it is a success: an error answer would check nothing.
    if (init.status === undefined ? res.status >= 300 : res.status !== init.status) problems.push(`${method} ${path}: answered ${res.status}, expected ${init.status ?? 'a success'}: ${text.slice(0, 200)}`);
    const problem = conformance.check(method, `${p.url}${path}`, res.status, res.headers.get('content-type'), text);
    if (problem) problems.push(problem);
    const json = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as T) : (null as T);
    return { status: res.status, body: json, etag: res.headers.get('etag') };
  }

  it('documents a success answer for every operation: a body schema or media type, or 204', () => {
    const undocumented = operationsOf(document)
      .filter(({ key }) => !key.startsWith('GET /api/docs'))
      .filter(({ responses }) => {
        const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        return success.length === 0 || success.some(([status, r]) => status !== '204' && !Object.values(r.content ?? {}).some((m) => m.schema));
      })
      .map(({ key }) => key);
    expect(undocumented).toEqual([]);
  });

  it('answers the public routes as documented', async () => {
    await call(null, 'GET', '/api/health/live');
    await call(null, 'GET', '/api/privacy-notice');
    const items = await call<{ items: Array<{ id: string }> }>(null, 'GET', '/api/catalogue/items?kind=service-provider&limit=5');
    await call(null, 'GET', `/api/catalogue/items/${items.body.items[0].id}`);
    await call(null, 'GET', '/api/catalogue/areas');
    await call(null, 'GET', '/api/catalogue/measures');
    await call(null, 'GET', '/api/catalogue/measures/5');
    await call(null, 'GET', '/api/catalogue/coverage.svg?lang=zh-Hant');
    const events = await call<{ items: Array<{ id: string }> }>(null, 'GET', '/api/calendar/events');
    await call(null, 'GET', `/api/calendar/events/${events.body.items[0].id}`);
    await call(null, 'GET', '/api/calendar/deadlines');
    await call(null, 'GET', '/api/calendar/events.ics?lang=en');
    await call(null, 'GET', '/api/calendar/year.svg?lang=zh-Hans');
    for (const q of ['資金池', 'cash pooling', '', '!!!']) await call(null, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
    const profile = { name: '福州閩江茶業', city: '福州', industry: '茶葉', products: '茉莉花茶', needs: '在香港設公司 參展', markets: '東南亞', employees: 40 };
    for (const route of ['/api/match', '/api/match/journey', '/api/match/events']) expect((await call(null, 'POST', route, { body: profile })).status).toBe(200);
    expect(problems).toEqual([]);
  });

  it("answers a firm's whole life as documented: create, read, change, consent, match, feedback, export, delete", async () => {
    const profile = { name: '廈門鷺島照明科技', city: '廈門', industry: 'LED照明', products: 'LED燈具', needs: '參加香港照明展 找海外買家 商標註冊', markets: '歐洲', employees: 120 };
    const created = await call<{ id: string; version: number }>('enterprise', 'POST', '/api/enterprises', { body: profile });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await call('enterprise', 'GET', `/api/enterprises/${id}`);
    await call('enterprise', 'GET', '/api/enterprises');
    const changed = await call<{ version: number }>('enterprise', 'PATCH', `/api/enterprises/${id}`, { body: { employees: 130 }, headers: { 'if-match': `"${created.body.version}"` } });
    expect(changed.status).toBe(200);
    const notice = await call<{ version: string }>(null, 'GET', '/api/privacy-notice');
    expect((await call('enterprise', 'POST', `/api/enterprises/${id}/consents`, { body: { purpose: 'outreach', granted: true, noticeVersion: notice.body.version } })).status).toBe(201);
    await call('enterprise', 'GET', `/api/enterprises/${id}/consents`);
    await waitUntilSettled(p.url);
    const matches = await call<{ results: Array<{ type: string; id: string }> }>('enterprise', 'GET', `/api/match/enterprises/${id}`);
    await call('enterprise', 'GET', `/api/match/enterprises/${id}/journey`);
    await call('enterprise', 'GET', `/api/match/enterprises/${id}/events`);
    const top = matches.body.results[0];
    expect((await call('enterprise', 'POST', `/api/match/enterprises/${id}/feedback`, { body: { opportunityType: top.type, opportunityId: top.id, reason: 'useful' } })).status).toBe(202);
    await call('enterprise', 'GET', `/api/match/enterprises/${id}/feedback`);
    await call('enterprise', 'GET', `/api/enterprises/${id}/export`);
    await call('enterprise', 'GET', `/api/match/enterprises/${id}/export`);
    await call('enterprise', 'GET', `/api/audit/enterprise-profiles?enterpriseId=${id}`);
    await call('agency-staff', 'GET', `/api/match/opportunities/${top.type}/${top.id}/enterprises`);
    await call('agency-staff', 'GET', `/api/match/opportunities/${top.type}/${top.id}/enterprises?format=csv`);
    const current = await call<{ version: number }>('enterprise', 'GET', `/api/enterprises/${id}`);
    expect((await call('enterprise', 'DELETE', `/api/enterprises/${id}`, { headers: { 'if-match': `"${current.body.version}"` } })).status).toBe(204);
    expect(problems).toEqual([]);
  });

  it('answers the admin routes as documented: lists, exports, imports (done, dry run, refused)', async () => {
    await call('profiles-admin', 'GET', '/api/enterprises?limit=5');
    const line = JSON.stringify({ name: '泉州晉江鞋業（樣本）', city: '泉州', industry: '鞋', products: '運動鞋', needs: '參展', markets: '中東', employees: 300 });
    const ndjson = (body: string, query = '', status?: number) => call('profiles-admin', 'POST', `/api/enterprises/import${query}`, { raw: body, headers: { 'content-type': 'application/x-ndjson' }, status });
    expect((await ndjson(line, '?dryRun=true')).status).toBe(200);
    expect((await ndjson(`${line}\n{"name": 5}`, '', 422)).status).toBe(422);
    for (const service of ['enterprise-profiles', 'measure-catalogue', 'event-calendar', 'matcher']) await call('platform-admin', 'GET', `/api/audit/${service}?limit=3`);
    const catalogue = await call<{ items: unknown[] }>('catalogue-admin', 'GET', '/api/catalogue/export?format=json&kind=measure');
    await call('catalogue-admin', 'GET', '/api/catalogue/export?format=csv&kind=area');
    expect((await call('catalogue-admin', 'POST', '/api/catalogue/import?dryRun=true', { body: catalogue.body.items })).status).toBe(200);
    expect((await call('catalogue-admin', 'POST', '/api/catalogue/import', { body: [{ id: 'x' }], status: 422 })).status).toBe(422);
    const calendar = await call<{ items: unknown[] }>('calendar-admin', 'GET', '/api/calendar/export?format=json');
    await call('calendar-admin', 'GET', '/api/calendar/export?format=csv');
    expect((await call('calendar-admin', 'POST', '/api/calendar/import?dryRun=true', { body: calendar.body.items })).status).toBe(200);
    const item = await call<{ version: number } & Record<string, unknown>>('catalogue-admin', 'GET', '/api/catalogue/items/hktdc');
    const { version, ...input } = item.body;
    expect((await call('catalogue-admin', 'PUT', '/api/catalogue/items/hktdc', { body: input, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    await call('platform-admin', 'GET', `/api/search?q=${encodeURIComponent('鞋')}&type=enterprise`);
    await call('platform-admin', 'GET', '/api/matcher/index');
    await call('platform-admin', 'GET', '/api/matcher/dead-letters');
    await call('platform-admin', 'GET', '/api/matcher/dead-letters?status=replayed');
    await call('platform-admin', 'POST', '/api/matcher/dead-letters/replay');
    expect((await call('platform-admin', 'POST', '/api/matcher/index/rebuild')).status).toBe(201);
    expect((await call('platform-admin', 'POST', '/api/matcher/read-model/rebuild')).status).toBe(202);
    await call('platform-admin', 'GET', '/api/matcher/read-model');
    await waitFor(async () => (await call<{ running: unknown }>('platform-admin', 'GET', '/api/matcher/read-model')).body.running === null, 'the read-model rebuild to finish');
    await call('platform-admin', 'GET', '/api/matcher/read-model');
    expect(problems).toEqual([]);
  });
});
